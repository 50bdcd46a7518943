import { describe, expect, it } from 'vitest';
import { linkRel, renderMarkdown, summaryOf } from './markdown.ts';

const ORIGIN = 'https://shop.example.kg';
const render = (md: string) => renderMarkdown(md, ORIGIN);

describe('renderMarkdown', () => {
  it('renders headings, lists, emphasis, links and tables', () => {
    const html = render(
      '## Delivery\n\n- **Free** pickup\n- [Contact](/en/contact)\n\n| kg | som |\n|---|---|\n| 1 | 250 |',
    );
    expect(html).toContain('<h2 id="delivery">Delivery</h2>');
    expect(html).toContain('<li><strong>Free</strong> pickup</li>');
    expect(html).toContain('<a href="/en/contact">Contact</a>');
    expect(html).toContain('<td>250</td>');
  });

  it('gives Cyrillic headings readable ids and keeps one h1 per page (a Markdown # becomes an h2)', () => {
    const html = render('# Жеткирүү жана кайтаруу\n\n###### Деталь');
    expect(html).toContain('<h2 id="жеткирүү-жана-кайтаруу">Жеткирүү жана кайтаруу</h2>');
    expect(html).toContain('<h4 id="деталь">Деталь</h4>');
    expect(html).not.toContain('<h1');
  });

  it('strips scripts, event handlers, javascript: links, iframes, styles, images and forms', () => {
    const html = render(
      [
        'Hello <script>alert(1)</script> there',
        '<img src=x onerror="alert(2)">',
        '[click](javascript:alert(3)) <a href="JaVaScRiPt:alert(4)">x</a> <a href="data:text/html,hi">d</a>',
        '<iframe src="https://evil.example"></iframe>',
        '<style>body{display:none}</style><p style="color:red" onclick="alert(5)">styled</p>',
        '<form action="https://evil.example"><input name="password"></form>',
        '<svg onload="alert(6)"><circle /></svg>',
      ].join('\n\n'),
    );
    for (const bad of [
      '<script',
      'alert(',
      'onerror',
      'onclick',
      'onload',
      'javascript:',
      'data:',
      '<iframe',
      '<style',
      'style=',
      '<img',
      '<form',
      '<input',
      '<svg',
    ]) {
      expect(html.toLowerCase(), bad).not.toContain(bad.toLowerCase());
    }
    expect(html).toContain('Hello  there');
    expect(html).toContain('<p>styled</p>');
  });

  it('marks other sites’ links noopener nofollow ugc and leaves the shop’s own links, mail and phone links alone', () => {
    const html = render(
      '[a](https://evil.example/x) [b](https://shop.example.kg/en/faq) [c](/ky/terms) [d](mailto:shop@ovop.kg) [e](tel:+996312000000) <a href="https://x.example" rel="dofollow">f</a>',
    );
    expect(html).toContain('<a href="https://evil.example/x" rel="noopener nofollow ugc">a</a>');
    expect(html).toContain('<a href="https://shop.example.kg/en/faq">b</a>');
    expect(html).toContain('<a href="/ky/terms">c</a>');
    expect(html).toContain('<a href="mailto:shop@ovop.kg">d</a>');
    expect(html).toContain('<a href="tel:+996312000000">e</a>');
    expect(html).toContain('<a href="https://x.example" rel="noopener nofollow ugc">f</a>');
    expect(linkRel('//evil.example', ORIGIN)).toBeUndefined();
    expect(render('<a href="//evil.example/x">p</a>')).not.toContain('evil.example');
  });
});

describe('summaryOf', () => {
  it('is the first paragraph as plain text, cut at a word', () => {
    expect(summaryOf('<h2>x</h2><p>We &amp; you <strong>agree</strong>.</p><p>More</p>')).toBe('We & you agree.');
    const long = `<p>${'слово '.repeat(60)}</p>`;
    const summary = summaryOf(long, 50);
    expect(summary.length).toBeLessThanOrEqual(50);
    expect(summary).toMatch(/слово…$/);
  });
});
