/**
 * Invariants every analysis must satisfy, shared by the golden and fuzz tests.
 */
import type { ArticleAnalysis } from '../../src/core';

/** Throws with a readable message when an invariant is broken. */
export function assertInvariants(text: string, a: ArticleAnalysis): void {
  let lastEnd = -1;
  for (const q of a.quotes) {
    if (q.segments.length === 0) throw new Error('quote without segments');
    for (const s of q.segments) {
      if (!(s.start >= 0 && s.start < s.end && s.end <= text.length)) throw new Error(`bad segment ${s.start}-${s.end}`);
      if (text.slice(s.start, s.end) !== s.text) throw new Error('segment text does not match its offsets');
    }
    if (q.segments.length === 1 && text.slice(q.start, q.end) !== q.text) throw new Error('text.slice(start, end) !== quote text');
    if (q.start !== q.segments[0].start || q.end !== q.segments[q.segments.length - 1].end) throw new Error('start/end differ from segments');
    if (q.outer.start > q.start || q.outer.end < q.end) throw new Error('outer span does not enclose the quote');
    if (q.outer.start < lastEnd) throw new Error(`top-level quotes overlap at ${q.outer.start}`);
    lastEnd = q.outer.end;
    if (!(q.confidence >= 0 && q.confidence <= 1)) throw new Error('confidence out of range');
    for (const sp of [q.speakerMention, q.cue]) if (sp && text.slice(sp.start, sp.end) !== sp.text) throw new Error('mention/cue offsets wrong');
  }
  for (const s of a.statements) {
    for (const sp of [s.content, s.cue, s.speakerMention]) if (sp && text.slice(sp.start, sp.end) !== sp.text) throw new Error('statement offsets wrong');
  }
  for (const x of [...a.quotes, ...a.statements]) {
    const e = x.speaker?.entity;
    if (e === undefined) continue;
    if (!a.people[e]) throw new Error(`speaker entity ${e} is not in people`);
    if (a.people[e].name !== x.speaker?.name) throw new Error(`speaker ${x.speaker?.name} points at ${a.people[e].name}`);
  }
  for (const p of a.people) for (const m of p.mentions) if (text.slice(m.start, m.end) !== m.text) throw new Error('entity mention offsets wrong');
}
