/**
 * The order of the engine, in one place. Matchers run per quote and the first that
 * answers wins, so the most specific forms come first; refiners then run once each over
 * the whole article, in the order below.
 */
import type { ArticleContext, Attribution } from './context';
import { matchInterview } from './attribution/interview.matcher';
import { matchAfterQuote } from './attribution/after-quote.matcher';
import { matchFrontedClause } from './attribution/fronted-clause.matcher';
import { matchDash } from './attribution/dash.matcher';
import { matchBeforeQuote } from './attribution/before-quote.matcher';
import { matchSentenceTail } from './attribution/sentence-tail.matcher';
import { refineSplitQuotes } from './refiners/split-quote.refiner';
import { refineAccordingTo } from './refiners/according-to.refiner';
import { refineContinuations } from './refiners/continuation.refiner';
import { refinePreviousParagraph } from './refiners/previous-paragraph.refiner';
import { refinePreviousSentence } from './refiners/previous-sentence.refiner';
import { refineSentenceSubject } from './refiners/sentence-subject.refiner';
import { refineSentenceName } from './refiners/sentence-name.refiner';
import { refineKinds } from './refiners/kind.refiner';
import { refineDenied } from './refiners/denied.refiner';

/** A matcher looks at one quote and may return how it is attributed. */
export type Matcher = (ctx: ArticleContext, qi: number) => Attribution | null;

/** A refiner works over all quotes of the article at once. */
export type Refiner = (ctx: ArticleContext) => void;

/** Matchers, most specific first. */
export const MATCHERS: readonly Matcher[] = [
  // Transcript labels first: in “LAVRENTIEV: We said ‘never’,” the label is the speaker, not a cue inside the answer.
  matchInterview,
  // While Okafor called it “a tax on the poor,” the council said … — a clause opening the sentence keeps its quote from the main clause's cue after it
  matchFrontedClause,
  // “…,” Shamkhani said / said Shamkhani / according to X — the words right after the closing mark are the strongest signal.
  matchAfterQuote,
  // “…” — Hillary Clinton
  matchDash,
  // Trump’s “excesses” are sickening, Hollande said. — a cue closing the sentence reports everything quoted in it
  matchSentenceTail,
  // Shamkhani said, “…” / Tester added: “…” / called it “dangerous” — only when nothing follows the quote.
  matchBeforeQuote,
];

/** Refiners, in order. */
export const REFINERS: readonly Refiner[] = [
  // Split quotes must merge before continuation fills gaps, or the second half would look like a new quote.
  refineSplitQuotes,
  // “…,” the mayor said, according to the Gazette. — the source the report came through, before continuations copy it
  refineAccordingTo,
  // “… Dufresne told a conference: “…”. ¶ Dufresne did not make that statement.” — words the article denies are no one's
  refineDenied,
  // Same paragraph: “…,” he said. “…” — the second quote takes the first one’s speaker.
  refineContinuations,
  // Paragraph opening with a quote: colon at the end of the paragraph before, or a running quotation.
  refinePreviousParagraph,
  // A quote inside a sentence with no cue: the subject of that sentence (“The ad hits Clinton for “…””).
  refineSentenceSubject,
  // A quote opening its sentence with no cue: the person that sentence names after it, before any sentence before.
  refineSentenceName,
  // Still nothing: the speaker named in the sentence before.
  refinePreviousSentence,
  // Kinds last: `term` needs to know which quotes found no attribution at all.
  refineKinds,
];

/** Run every matcher then every refiner over the context. */
export function runPipeline(ctx: ArticleContext): void {
  for (let qi = 0; qi < ctx.quotes.length; qi++) {
    for (const match of MATCHERS) {
      const att = match(ctx, qi);
      if (att) { ctx.quotes[qi].attribution = att; break; }
    }
  }
  for (const refine of REFINERS) refine(ctx);
}
