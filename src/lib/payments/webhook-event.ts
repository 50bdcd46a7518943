/** The shape a verified Stripe event must have before its handlers read it (a signature proves origin, not shape). */
import { z } from 'zod';

export const WebhookEventShape = z.object({
  id: z.string().min(1).max(255),
  type: z.string().min(1).max(255),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});

/** Whether a verified event carries an id, a type and a data object. */
export function isWellFormedEvent(event: unknown): boolean {
  return WebhookEventShape.safeParse(event).success;
}
