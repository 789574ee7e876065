import { ExtractError } from './extract-error';

/** Structural limits checked before the DOM is built. */
export interface StructureLimits {
  maxElements: number;
  maxDepth: number;
  /** Attributes on one element (estimated by counting "=" inside the tag). */
  maxAttributes: number;
  /** Block containers (div, section, table…), which Readability scores one by one and which cost the most. */
  maxContainers: number;
}

/** The limits applied to fetched pages and to pasted HTML alike (measured: 10k nested-div pairs took Readability a minute). */
export const DEFAULT_STRUCTURE_LIMITS: StructureLimits = { maxElements: 20_000, maxDepth: 250, maxAttributes: 256, maxContainers: 2_500 };

/** What the linear scan saw. */
export interface StructureStats {
  elements: number;
  /** Estimated nesting depth; elements whose end tag may be omitted (p, li, td…) are not counted. */
  maxDepth: number;
  /** Most "=" signs seen inside one tag: an upper bound on its attribute count. */
  maxAttributes: number;
  containers: number;
}

// Elements with no content, and elements the parser closes implicitly: neither deepens the tree
// in a way a missing end tag could hide (`<p>a<p>b` is two siblings, not nesting).
const FLAT = new Set(
  ('area base br col embed hr img input link meta param source track wbr ' +
    'p li dt dd option optgroup tr td th thead tbody tfoot rb rt rp colgroup caption html head body').split(' '),
);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
const CONTAINERS = new Set('div section article aside main header footer nav table ul ol form blockquote'.split(' '));
const NAME = /^[a-zA-Z][a-zA-Z0-9-]{0,30}/;

/**
 * One linear pass over the markup counting tags and estimating depth, so that a page of
 * 100k nested divs is refused in milliseconds instead of being handed to the DOM builder.
 */
export function scanStructure(html: string): StructureStats {
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  let maxAttributes = 0;
  let containers = 0;
  let at = html.indexOf('<');
  while (at !== -1 && at < html.length - 1) {
    const next = html[at + 1];
    if (next === '!') {
      // Comments may contain markup that the parser will never see.
      const end = html.startsWith('<!--', at) ? html.indexOf('-->', at + 4) : html.indexOf('>', at);
      at = end === -1 ? -1 : html.indexOf('<', end);
      continue;
    }
    const closing = next === '/';
    const name = NAME.exec(html.slice(at + (closing ? 2 : 1), at + 34))?.[0].toLowerCase();
    const tagEnd = html.indexOf('>', at);
    if (!name || tagEnd === -1) {
      at = tagEnd === -1 ? -1 : html.indexOf('<', at + 1);
      continue;
    }
    if (closing) {
      if (!FLAT.has(name) && depth > 0) depth -= 1;
    } else {
      elements += 1;
      if (CONTAINERS.has(name)) containers += 1;
      let attributes = 0;
      for (let i = at; i < tagEnd; i += 1) if (html.charCodeAt(i) === 61 /* = */) attributes += 1;
      maxAttributes = Math.max(maxAttributes, attributes);
      if (!FLAT.has(name) && html[tagEnd - 1] !== '/') depth += 1;
      maxDepth = Math.max(maxDepth, depth);
    }
    let resume = tagEnd + 1;
    if (!closing && RAW_TEXT.has(name)) {
      // Skip raw text (script bodies full of "<div" strings) up to its end tag.
      const endTag = new RegExp(`</${name}`, 'gi');
      endTag.lastIndex = resume;
      resume = endTag.exec(html)?.index ?? html.length;
    }
    at = html.indexOf('<', resume);
  }
  return { elements, maxDepth, maxAttributes, containers };
}

/**
 * Throws too_complex when the markup is beyond what a real article page needs; `subject` names
 * it in the message ("page" for a fetched page, "HTML" for pasted markup).
 */
export function assertStructure(html: string, limits: StructureLimits, subject = 'page'): StructureStats {
  const stats = scanStructure(html);
  if (stats.elements > limits.maxElements) {
    throw new ExtractError('too_complex', `The ${subject} has more than ${limits.maxElements} elements.`);
  }
  if (stats.containers > limits.maxContainers) {
    throw new ExtractError('too_complex', `The ${subject} has more than ${limits.maxContainers} block containers (div, section, table…).`);
  }
  if (stats.maxDepth > limits.maxDepth) {
    throw new ExtractError('too_complex', `The ${subject} nests elements more than ${limits.maxDepth} levels deep.`);
  }
  if (stats.maxAttributes > limits.maxAttributes) {
    throw new ExtractError('too_complex', `An element of the ${subject} has more than ${limits.maxAttributes} attributes.`);
  }
  return stats;
}

/** Throws bad_encoding when the text is mostly replacement characters or NULs: binary, not HTML. */
export function assertTextual(html: string): void {
  const sample = html.slice(0, 65_536);
  let bad = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || c === 0) bad += 1;
  }
  if (sample.length > 0 && bad / sample.length > 0.2) {
    throw new ExtractError('bad_encoding', 'The page is not readable text in any known encoding (it looks binary).');
  }
}
