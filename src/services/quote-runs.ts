import type { VerifyCandidate } from '../db/repositories/verify.repository';

/** Most quotes joined into one: a quote, then the few sentences in marks that carry it on. */
export const RUN_MAX = 4;

/** A stored quote, or several that are one quote split around its attribution, read as one text. */
export interface QuoteRun extends VerifyCandidate {
  /** The stored quotes joined, in article order (the first one alone for a single quote). */
  parts: VerifyCandidate[];
}

/** What deciding the runs reads of each quote (no text: the rows around the candidates are many, the runs few). */
export type RunKey = Pick<VerifyCandidate, 'id' | 'articleId' | 'position' | 'attributionForm' | 'speakerId' | 'speakerName'>;

function sameSpeakerAs(a: RunKey, b: RunKey): boolean {
  return a.speakerId === b.speakerId && (a.speakerName ?? '').toLowerCase() === (b.speakerName ?? '').toLowerCase();
}

/** The groups of two or more rows that are one quote split around its attribution (see `quoteRuns`). */
function groups<T extends RunKey>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  const close = () => {
    if (current.length >= 2) out.push(current);
    current = [];
  };
  for (const r of rows) {
    const prev = current[current.length - 1];
    const follows = prev !== undefined && r.articleId === prev.articleId && r.position === prev.position + 1
      && r.attributionForm === 'continuation' && sameSpeakerAs(current[0], r) && current.length < RUN_MAX;
    if (follows) current.push(r);
    else {
      close();
      current = [r];
    }
  }
  close();
  return out;
}

/** The ids of the quotes that belong to a run, read from the rows' keys alone (article by article, in order of position). */
export function runMemberIds(rows: readonly RunKey[]): number[] {
  return groups(rows).flat().map((r) => r.id);
}

/**
 * The runs of quotes that are one quote split around its attribution:
 * “There was no consultancy,” she said. “There was no advice. There was only money.”
 * is stored as two quotes, the second read as a continuation of the first; a journalist pastes
 * the words of both as one. A run is a quote followed by the quotes right after it in its
 * article that were read as its continuations and are still credited to the same speaker (a
 * person's correction of one part alone splits them). Rows come article by article in order of
 * position; only runs of two or more quotes are returned, each with the first quote's
 * attribution, the lowest confidence of its parts and unsure when any part is.
 */
export function quoteRuns(rows: readonly VerifyCandidate[]): QuoteRun[] {
  return groups(rows).map(joinRun);
}

function joinRun(parts: VerifyCandidate[]): QuoteRun {
  const [first] = parts;
  return {
    ...first,
    text: parts.map((p) => p.text.trim()).join(' '),
    confidence: Math.min(...parts.map((p) => p.confidence)),
    attributionUnsure: parts.some((p) => p.attributionUnsure),
    parts,
  };
}
