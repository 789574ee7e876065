/**
 * `eval quotes` also scores reported statements (indirect speech) against the set's annotated
 * indirect attributions: a statement matches an annotation whose content it overlaps by at least
 * half of the shorter of the two, and its speaker is right when the mention overlaps the
 * annotated speaker. The annotation counts many cues the engine leaves alone (“don't like”,
 * “mocked”), so the share of annotations found is reported but is not a recall to aim at.
 */
import type { StatementResult } from '../core';

/** One annotated indirect attribution (the `reportedSpeech` items of the eval file). */
export interface GoldStatement {
  start: number;
  end: number;
  speakerStart?: number | null;
  speakerEnd?: number | null;
}

/** Counts over the articles scored so far. */
export interface StatementMetrics {
  predicted: number;
  /** Statements overlapping an annotated attribution. */
  matched: number;
  /** Matched statements whose speaker mention overlaps the annotated speaker. */
  speakerRight: number;
  /** Annotated attributions some statement overlaps. */
  goldFound: number;
  gold: number;
  /** The same three counts for statements whose cue follows their content (“…, the ministry said.”). */
  inverted: { predicted: number; matched: number; speakerRight: number };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function covers(s: { start: number; end: number }, g: { start: number; end: number }): boolean {
  return overlap(s, g) >= 0.5 * Math.min(s.end - s.start, g.end - g.start) && overlap(s, g) > 0;
}

/** Empty counts. */
export function emptyStatementMetrics(): StatementMetrics {
  return { predicted: 0, matched: 0, speakerRight: 0, goldFound: 0, gold: 0, inverted: { predicted: 0, matched: 0, speakerRight: 0 } };
}

/** Add one article's statements to the counts. */
export function scoreStatements(m: StatementMetrics, gold: readonly GoldStatement[], predicted: readonly StatementResult[]): void {
  m.gold += gold.length;
  for (const g of gold) if (predicted.some((s) => covers(s.content, g))) m.goldFound++;
  for (const s of predicted) {
    const inverted = s.cue.start >= s.content.end;
    m.predicted++;
    if (inverted) m.inverted.predicted++;
    const g = gold.find((x) => covers(s.content, x));
    if (!g) continue;
    m.matched++;
    if (inverted) m.inverted.matched++;
    const right = !!s.speakerMention && typeof g.speakerStart === 'number' && typeof g.speakerEnd === 'number'
      && overlap(s.speakerMention, { start: g.speakerStart, end: g.speakerEnd }) > 0;
    if (right) { m.speakerRight++; if (inverted) m.inverted.speakerRight++; }
  }
}

function pct(n: number, d: number): string {
  return `${d ? ((n / d) * 100).toFixed(1) : '0.0'}%`;
}

/** The lines `eval quotes` prints for statements. */
export function formatStatementMetrics(m: StatementMetrics): string {
  return [
    `statements      ${m.predicted}: ${pct(m.matched, m.predicted)} match an annotated indirect attribution (${m.matched}), speaker right in ${pct(m.speakerRight, m.matched)} of those (${m.speakerRight})`,
    `  cue after the words (“…, the ministry said.”): ${m.inverted.predicted}, ${m.inverted.matched} matching, speaker right in ${m.inverted.speakerRight}`,
    `  annotated indirect attributions with a statement: ${pct(m.goldFound, m.gold)} (${m.goldFound}/${m.gold})`,
  ].join('\n');
}
