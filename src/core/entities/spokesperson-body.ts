/**
 * The body an unnamed spokesperson speaks for: “Acme Corp declined to comment on the figures. “We do not comment on
 * rumours,” a spokeswoman said.” — the one organisation her sentence or the one before it names.
 */
import type { ArticleContext, Mention } from '../context';
import { mentionsBefore, type Entity, type Registry } from './registry';

/** Words for one who speaks for a body. */
const SPOKESPERSONS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Words before the noun that leave the body to the story: “a company spokesman”, “a bank spokeswoman”. */
const GENERIC_BODIES: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'carrier', 'airline', 'insurer', 'lender', 'bank', 'corporate']);

/** Words that open the body after the noun: “a spokeswoman for Acme Corp”, “a spokesman at Globex”. */
const BODY_OPENERS: ReadonlySet<string> = new Set(['for', 'of', 'at']);

/** How many mentions are read in the two sentences, at most (a list of firms names none). */
const MAX_MENTIONS = 24;

/**
 * The organisation an unnamed spokesperson's description speaks for, or null: named in the description itself (“a
 * spokeswoman for Acme Corp”, “an Acme Corp spokesman”), else the one organisation named in tokens [from, to) — the sentence and the one before.
 * Not when the description names a kind of body of its own (“a police spokesman”, “a ministry spokeswoman”), nor when
 * the sentences name two organisations or none. The body named before the noun counts too: “a Brandt & Kessel spokeswoman”.
 */
export function bodyOfSpokesperson(ctx: ArticleContext, reg: Registry, m: Mention, from: number, to: number): Entity | null {
  const t = ctx.tokens;
  let noun = -1;
  for (let k = m.start; k < m.end && k < m.start + 6; k++) {
    if (SPOKESPERSONS.has(t[k].lower)) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return null;
  // only a determiner and generic words before the noun (“a spokeswoman”, “the company spokesman”), else the body
  // named there (“a Brandt & Kessel spokeswoman”), if any (“a police spokesman” names a kind of body, not which)
  for (let k = m.start; k < noun; k++) {
    const w = t[k].lower;
    if (!(k === m.start && (w === 'a' || w === 'an' || w === 'the')) && !GENERIC_BODIES.has(w)) return onlyOrganisation(reg, m.start, noun);
  }
  // “a spokeswoman for Acme Corp”: the body it names
  if (noun + 1 < m.end) {
    if (!BODY_OPENERS.has(t[noun + 1].lower)) return null;
    return onlyOrganisation(reg, noun + 2, m.end);
  }
  return onlyOrganisation(reg, from, to);
}

/** The one organisation mentioned in tokens [from, to), or null for none or several. */
function onlyOrganisation(reg: Registry, from: number, to: number): Entity | null {
  let found: Entity | null = null;
  for (let k = mentionsBefore(reg, from), n = 0; k < reg.timeline.length && reg.timeline[k].start < to; k++, n++) {
    if (n === MAX_MENTIONS) return null;
    const e = reg.timeline[k].entity;
    if (e.kind !== 'organisation' || e === found) continue;
    if (found) return null;
    found = e;
  }
  return found;
}
