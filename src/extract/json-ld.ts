/** The article facts a page's JSON-LD may state. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  inLanguage: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'blogposting', 'liveblogposting', 'scholarlyarticle', 'report',
]);
// Bounds for hostile JSON-LD: a huge or deeply nested graph is walked only this far.
const MAX_BLOCK_CHARS = 1_000_000;
const MAX_NODES = 5_000;

function parseLenient(raw: string): Json | undefined {
  const text = raw.trim().replace(/^<!--/, '').replace(/-->$/, '').replace(/^\/\/<!\[CDATA\[|\/\/\]\]>$/g, '');
  for (const candidate of [text, text.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' ')]) {
    try {
      return JSON.parse(candidate) as Json;
    } catch {
      // try the next, more forgiving form; a block that still fails is skipped
    }
  }
  return undefined;
}

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

function names(v: Json | undefined): string[] {
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.flatMap(names);
  if (isObject(v)) return str(v.name) ? [str(v.name) as string] : [];
  return [];
}

/** Finds the first Article-like node in the page's JSON-LD blocks; malformed blocks are skipped. */
export function readJsonLd(blocks: readonly string[]): JsonLdArticle | null {
  let visited = 0;
  for (const block of blocks) {
    if (block.length > MAX_BLOCK_CHARS) continue;
    const stack: Json[] = [parseLenient(block) ?? null];
    while (stack.length > 0 && visited < MAX_NODES) {
      const node = stack.pop() as Json;
      visited += 1;
      if (Array.isArray(node)) stack.push(...node.slice(0, MAX_NODES).reverse());
      else if (isObject(node)) {
        if (typesOf(node).some((t) => ARTICLE_TYPES.has(t))) {
          const publisher = node.publisher;
          return {
            headline: str(node.headline) ?? str(node.name),
            datePublished: str(node.datePublished) ?? str(node.dateCreated),
            authors: names(node.author ?? node.creator),
            publisher: names(Array.isArray(publisher) ? publisher[0] : publisher)[0] ?? null,
            inLanguage: str(node.inLanguage),
          };
        }
        if (node['@graph'] !== undefined) stack.push(node['@graph']);
        if (node.mainEntity !== undefined) stack.push(node.mainEntity);
      }
    }
  }
  return null;
}
