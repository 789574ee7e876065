/**
 * Plain data returned by the quote engine. Every span carries UTF-16 offsets into the
 * article text exactly as given, so `text.slice(start, end) === span.text`.
 */

/** A stretch of the article text. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** `direct`: the quote is the whole reported content; `partial`: a fragment inside paraphrase; `term`: scare quotes / titles (excluded by default). */
export type QuoteKind = 'direct' | 'partial' | 'term';

/** What kind of source a speaker is. */
export type SpeakerKind = 'person' | 'organisation' | 'anonymous' | 'unknown';

/** The syntactic form that tied a quote to its speaker (used in evidence and in eval breakdowns). */
export type AttributionForm =
  | 'quote-cue-speaker' // “…,” Shamkhani said.
  | 'quote-speaker-cue' // “…,” said Shamkhani.
  | 'speaker-cue-quote' // Shamkhani said, “…”
  | 'speaker-colon-quote' // Shamkhani said: “…” (also in the next paragraph)
  | 'according-to' // “…”, according to Shamkhani.
  | 'dash' // “…” — Shamkhani
  | 'embedded' // Shamkhani said the election was “rigged”.
  | 'previous-sentence' // speaker named in the sentence before the quote
  | 'continuation' // next paragraph continues the same speaker's quote
  | 'interview' // Q&A block
  | 'none';

/** A speaker as resolved within one article. */
export interface SpeakerRef {
  /** Canonical name within the article ("Ali Shamkhani"), or the description for anonymous sources. */
  name: string;
  kind: SpeakerKind;
  /** Index into `ArticleAnalysis.people`, when the speaker is a known entity of the article. */
  entity?: number;
  role?: string;
  organisation?: string;
  /** e.g. "SNSC" */
  organisationAbbreviation?: string;
  country?: string;
  /** For anonymous sources and unresolved descriptions: the description as written ("a senior official"). */
  description?: string;
}

/** Why the engine chose a speaker, readable by a reviewer. */
export interface Evidence {
  /** Rule id, e.g. "quote-cue-speaker". */
  rule: string;
  /** One sentence a reviewer can read: "“he” after the quote resolved to Ali Shamkhani (last male person named, 1 paragraph back)". */
  detail: string;
}

/** One quote occurrence (possibly several segments: split or multi-paragraph quotes). */
export interface QuoteResult {
  /** Words inside the marks; for several segments, the segments' texts joined by a single space. */
  text: string;
  /** Start of the first segment. */
  start: number;
  /** End of the last segment. */
  end: number;
  /** Each run of quoted words between marks, in order (one for a simple quote). */
  segments: Span[];
  kind: QuoteKind;
  form: AttributionForm;
  speaker: SpeakerRef | null;
  /** The words at the attribution site ("he", "Shamkhani", "the Iranian official"). */
  speakerMention: Span | null;
  cue: Span | null;
  /** 0–1, calibrated: quotes scored 0.9+ should be right at least 95% of the time. */
  confidence: number;
  evidence: Evidence;
  /** Offsets of the opening mark .. closing mark (inclusive of marks) of the whole occurrence. */
  outer: { start: number; end: number };
  /** True when the closing mark was missing and the quote was closed at a paragraph end. */
  unclosed?: boolean;
  /**
   * Quotations inside this quote's words (“The minister looked at me and said, ‘We will not resign,’ and …”), in text
   * order. They stay part of this quote (its text and segments hold them); absent when there are none.
   */
  nested?: NestedQuote[];
}

/**
 * A quotation inside another quote. Its speaker is whom the outer quote's own words say said it (“the minister …
 * said, ‘…’”, “he told me ‘…’”), resolved as any mention is and scored lower; null when the words do not say.
 */
export interface NestedQuote {
  text: string;
  start: number;
  end: number;
  /** Opening mark .. closing mark of the inner quotation. */
  outer: { start: number; end: number };
  speaker: SpeakerRef | null;
  speakerMention: Span | null;
  cue: Span | null;
  confidence: number;
  evidence: Evidence;
}

/** Reported (indirect) speech: “Shamkhani noted the Syrian army’s valuable achievements…”. */
export interface StatementResult {
  speaker: SpeakerRef | null;
  speakerMention: Span | null;
  cue: Span;
  content: Span;
  confidence: number;
  evidence: Evidence;
}

/** A person or organisation mentioned in the article. */
export interface EntityResult {
  name: string;
  kind: 'person' | 'organisation';
  role?: string;
  organisation?: string;
  organisationAbbreviation?: string;
  country?: string;
  gender?: 'male' | 'female';
  /** Every mention (full name, surname, description, pronoun where resolved). */
  mentions: Span[];
}

/** Everything the engine found in one article. */
export interface ArticleAnalysis {
  quotes: QuoteResult[];
  statements: StatementResult[];
  people: EntityResult[];
}

/** Settings passed in (core never reads the clock or the environment). */
export interface AnalyseOptions {
  /** ISO date of publication, used by later analysis steps (claims). */
  publishedAt?: string;
  lang?: string;
  /** Include `term` quotes (scare quotes, titles) in the result. Default false. */
  includeTerms?: boolean;
}
