import type { ClaimEntity } from '../db/entities/claim.entity';
import { describeClaimValue } from './refresh-topic';

/** A claim as compared across two versions of an article. */
export type ComparableClaim = Pick<
  ClaimEntity,
  'id' | 'topicId' | 'measure' | 'speakerKey' | 'speakerName' | 'valueLow' | 'valueHigh' | 'valueStated' | 'qualifier' | 'unit' | 'timeText' | 'polarity' | 'text'
> & { topicLabel: string | null };

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

/** Who gives the figure about what: a figure is followed from one version to the next within its topic and speaker. */
function slot(c: ComparableClaim): string {
  return `${c.topicId}\u0000${c.speakerKey ?? c.speakerName ?? ''}`;
}

/**
 * Compares the claims of two versions of a page, both in reading order. Within the same topic
 * and speaker, claims with the same figure are unchanged; the rest are paired in reading order
 * as changed figures (a toll edited from 120 to 140), and what is left over was added or
 * removed. A page edited after publication to give another figure shows it here, beside the
 * quotes that changed.
 */
export function compareClaims(before: ComparableClaim[], after: ComparableClaim[]): ClaimChanges {
  // the earlier version's figures not yet matched, by slot, each with its place in reading order
  const left = new Map<string, Array<{ at: number; side: FigureSide }>>();
  before.forEach((c, at) => {
    const k = slot(c);
    const list = left.get(k);
    if (list) list.push({ at, side: side(c) });
    else left.set(k, [{ at, side: side(c) }]);
  });
  let unchanged = 0;
  const pending: Array<{ key: string; side: FigureSide }> = [];
  for (const c of after) {
    const s = side(c);
    const list = left.get(slot(c));
    const same = list ? list.findIndex((b) => b.side.figure === s.figure) : -1;
    if (list && same >= 0) {
      list.splice(same, 1);
      unchanged++;
    } else pending.push({ key: slot(c), side: s });
  }
  const changed: ClaimChanges['changed'] = [];
  const added: FigureSide[] = [];
  for (const { key, side: s } of pending) {
    const b = left.get(key)?.shift();
    if (b) changed.push({ before: b.side, after: s });
    else added.push(s);
  }
  const removed = [...left.values()].flat().sort((a, b) => a.at - b.at).map((r) => r.side);
  return { changed, added, removed, unchanged };
}
