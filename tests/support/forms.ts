/** Reading forms out of a page as a browser would submit them. */
import type { HTMLElement } from 'node-html-parser';

/** The named fields of a form as the browser would send them (unchecked boxes left out). */
export function fieldsOf(form: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of form.querySelectorAll('input, select, textarea')) {
    const name = el.getAttribute('name');
    if (!name || el.getAttribute('type') === 'submit') continue;
    if (el.getAttribute('type') === 'checkbox' && !el.hasAttribute('checked')) continue;
    if (el.tagName === 'SELECT')
      out[name] = (el.querySelector('option[selected]') ?? el.querySelector('option'))?.getAttribute('value') ?? '';
    else if (el.tagName === 'TEXTAREA') out[name] = el.textContent;
    else out[name] = el.getAttribute('value') ?? '';
  }
  return out;
}
