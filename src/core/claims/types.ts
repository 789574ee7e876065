/**
 * Plain data returned by the claim parser and taken by the topic and consistency
 * checks. Offsets are UTF-16 offsets into the article text: `text.slice(start, end) === text`.
 */
import type { Span, SpeakerRef } from '../types';

/** What kind of factual claim a figure makes. */
export type ClaimKind = 'count' | 'duration' | 'date' | 'amount' | 'percentage' | 'ranking' | 'comparison';

/**
 * What is being measured. Casualty measures first; `people` is a head count with no event verb. `releases` counts people
 * let go, freed, rescued or who came out (“released three hostages”): not how many are held (`detention`). `cases` counts an
 * outbreak's sick (“23 confirmed cases”, “has infected 40 people”); `infections` is its former name, kept by claims stored before. `votes` is a
 * candidate's votes (its group is the candidate: “Petrakis had 38,415 votes”), `vote-margin` a lead in votes (“won by 611 votes”),
 * `votes-cast` the votes an election counted in all (“7.3 million votes were cast”); `votes-for` and `votes-against` the two
 * sides of a chamber's tally (“The bill passed by 187 votes to 142”). `wins`, `losses` and `draws` are a side's recent record, in the
 * unit of the games it is out of (“lost four of their last five” is 4 losses “of last 5”). `attacks` counts weapons launched in their own noun
 * when it names them (“143 drones”), `intercepted` those shot down (“shot down 118 of the drones”). `outages` counts homes without power
 * (“118,000 of its customers are without electricity”), `arrivals` people arriving (“14,300 new arrivals”), a flow and no stock.
 * `strikers` counts workers on strike (“2,300 staff were on strike”, “only 1,400 had failed to report for work”).
 * `change` is a rise or fall in percent, negative for a fall (“net profit fell 12 percent” is -12), never a `share` of 12 percent.
 */
export type Measure =
  | 'deaths' | 'injuries' | 'casualties' | 'missing' | 'displacement' | 'evacuation' | 'besieged' | 'detention' | 'releases' | 'rescued' | 'cases' | 'infections'
  | 'refugees' | 'attacks' | 'turnout' | 'people' | 'siege-duration' | 'conflict-duration' | 'detention-duration'
  | 'displacement-duration' | 'duration' | 'event-date' | 'money' | 'share' | 'change' | 'quantity' | 'rank' | 'comparison'
  | 'votes' | 'vote-margin' | 'votes-cast' | 'votes-for' | 'votes-against' | 'wins' | 'losses' | 'draws' | 'intercepted' | 'outages' | 'arrivals'
  | 'strikers';

/** How the figure was qualified: “over 3” → `over`, “nearly 3” → `nearly`, “dozens” → `vague`, “200-300” → `range`. */
export type Qualifier = 'exact' | 'over' | 'at-least' | 'nearly' | 'about' | 'up-to' | 'under' | 'vague' | 'range';

/** Bounds of the figure in `unit`; `null` = unbounded on that side. `stated` is the number as written. */
export interface ClaimValue {
  low: number | null;
  high: number | null;
  stated: number;
  qualifier: Qualifier;
}

/** How fine a date or duration is. */
export type Precision = 'day' | 'week' | 'month' | 'year';

/** The period a figure covers (“last week”, “since Sunday”, “in 2015”), resolved against the publication date. */
export interface TimeRef extends Span {
  /** ISO dates, inclusive; null when unbounded or when no publication date was given for a relative phrase. */
  from: string | null;
  to: string | null;
  precision: Precision;
  /** Relative to the publication date (“last week”) rather than absolute (“in 2015”). */
  relative: boolean;
}

/** When a duration says something began: “for over three years” said 2016-12-18 → latest 2013-12-18, earliest unknown. */
export interface ImpliedStart {
  earliest: string | null;
  latest: string | null;
  precision: Precision;
}

/** Where the claim came from in the engine's output. */
export interface ClaimSource {
  type: 'quote' | 'statement' | 'article';
  /** Index into `ArticleAnalysis.quotes` or `.statements`; null for the article's own narration. */
  index: number | null;
}

/** The place, event or group a claim is about (“eastern Aleppo”, “Fuaa and Kafraya”). */
export interface ClaimSubject extends Span {
  kind: 'place' | 'group' | 'other';
  /** Taken from an earlier figure of the same measure in the article (the offsets are there): the sentence names no place of its own. */
  inherited?: true;
}

/** The body a speaker cites: “according to the UN” → text “the UN”, key “united nations”. */
export interface CitedSource extends Span {
  key: string;
}

/** One factual claim found in an article. */
export interface ClaimResult extends Span {
  kind: ClaimKind;
  measure: Measure;
  /** Who was counted, as written (“civilians”, “children”), or what a share is of. */
  group: string | null;
  subject: ClaimSubject | null;
  value: ClaimValue | null;
  /** `person`, `year`, `month`, `week`, `day`, `hour`, `percent`, a currency code, or a unit noun (“tonnes”). */
  unit: string | null;
  /** The figure with its qualifier (“over three years”). */
  valueSpan: Span | null;
  time: TimeRef | null;
  impliedStart: ImpliedStart | null;
  polarity: 'affirmed' | 'negated';
  /** “may have”, “reportedly”, “unconfirmed”. */
  hedged: boolean;
  speaker: SpeakerRef | null;
  source: ClaimSource;
  citedSource: CitedSource | null;
  /** The publication date the claim is dated to (ISO), when given. */
  saidAt: string | null;
  /** The sentence holding the claim. */
  sentence: Span;
  /** 0–1: how much the claim is worth checking. */
  checkWorthiness: number;
}

/** Settings for `extractClaims`. */
export interface ClaimOptions {
  /** ISO date (or date-time) of publication; relative dates and durations resolve against it. */
  publishedAt?: string;
}

/** The slots `topicKey` reads. */
export interface TopicSlots {
  subject: { text: string } | null;
  measure: Measure;
  group: string | null;
  /** The unit, which says what a bare quantity counts (“vehicles”, “complaints”). */
  unit?: string | null;
}

/** A stored claim as the consistency checks see it. */
export interface TopicClaim extends TopicSlots {
  id: string;
  kind: ClaimKind;
  value: ClaimValue | null;
  unit: string | null;
  time: { from: string | null; to: string | null } | null;
  impliedStart: ImpliedStart | null;
  polarity: 'affirmed' | 'negated';
  /** Normalised speaker (see `sourceKey`); null for the article's own narration. */
  speakerKey: string | null;
  /**
   * Who the speaker is beyond the words of one article, when known (a stored speaker's id): claims
   * of one identity are one speaker's whatever name each article gave (“Castell”, “Ana Castell”).
   */
  speakerId?: string | null;
  /** The speaker's name as the reasons write it (“Stephen O'Brien”); the key stands in when absent. */
  speakerName?: string | null;
  /** ISO date the claim was made. */
  saidAt: string;
  /** Normalised key of the source the speaker cites, if any. */
  citedSourceKey: string | null;
  /**
   * What a share or an amount of money is of, as the claim itself says (its own group: “inflation”, “aid”), when the
   * topic's group stands in for `group`. Shares and amounts of different things, or of unstated ones, are not compared.
   */
  of?: string | null;
}

/** A grouping key and a readable label: “Siege of Fuaa and Kafraya — duration”. */
export interface Topic {
  key: string;
  label: string;
}

/** What a consistency finding says. */
export type FindingKind = 'contradiction' | 'divergence' | 'discrepancy' | 'duration-mismatch' | 'revision' | 'cited-source-mismatch';

/** One problem across claims of one topic. */
export interface Finding {
  kind: FindingKind;
  topic: string;
  claimIds: string[];
  reason: string;
  /** For revisions: which way the speaker moved. */
  direction?: 'raised' | 'lowered';
}

/** Settings for `checkConsistency`. */
export interface ConsistencyOptions {
  /** Figures for the same period differing by more than this factor diverge. Default 2. */
  divergenceFactor?: number;
  /** Claims with no stated period compare only when made within this many days. Default 7. */
  unstatedPeriodDays?: number;
  /**
   * Incremental checks: compare only pairs with at least one of these claim ids (the claims
   * just added; the pairs among the others were checked before).
   */
  pairsWith?: ReadonlySet<string>;
  /** Incremental checks: follow the revision chains of these speakers (by `speakerIdentity`) only (all their claims must be given). */
  revisionsOf?: ReadonlySet<string>;
}

/** What a reader of one kind of count (arrivals, votes, weapons, outages, strikers) found: what it counts and the token range of the claim. */
export interface ReadFigure {
  kind: ClaimKind;
  measure: Measure;
  unit: string;
  group: string | null;
  start: number;
  end: number;
  valueEnd: number;
}
