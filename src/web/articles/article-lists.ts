/** The article page's lists (quotes, reported statements, claims), a page at a time. */

/** Items of an article's list shown on one page. */
export const ARTICLE_LIST_PAGE = 200;

/** Where a reported statement stands on its article's page (statements are listed in reading order, 0 first). */
export function statementHref(articleId: number, position: number): string {
  const page = Math.floor(position / ARTICLE_LIST_PAGE) + 1;
  return `/articles/${articleId}${page > 1 ? `?statements=${page}` : ''}#statement-${position}`;
}

/** One page of an article's list, with links to the pages before and after (the other lists keep their pages). */
export function listPage<T>(all: T[], page: number, name: 'quotes' | 'statements' | 'claims', pages: Record<'quotes' | 'statements' | 'claims', number>, id: number) {
  const last = Math.max(1, Math.ceil(all.length / ARTICLE_LIST_PAGE));
  const shown = Math.min(page, last);
  const from = (shown - 1) * ARTICLE_LIST_PAGE;
  const items = all.slice(from, from + ARTICLE_LIST_PAGE);
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const k of ['quotes', 'statements', 'claims'] as const) {
      const v = k === name ? p : pages[k];
      if (v > 1) q.set(k, String(v));
    }
    const s = q.toString();
    return `/articles/${id}${s ? `?${s}` : ''}#${name}`;
  };
  return {
    items,
    total: all.length,
    first: all.length ? from + 1 : 0,
    last: from + items.length,
    prev: shown > 1 ? href(shown - 1) : null,
    next: shown < last ? href(shown + 1) : null,
  };
}

