import type { ClaimEntity } from '../db/entities/claim.entity';
import { describeClaimValue } from './refresh-topic';

/**
 * A claim as compared across two versions of an article: what it measures, about whom, who
 * gives it, its figure, and `around`, the words of its sentence around the figure (“With 78
 * percent of precincts reporting, Marlow had … to Hartvig's 47.1 percent”), when known.
 */
export type ComparableClaim = Pick<
  ClaimEntity,
  'id' | 'topicId' | 'measure' | 'subjectText' | 'groupText' | 'speakerKey' | 'speakerName' | 'valueLow' | 'valueHigh' | 'valueStated' | 'qualifier' | 'unit' | 'timeText' | 'polarity' | 'text'
> & { topicLabel: string | null; around?: string };

/** One figure as the change list shows it. */
export interface FigureSide {
  claimId: number;
  topicId: number;
  topicLabel: string | null;
  measure: string;
  speakerName: string | null;
  /** “140 people”, “about 2 billion euros”, with the period when the claim has one and “not” when it denies the figure. */
  figure: string;
  text: string;
}

/** What changed in an article's figures from one version to the next. */
export interface ClaimChanges {
  /** The same topic from the same speaker with another figure (or period, or a figure now denied). */
  changed: Array<{ before: FigureSide; after: FigureSide }>;
  added: FigureSide[];
  removed: FigureSide[];
  unchanged: number;
}

function side(c: ComparableClaim): FigureSide {
  const figure = `${c.polarity === 'negated' ? 'not ' : ''}${describeClaimValue(c)}${c.timeText ? ` (${c.timeText})` : ''}`;
  return { claimId: c.id, topicId: c.topicId, topicLabel: c.topicLabel, measure: c.measure, speakerName: c.speakerName, figure, text: c.text };
}

/**
 * Who gives a figure about what, read from the claim itself: its measure, unit, subject and
 * group, and its speaker. Not its topic: a figure with no subject lives in a topic of its own
 * article, so each version's “about 8,000 people” is in another topic though nothing changed.
 */
function slot(c: ComparableClaim): string {
  return [c.measure, c.unit ?? '', (c.subjectText ?? '').toLowerCase(), (c.groupText ?? '').toLowerCase(), c.speakerKey ?? c.speakerName ?? ''].join('\u0000');
}

/** The words of a claim's sentence around its figure, numbers aside, folded. */
function aroundWords(c: ComparableClaim): Set<string> {
  return new Set((c.around ?? '').toLowerCase().match(/\p{L}+/gu) ?? []);
}

/** How alike the words around two figures are (0–1); 1 when neither is known. */
function likeness(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}

/** Words around two figures at least this alike make them one figure edited, not one removed and another added. */
const SAME_PLACE = 0.3;

/**
 * Compares the claims of two versions of a page, both in reading order, by their own content
 * (see `slot`): claims of the same slot with the same figure are unchanged; the rest are paired
 * as changed figures (a toll edited from 120 to 140, a share from 50.8 to 51.0) with the figure
 * of that slot whose sentence reads most alike around it, and what is left over was added or
 * removed. A page edited after publication to give another figure shows it here, beside the
 * quotes that changed.
 */
export function compareClaims(before: ComparableClaim[], after: ComparableClaim[]): ClaimChanges {
  type Entry = { at: number; side: FigureSide; words: Set<string> };
  // the earlier version's figures not yet matched, by slot, each with its place in reading order
  const left = new Map<string, Entry[]>();
  before.forEach((c, at) => {
    const k = slot(c);
    const entry = { at, side: side(c), words: aroundWords(c) };
    const list = left.get(k);
    if (list) list.push(entry);
    else left.set(k, [entry]);
  });
  /** The entry of `list` most alike around to `words` (the first in reading order among equals), at least `floor`. */
  const closest = (list: Entry[], words: Set<string>, floor: number, ok: (e: Entry) => boolean = () => true): number => {
    let best = -1;
    let score = floor;
    list.forEach((e, i) => {
      const l = likeness(e.words, words);
      if (ok(e) && (l > score || (best === -1 && l >= score))) {
        best = i;
        score = l;
      }
    });
    return best;
  };
  let unchanged = 0;
  const pending: Array<{ key: string; side: FigureSide; words: Set<string> }> = [];
  for (const c of after) {
    const s = side(c);
    const words = aroundWords(c);
    const list = left.get(slot(c));
    const same = list ? closest(list, words, 0, (b) => b.side.figure === s.figure) : -1;
    if (list && same >= 0) {
      list.splice(same, 1);
      unchanged++;
    } else pending.push({ key: slot(c), side: s, words });
  }
  const changed: ClaimChanges['changed'] = [];
  const added: FigureSide[] = [];
  for (const { key, side: s, words } of pending) {
    const list = left.get(key);
    const at = list ? closest(list, words, SAME_PLACE) : -1;
    if (list && at >= 0) changed.push({ before: list.splice(at, 1)[0].side, after: s });
    else added.push(s);
  }
  const removed = [...left.values()].flat().sort((a, b) => a.at - b.at).map((r) => r.side);
  return { changed, added, removed, unchanged };
}
