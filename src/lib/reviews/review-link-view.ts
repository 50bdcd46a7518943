/** The review link's page: the invite, or the result of sending one product's review form. */
import type { Db } from '../../../db/client.ts';
import type { FormFields } from '../http/body.ts';
import type { Locale } from '../i18n/locales.ts';
import { getReviewInvite, ReviewForm, submitReview, type ReviewInvite } from './reviews.ts';

export interface ReviewLinkView {
  status: number;
  invite: ReviewInvite | null;
  /** Where a successful post goes: the same page with `?saved=<line>`. */
  redirect?: number;
  saved: boolean;
  /** The form that failed, its typed values kept, with errors as message keys per field. */
  failed?: { line: number; rating: number; body: string; errors: Partial<Record<'rating' | 'body', string>> };
  /** A whole-form refusal (already reviewed, not reviewable) as a message key. */
  refusal?: string;
  /** For the error summary: message keys with the id of their field. */
  errors: { field?: string; message: string }[];
}

/**
 * GET: the invite (410 when the link is unknown, expired or its order no longer delivered). POST: the
 * form is validated with zod; a saved review redirects, anything else renders the page again (422)
 * with the buyer's words kept.
 */
export async function reviewLinkPage(
  db: Db,
  token: string,
  locale: Locale,
  form: FormFields | undefined,
  savedParam: string | null,
  now = Date.now(),
): Promise<ReviewLinkView> {
  const load = () => getReviewInvite(db, token, now);
  if (!form) {
    const invite = await load();
    return { status: invite ? 200 : 410, invite, saved: invite !== null && savedParam !== null, errors: [] };
  }
  const parsed = ReviewForm.safeParse(form);
  const line = Number.parseInt(form.line ?? '', 10) || 0;
  const typed = { line, rating: Number.parseInt(form.rating ?? '', 10) || 0, body: form.body ?? '' };
  if (!parsed.success) {
    const invite = await load();
    const errors: Partial<Record<'rating' | 'body', string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'rating' || field === 'body') errors[field] ??= issue.message;
    }
    return {
      status: invite ? 422 : 410,
      invite,
      saved: false,
      failed: { ...typed, errors },
      refusal: errors.rating || errors.body ? undefined : 'review.error.not_reviewable',
      errors: Object.entries(errors).map(([field, message]) => ({ field: `${field}-${line}`, message })),
    };
  }
  const result = await submitReview(db, token, parsed.data, locale, now);
  if (result === 'saved') return { status: 303, invite: null, redirect: parsed.data.line, saved: true, errors: [] };
  const invite = await load();
  const refusal = result === 'already' ? 'review.error.already' : 'review.error.not_reviewable';
  return {
    status: invite ? 409 : 410,
    invite,
    saved: false,
    failed: { ...typed, errors: {} },
    refusal,
    errors: [],
  };
}
