/**
 * Staff commands for orders, the same workflows as the staff pages (/<locale>/staff/orders), for a shell:
 *   npm run orders -- paid OVP-261122-01234                  mark a bank-transfer or pay-at-pickup order paid
 *   npm run orders -- cancel OVP-…                           cancel an unpaid order and release its stock
 *   npm run orders -- pack OVP-…                             a paid order is packed
 *   npm run orders -- ship OVP-… dhl 1234567890              shipped with a carrier (kyrgyz_pochtasy, dhl, cdek) and tracking number
 *   npm run orders -- ready OVP-…                            a pickup order waits at the shop
 *   npm run orders -- delivered OVP-…                        delivered, or handed over at the shop
 *   npm run orders -- refund OVP-… [cash|bank_transfer "note"]   cancel a paid order and refund it (card: through Stripe)
 *   npm run orders -- outbox                                 print the newest mails in the outbox
 *   npm run orders -- expire                                 release the stock of unpaid orders whose hold ran out
 * Commands run as no staff member (the audit log shows no name) and mail the buyer like the pages do.
 */
import { z } from 'zod';
import { getDb } from '../../db/client.ts';
import { publicOrigin } from '../lib/http/origin.ts';
import { expireLapsedOrders } from '../lib/checkout/card-payment.ts';
import { getTranslator } from '../lib/i18n/translate.ts';
import { listOutbox } from '../lib/mail/outbox.ts';
import { CARRIERS } from '../lib/orders/carriers.ts';
import {
  cancelPaidOrder,
  cancelUnpaidByStaff,
  FulfilmentError,
  markDelivered,
  markPaidByStaff,
  markReadyForPickup,
  packOrder,
  shipOrder,
  type StepResult,
} from '../lib/orders/fulfilment.ts';
import { getOrderByNumber } from '../lib/orders/queries.ts';
import { IllegalTransitionError } from '../lib/orders/status.ts';

const OrderNumber = z.string().regex(/^OVP-\d{6}-\d{5}$/, 'an order number looks like OVP-261122-01234');
const Args = z.union([
  z.tuple([z.enum(['paid', 'cancel', 'pack', 'ready', 'delivered']), OrderNumber]),
  z.tuple([z.literal('ship'), OrderNumber, z.enum(CARRIERS), z.string().min(1, 'a tracking number')]),
  z.tuple([z.literal('refund'), OrderNumber]),
  z.tuple([z.literal('refund'), OrderNumber, z.enum(['cash', 'bank_transfer']), z.string().min(3, 'a note')]),
  z.tuple([z.literal('outbox')]),
  z.tuple([z.literal('expire')]),
]);

const parsed = Args.safeParse(process.argv.slice(2));
if (!parsed.success) {
  console.error(
    `Usage: npm run orders -- paid|cancel|pack|ready|delivered <order number> | ship <order number> <carrier> <tracking> | refund <order number> [cash|bank_transfer <note>] | outbox | expire\n${parsed.error.issues.map((i) => i.message).join('\n')}`,
  );
  process.exit(2);
}
const db = getDb();
const args = parsed.data;
const origin = publicOrigin();
const actor = { userId: null };
if (args[0] === 'outbox') {
  for (const m of (await listOutbox(db, 20)).reverse()) {
    console.log(
      `#${m.id} ${new Date(m.createdAt).toISOString()} [${m.status}] to ${m.to} (${m.locale})\n${m.subject}\n\n${m.text}\n${'─'.repeat(60)}`,
    );
  }
} else if (args[0] === 'expire') {
  console.log(`${await expireLapsedOrders(db, origin)} unpaid orders lapsed`);
} else {
  const order = await getOrderByNumber(db, args[1]);
  if (!order) {
    console.error(`No order ${args[1]}`);
    process.exit(1);
  }
  let result: StepResult;
  try {
    switch (args[0]) {
      case 'paid':
        result = await markPaidByStaff(db, actor, order.id, origin);
        break;
      case 'cancel':
        result = await cancelUnpaidByStaff(db, actor, order.id);
        break;
      case 'pack':
        result = await packOrder(db, actor, order.id);
        break;
      case 'ready':
        result = await markReadyForPickup(db, actor, order.id, origin);
        break;
      case 'delivered':
        result = await markDelivered(db, actor, order.id, origin);
        break;
      case 'ship':
        result = await shipOrder(db, actor, order.id, { carrier: args[2], tracking: args[3] }, origin);
        break;
      case 'refund':
        result = await cancelPaidOrder(
          db,
          actor,
          order.id,
          args.length === 4 ? { method: args[2], note: args[3] } : { method: 'stripe' },
          origin,
        );
        break;
    }
  } catch (error) {
    if (error instanceof IllegalTransitionError || error instanceof FulfilmentError) {
      const why = error instanceof FulfilmentError ? getTranslator('en')(`fulfil.error.${error.code}`) : error.message;
      console.error(`${order.number} is ${order.status}: ${why}`);
      process.exit(1);
    }
    throw error;
  }
  console.log(
    result.changed ? `${order.number}: ${result.status}` : `${order.number} is ${result.status}: nothing changed`,
  );
  if (!result.changed) process.exit(1);
}
db.$client.close();
