/**
 * Blocks that sit inside or beside an article but are not its text, found by the names sites
 * give them. Readability sets most of them aside on its first pass, but a short article (under
 * its 500-character threshold) sends it to a retry pass that keeps them, so reader comments
 * would become article text and their quotes would be attributed.
 */

// Word parts of a class or id naming such a block. A part, not a substring: "comment-body" and
// "commentList" match, "commentary" and "responsive" do not.
const MARKER_PARTS = new Set([
  // <section id="comments">, <ol class="comment-list">, <div id="respond">, <div id="disqus_thread">.
  // Not "reply": a newspaper's "right-of-reply" box is article text, and comment replies sit in comment blocks.
  ...'comment comments commentlist commentform respond disqus dsq'.split(' '),
  // <div class="share-bar">, <div class="sharedaddy">
  ...'share sharing sharebar sharedaddy addthis addtoany sharethis'.split(' '),
  // <div id="jp-relatedposts">, <div class="OUTBRAIN">
  ...'related relatedposts outbrain taboola'.split(' '),
  // <div class="newsletter-box">, <form class="mc4wp-form">
  ...'newsletter mailchimp mc4wp'.split(' '),
  // <p class="wp-caption-text">, <span class="photo-credit">
  ...'caption captions credit credits'.split(' '),
]);
// A name with one of these parts is a state flag, which sites also put on whole articles and pages:
// "comments-open", "no-comments-note", "has-caption", "sharing-enabled".
const FLAG_PARTS = new Set('no has is with without open opened closed enabled disabled allowed count'.split(' '));
// WordPress and others name taxonomy terms on the article element: "category-comment", "tag-photo-credit".
const TAXONOMY_FIRST_PARTS = new Set('category cat tag tags topic section tone tonal type format kind term status'.split(' '));
// Long class lists are cut: the names that matter come first, and a megabyte attribute costs nothing.
const MAX_NAME_CHARS = 400;

function parts(name: string): string[] {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

function isMarkerName(name: string): boolean {
  const words = parts(name);
  if (words.length === 0 || TAXONOMY_FIRST_PARTS.has(words[0])) return false;
  return words.some((w) => MARKER_PARTS.has(w)) && !words.some((w) => FLAG_PARTS.has(w));
}

/** True when the element's class, id, microdata or role names a non-article block. */
export function isNonArticleBlock(el: Element): boolean {
  if (el.localName === 'figcaption') return true;
  if (el.getAttribute('role') === 'complementary') return true; // sidebars: <div role="complementary">
  // <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
  if ((el.getAttribute('itemprop') ?? '').split(/\s+/).includes('comment')) return true;
  if (/schema\.org\/(Comment|UserComments)$/.test(el.getAttribute('itemtype') ?? '')) return true;
  const classes = (el.getAttribute('class') ?? '').slice(0, MAX_NAME_CHARS).split(/\s+/);
  return isMarkerName((el.getAttribute('id') ?? '').slice(0, MAX_NAME_CHARS)) || classes.some(isMarkerName);
}

// The article lives in or under these; a marker on one of them or on an ancestor is a mistake
// (an opinion piece in <div class="comment-piece"><h1>…), so they are never removed. An <article>
// counts unless it is itself a comment: <article class="comment-body"> in WordPress threads.
const ARTICLE_ANCHORS = 'main, h1, [itemprop~="articleBody"], article';

function protectedElements(doc: Document): Set<Element> {
  const kept = new Set<Element>([doc.documentElement]);
  if (doc.body) kept.add(doc.body);
  for (const anchor of Array.from(doc.querySelectorAll(ARTICLE_ANCHORS))) {
    if (anchor.localName === 'article' && isNonArticleBlock(anchor)) continue;
    // Stops at the first ancestor already kept, so the walk is linear over the whole page.
    for (let el: Element | null = anchor; el && !kept.has(el); el = el.parentElement) kept.add(el);
  }
  return kept;
}

/** Removes comment threads, share bars, related links, newsletter boxes and captions; returns how many. */
export function removeNonArticleBlocks(doc: Document): number {
  if (!doc.body) return 0;
  const kept = protectedElements(doc);
  // The attribution of a quotation stays: <figure><blockquote>…</blockquote><figcaption>— Ann Lee</figcaption>
  const quoted = new Set(Array.from(doc.querySelectorAll('figure > blockquote'), (quote) => quote.parentElement));
  for (const caption of Array.from(doc.querySelectorAll('figure > figcaption'))) {
    if (quoted.has(caption.parentElement)) kept.add(caption);
  }
  const candidates = doc.body.querySelectorAll('[class], [id], [itemprop], [itemtype], [role], figcaption');
  let removed = 0;
  for (const el of Array.from(candidates)) {
    // Inside a block removed earlier (document order: ancestors first).
    if (!el.isConnected || kept.has(el) || !isNonArticleBlock(el)) continue;
    el.remove();
    removed += 1;
  }
  return removed;
}
