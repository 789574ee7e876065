/** One entry of an Atom feed; links are absolute. */
export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  updated: Date;
  published?: Date;
  author?: string;
  summary: string;
  categories?: string[];
}

/** An Atom feed (RFC 4287): `self` is the feed's own address, `alternate` the page it mirrors. */
export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  self: string;
  alternate: string;
  /** When nothing is in the feed yet. */
  fallbackUpdated: Date;
  entries: AtomEntry[];
}

// Characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML content and attribute values. */
export function xmlEscape(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const el = (name: string, text: string, indent = '  ') => `${indent}<${name}>${xmlEscape(text)}</${name}>\n`;
const link = (rel: string, type: string, href: string, indent = '  ') => `${indent}<link rel="${rel}" type="${type}" href="${xmlEscape(href)}"/>\n`;

/**
 * Serialises a feed as Atom XML. Built by hand with every value escaped: text constructs
 * are plain text (`type="text"`), so article words can never become markup in a reader.
 */
export function renderAtom(feed: AtomFeed): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), feed.entries.length ? new Date(0) : feed.fallbackUpdated);
  let xml = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n';
  xml += el('id', feed.id) + el('title', feed.title);
  if (feed.subtitle) xml += el('subtitle', feed.subtitle);
  xml += el('updated', updated.toISOString());
  xml += link('self', 'application/atom+xml', feed.self) + link('alternate', 'text/html', feed.alternate);
  xml += '  <author><name>whosaid</name></author>\n  <generator>whosaid</generator>\n';
  for (const e of feed.entries) {
    xml += '  <entry>\n';
    xml += el('id', e.id, '    ') + el('title', e.title, '    ') + el('updated', e.updated.toISOString(), '    ');
    if (e.published) xml += el('published', e.published.toISOString(), '    ');
    xml += link('alternate', 'text/html', e.link, '    ');
    if (e.author) xml += `    <author><name>${xmlEscape(e.author)}</name></author>\n`;
    for (const c of e.categories ?? []) xml += `    <category term="${xmlEscape(c)}"/>\n`;
    xml += `    <summary type="text">${xmlEscape(e.summary)}</summary>\n`;
    xml += '  </entry>\n';
  }
  return `${xml}</feed>\n`;
}
