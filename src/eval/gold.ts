/**
 * The annotated article format read by `eval quotes` (see shared/quote-eval/README.md),
 * and its flattening into one gold span per quoted segment.
 */

/** One annotated quote as stored in the eval file. */
export interface GoldQuote {
  quote: string;
  start: number;
  end: number;
  segments?: [number, number][];
  kind?: string;
  speaker?: string | null;
  speakerStart?: number | null;
  speakerEnd?: number | null;
  speakerType?: string | null;
}

/** One annotated article. */
export interface GoldArticle {
  id: string;
  text: string;
  title?: string;
  quotes: GoldQuote[];
  otherQuotedSpans?: { start: number; end: number }[];
  ignoreSpans?: { start: number; end: number }[];
  /** Annotated indirect attributions: content span and speaker span. */
  reportedSpeech?: { start: number; end: number; speakerStart?: number | null; speakerEnd?: number | null }[];
}

/** A gold segment with the attribution of its quote. */
export interface GoldSpan {
  start: number;
  end: number;
  speaker: { start: number; end: number; text: string } | null;
  speakerType: string;
  quote: GoldQuote;
}

/** One span per segment: multi-paragraph quotes count once per paragraph, like predictions. */
export function goldSpans(article: GoldArticle): GoldSpan[] {
  const out: GoldSpan[] = [];
  for (const q of article.quotes) {
    const hasSpeaker = typeof q.speakerStart === 'number' && typeof q.speakerEnd === 'number' && q.speakerEnd > q.speakerStart;
    const speaker = hasSpeaker ? { start: q.speakerStart as number, end: q.speakerEnd as number, text: q.speaker ?? '' } : null;
    const segs = q.segments && q.segments.length > 0 ? q.segments : [[q.start, q.end] as [number, number]];
    for (const [start, end] of segs) out.push({ start, end, speaker, speakerType: speaker ? (q.speakerType ?? 'unknown') : 'none', quote: q });
  }
  return out;
}

const NAME_BREAKS = [',', '(', ' who ', ' — ', ' – ', ' - '];

/** The word a resolved name must contain for a proper-name speaker: “Secretary of State John F. Kerry” → Kerry, “Joel Pollak of Breitbart” → Pollak. */
export function goldNameKey(speaker: string): string {
  let s = speaker;
  for (const b of NAME_BREAKS) {
    const i = s.indexOf(b);
    if (i > 0) s = s.slice(0, i);
  }
  const parts = s.split(' of ');
  const caps = (p: string): string[] => p.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  const chosen = parts.length > 1 && caps(parts[0]).length >= 2 ? parts[0] : parts[parts.length - 1];
  const words = caps(chosen);
  const last = words.length > 0 ? words[words.length - 1] : chosen.trim().split(/\s+/).pop() ?? '';
  return last.replace(/[’']s$/, '').replace(/[^\p{L}\p{N}-]/gu, '');
}
