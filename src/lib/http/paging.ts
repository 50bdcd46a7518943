/** Paging shared by every paged list: where a page number past the end sends the visitor. */

/**
 * The address to redirect to when `page` is past the last page: the same path and parameters with the
 * page set to the last one (left out when that is page 1, the list's own address). Null when the page
 * exists. A 302: the last page moves as the list grows, so no browser or proxy may keep the answer.
 */
export function lastPageRedirect(url: URL, page: number, pages: number, param = 'page'): string | null {
  if (page <= Math.max(1, pages)) return null;
  const params = new URLSearchParams(url.search);
  if (pages <= 1) params.delete(param);
  else params.set(param, String(pages));
  const query = params.toString();
  return `${url.pathname}${query ? `?${query}` : ''}`;
}
