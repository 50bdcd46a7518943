/**
 * The admin's editor of one page in one language: shows the saved text, previews a typed one rendered as
 * the public page will show it (a plain form button, no script), and saves it. Typed text is kept on every
 * error. Pages read their parameters and the form, call `shopPageEditor`, then redirect or render.
 */
import type { Db } from '../../../db/client.ts';
import { isLocale, LOCALES, type Locale } from '../i18n/locales.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { renderMarkdown } from './markdown.ts';
import { listShopPageSources, saveShopPage, ShopPageForm, type ShopPageSlug } from './shop-pages.ts';

export interface ShopPageEditorView {
  /** The language being edited. */
  lang: Locale;
  values: { markdown: string; revision: string };
  error?: MessageKey;
  /** The rendered preview of the typed text (after "Preview"); '' for an empty text. */
  preview?: string;
  /** Which languages of this page have text (the language tabs mark the missing ones). */
  hasText: Record<Locale, boolean>;
  /** The first language with text, shown to visitors of a language without one. */
  fallback: Locale | null;
  status: number;
  /** Where to go after a save. */
  redirect?: string;
}

/** The language to edit: `?lang=`, else the admin's page language. */
export function editorLanguage(query: string | null, pageLocale: Locale): Locale {
  return isLocale(query) ? query : pageLocale;
}

/**
 * The editor's state for a GET (`form` undefined) or a POST (`intent` "preview" or "save"). A save that
 * succeeds answers with `redirect` (`?lang=…&done=saved|removed`).
 */
export async function shopPageEditor(
  db: Db,
  actor: { userId: number; ip: string },
  input: { slug: ShopPageSlug; lang: Locale; form?: Record<string, string> },
  origin: string,
): Promise<ShopPageEditorView> {
  const { slug, lang, form } = input;
  const sources = (await listShopPageSources(db))[slug];
  const hasText = Object.fromEntries(LOCALES.map((l) => [l, sources[l].revision > 0])) as Record<Locale, boolean>;
  const fallback = (['en', 'ru', 'ky'] as const).find((l) => l !== lang && hasText[l]) ?? null;
  const base = { lang, hasText, fallback };
  if (!form) {
    const saved = sources[lang];
    return { ...base, values: { markdown: saved.markdown, revision: String(saved.revision) }, status: 200 };
  }
  const values = { markdown: form.markdown ?? '', revision: form.revision ?? '' };
  const parsed = ShopPageForm.safeParse(values);
  if (!parsed.success) {
    return { ...base, values, error: parsed.error.issues[0]!.message as MessageKey, status: 422 };
  }
  if (form.intent !== 'save') {
    return { ...base, values, preview: renderMarkdown(parsed.data.markdown, origin), status: 200 };
  }
  const result = await saveShopPage(db, actor, { slug, locale: lang, ...parsed.data }, origin);
  if (!result.ok) return { ...base, values, error: result.error, status: 409 };
  return {
    ...base,
    values,
    status: 303,
    redirect: `/staff/pages/${slug}?lang=${lang}&done=${result.removed ? 'removed' : 'saved'}`,
  };
}
