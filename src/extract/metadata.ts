import { toIsoDate } from './dates';
import { readJsonLd } from './json-ld';

/** Metadata read from the page head before Readability rewrites the document. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  language: string | null;
  publishedAt: string | null;
}

// Ordered by trust: the first key present wins. Keys are lower-cased name/property/itemprop.
const TITLE_KEYS = ['og:title', 'twitter:title', 'parsely-title', 'dc.title', 'title'];
const SITE_KEYS = ['og:site_name', 'application-name', 'publisher'];
const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'dc.creator', 'byl', 'sailthru.author'];
const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'parsely-pub-date', 'date', 'pubdate',
  'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date',
];
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,3}$/i;

function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = (meta.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && content && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

const first = (map: Map<string, string>, keys: readonly string[]): string | null =>
  keys.map((k) => map.get(k)).find((v) => v !== undefined) ?? null;

/** Resolves `href` against the page URL and keeps it only if it is absolute http(s). */
export function httpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function normalizeLanguage(value: string | null | undefined): string | null {
  const tag = value?.trim().replace('_', '-');
  return tag && LANGUAGE.test(tag) ? tag : null;
}

// "By Jane Doe" in a meta tag is still a name; a profile URL (article:author on Facebook) is not.
function cleanByline(value: string | null): string | null {
  if (!value || /^https?:\/\//i.test(value)) return null;
  return value.replace(/^by\s+/i, '').trim() || null;
}

/** Reads title, byline, site name, canonical URL, language and publication date from the page. */
export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const meta = metaMap(doc);
  const ld = readJsonLd(
    Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')).map((s) => s.textContent ?? ''),
  );
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const timeTag = doc.querySelector('time[pubdate][datetime], article time[datetime]')?.getAttribute('datetime');
  const dates = [ld?.datePublished, ...DATE_KEYS.map((k) => meta.get(k)), timeTag];
  return {
    title: ld?.headline ?? first(meta, TITLE_KEYS),
    byline: (ld && ld.authors.length > 0 ? ld.authors.join(', ') : null) ?? cleanByline(first(meta, AUTHOR_KEYS)),
    siteName: first(meta, SITE_KEYS.slice(0, 1)) ?? ld?.publisher ?? first(meta, SITE_KEYS.slice(1)),
    canonicalUrl: httpUrl(canonical, pageUrl) ?? httpUrl(meta.get('og:url'), pageUrl),
    language:
      normalizeLanguage(doc.documentElement.getAttribute('lang')) ??
      normalizeLanguage(meta.get('content-language')) ??
      normalizeLanguage(ld?.inLanguage) ??
      normalizeLanguage(meta.get('og:locale')),
    publishedAt: dates.map((d) => toIsoDate(d)).find((d) => d !== null) ?? null,
  };
}
