/**
 * Staff commands for orders until the staff area exists:
 *   npm run orders -- paid OVP-261122-01234   mark a bank-transfer or pay-at-pickup order paid
 *   npm run orders -- cancel OVP-…            cancel an unpaid order and release its stock
 *   npm run orders -- outbox                  print the newest mails in the outbox
 *   npm run orders -- expire                  release the stock of unpaid orders whose hold ran out
 *   npm run orders -- packed|shipped|ready_for_pickup|delivered OVP-…   move a paid order along fulfilment
 */
import { z } from 'zod';
import { getDb } from '../../db/client.ts';
import { listOutbox } from '../lib/mail/outbox.ts';
import { getOrderByNumber } from '../lib/orders/queries.ts';
import { IllegalTransitionError } from '../lib/orders/status.ts';
import { advanceOrder, cancelUnpaidOrder, expireReservations, markOrderPaid } from '../lib/orders/workflows.ts';

const Args = z.union([
  z.tuple([
    z.enum(['paid', 'cancel']),
    z.string().regex(/^OVP-\d{6}-\d{5}$/, 'an order number looks like OVP-261122-01234'),
  ]),
  z.tuple([z.enum(['outbox', 'expire'])]),
]);

const parsed = Args.safeParse(process.argv.slice(2));
if (!parsed.success) {
  console.error(
    `Usage: npm run orders -- paid|cancel <order number> | outbox | expire\n${parsed.error.issues.map((i) => i.message).join('\n')}`,
  );
  process.exit(2);
}
const db = getDb();
const [command, number] = parsed.data;
if (command === 'outbox') {
  for (const m of (await listOutbox(db, 20)).reverse()) {
    console.log(
      `#${m.id} ${new Date(m.createdAt).toISOString()} [${m.status}] to ${m.to} (${m.locale})\n${m.subject}\n\n${m.text}\n${'─'.repeat(60)}`,
    );
  }
} else if (command === 'expire') {
  console.log(`${await expireReservations(db)} unpaid orders lapsed`);
} else {
  const order = await getOrderByNumber(db, number!);
  if (!order) {
    console.error(`No order ${number}`);
    process.exit(1);
  }
  const result =
    command === 'paid' ? await markOrderPaid(db, order.id) : await cancelUnpaidOrder(db, order.id, 'cancelled');
  console.log(
    result.changed
      ? `${order.number}: ${command === 'paid' ? 'paid' : 'cancelled'}`
      : `${order.number} is ${order.status}: nothing changed`,
  );
  if (!result.changed) process.exit(1);
}
db.$client.close();
