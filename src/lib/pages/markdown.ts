/**
 * Markdown of the shop's pages to safe HTML: `marked` (GitHub-flavoured, with GitHub's heading ids) renders,
 * `sanitize-html` keeps only an allow-list of text tags. Admins write the Markdown, but a stolen admin
 * session or a pasted snippet must never put a script, an iframe, a style or a tracking image on a public page.
 */
import { Marked } from 'marked';
import { gfmHeadingId } from 'marked-gfm-heading-id';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false }, gfmHeadingId());

/**
 * Tags a page may keep: text, lists, links, quotes, code and tables (without the obsolete `align`). No
 * images: one from another site would tell that site who reads the page.
 */
const ALLOWED_TAGS = [
  'h2',
  'h3',
  'h4',
  'p',
  'br',
  'hr',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'del',
  'blockquote',
  'code',
  'pre',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

/**
 * The `rel` of a link: another site's link is followed by no search engine and gets no access to this
 * page (`noopener nofollow ugc`); the shop's own links, anchors, mail and phone links need none.
 */
export function linkRel(href: string | undefined, origin: string): string | undefined {
  if (!href || !/^https?:/i.test(href)) return undefined;
  try {
    return new URL(href).origin === new URL(origin).origin ? undefined : 'noopener nofollow ugc';
  } catch {
    return 'noopener nofollow ugc';
  }
}

/**
 * The sanitised HTML of a page's Markdown. `origin` is the shop's public origin (links to it are its
 * own). The page's title is its only h1, so a Markdown `#` heading becomes an h2 and h5/h6 an h4.
 */
export function renderMarkdown(markdown: string, origin: string): string {
  const raw = marked.parse(markdown, { async: false });
  return sanitizeHtml(raw, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      h2: ['id'],
      h3: ['id'],
      h4: ['id'],
      ol: ['start'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    // Whatever is not allowed goes, with its content for script, style and the like.
    disallowedTagsMode: 'discard',
    transformTags: {
      h1: 'h2',
      h5: 'h4',
      h6: 'h4',
      a: (tagName, attribs) => {
        const { rel: _ignored, ...rest } = attribs;
        const rel = linkRel(rest.href, origin);
        return { tagName, attribs: rel ? { ...rest, rel } : rest };
      },
    },
  }).trim();
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** A page's first paragraph as plain text, cut at a word near `max` characters (its meta description). */
export function summaryOf(html: string, max = 160): string {
  const first = /<p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
  const text = first
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
