import type { DiffPart } from '../core/diff/word-diff';

/** One run of a word diff as a page shows it: its words, then the space that follows them outside any mark. */
export interface DiffRun {
  op: DiffPart['op'];
  /** The run's words, without the white space around them (a struck or underlined space reads as a glued word). */
  text: string;
  /** What follows the run: one space before the next run, none after the last. */
  space: string;
}

/**
 * A word diff ready for `partials/word-diff`: every run trimmed and followed by a space, so that
 * a removed or added word never touches the next one (“before.every”), whatever the texts did
 * with their spaces. Runs meet between words, so a space always belongs there.
 */
export function diffRuns(parts: readonly DiffPart[]): DiffRun[] {
  const runs = parts.map((p) => ({ op: p.op, text: p.text.trim(), space: ' ' })).filter((r) => r.text !== '');
  if (runs.length) runs[runs.length - 1].space = '';
  return runs;
}
