/** placeOrder as the review page drives it: the quote is reviewed first and its digest confirmed. */
import type { Db } from '../../db/client.ts';
import {
  placeOrder,
  reviewCart,
  type PlaceOrderInput,
  type PlaceOrderResult,
} from '../../src/lib/checkout/place-order.ts';

type Input = Omit<PlaceOrderInput, 'reviewedDigest' | 'origin' | 'sessionId' | 'clientIp'> &
  Partial<Pick<PlaceOrderInput, 'origin' | 'sessionId' | 'clientIp'>>;

/** Reviews the cart, then places the order with the reviewed digest (as a buyer pressing "Place order"). */
export async function placeReviewed(db: Db, input: Input): Promise<PlaceOrderResult> {
  const reviewed = await reviewCart(db, input);
  return placeOrder(db, {
    origin: 'http://localhost:4321',
    sessionId: `test-session-${input.cartId}`,
    clientIp: `test-${input.cartId}`,
    ...input,
    reviewedDigest: 'digest' in reviewed ? reviewed.digest : '',
  });
}
