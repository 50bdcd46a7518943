/** zod schemas for values read from URLs and forms that name rows, and the guard that refuses the rest. */
import { z } from 'zod';
import { HttpError } from './errors.ts';

/** A row id as a URL or form sends it: a positive whole number within SQLite's range. */
export const RowId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** The parsed value, or an HttpError(422) that the middleware answers with its error page. */
export function requireValid<T>(result: { success: true; data: T } | { success: false }): T {
  if (!result.success) throw new HttpError(422, 'invalid parameter');
  return result.data;
}
