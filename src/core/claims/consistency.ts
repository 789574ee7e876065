/**
 * `checkConsistency`: findings across claims of one topic — contradictions, divergent
 * figures, different figures given on the same day, start dates that durations disagree on, speakers revising their own figure,
 * and claims citing a source whose own figure differs.
 */
import type { ClaimValue, ConsistencyOptions, Finding, TopicClaim } from './types';
import { ofKey, topicKey } from './topic-key';
import { bounds, comparableValues, describeValue, disjoint, isOpen, periodsApart, pointOf, samePeriod, startGap } from './compare';
import { parseIsoDay } from './dates';

/** Relative slack before a cited figure and the source's own figure count as different. */
const CITED_TOLERANCE = 0.02;
/** Relative change below which a speaker restating a figure is not a revision. */
const REVISION_TOLERANCE = 0.01;
/** Relative slack before two speakers' figures for the same day count as a discrepancy (rounding, a late count). */
export const DISCREPANCY_TOLERANCE = 0.05;

/** Who made the claim, as a reader knows them: the speaker's name, else their key, else the article. */
function who(c: TopicClaim): string {
  return c.speakerName || c.speakerKey || 'the article';
}

/** Who made the claim as the checks tell speakers apart: the stored identity, else the name's key; null for the narration. */
export function speakerIdentity(c: Pick<TopicClaim, 'speakerKey' | 'speakerId'>): string | null {
  return c.speakerId ?? c.speakerKey;
}

/** “Stephen O'Brien, over 3 years (2016-12-18)”. */
function say(c: TopicClaim): string {
  return `${who(c)}, ${c.polarity === 'negated' ? 'not ' : ''}${describeValue(c.value, c.unit)} (${dated(c)})`;
}

/**
 * When a figure was given: the day it was said, and the day a running toll stood at when that was earlier (“Varga
 * said on Thursday evening that 12 people had died”, in Friday's paper: “2025-09-04, said 2025-09-05”).
 */
function dated(c: TopicClaim): string {
  const day = asOf(c);
  return day !== null && day !== c.saidAt ? `${day}, said ${c.saidAt}` : c.saidAt;
}

/** Where a duration puts the start: “on 2015-02-20”, “before 2013-12-18”, “between … and …”. */
function startWords(c: TopicClaim): string {
  const { earliest, latest } = c.impliedStart ?? { earliest: null, latest: null };
  if (earliest && latest) return earliest === latest ? `on ${earliest}` : `between ${earliest} and ${latest}`;
  if (latest) return `on or before ${latest}`;
  return earliest ? `on or after ${earliest}` : 'at no known date';
}

/** Durations and start dates: implied starts further apart than their precision. */
function durationFinding(topic: string, a: TopicClaim, b: TopicClaim): Finding | null {
  // “it has not lasted three years” puts no start anywhere
  if (a.polarity === 'negated' || b.polarity === 'negated') return null;
  if (!a.impliedStart || !b.impliedStart || !sameThing(a, b)) return null;
  const { gap, tolerance } = startGap(a.impliedStart, b.impliedStart);
  if (gap <= tolerance) return null;
  return {
    kind: 'duration-mismatch',
    topic,
    claimIds: [a.id, b.id],
    reason: `${say(a)} puts the start ${startWords(a)}; ${say(b)} puts it ${startWords(b)}: ${gap} days apart, more than the ${tolerance}-day precision`,
  };
}

/** Measures whose figures are of anything (“8.2 percent”, “150 million euros”): comparable only when both say of what. */
const OF_SOMETHING: ReadonlySet<string> = new Set(['share', 'change', 'money']);


/**
 * Bare head counts (“112 people”, “640 people”): what they count is not said (the dead, the treated, the sheltered), so
 * two of them are never at odds.
 */
export const UNCOMPARED_MEASURES: ReadonlySet<string> = new Set(['people']);

/**
 * Two figures measure the same thing: always for counts of an event and durations; for shares and amounts, when both
 * say they are of the same thing. A duration of nothing named (“for 15 years”, “for five days”) is of anything.
 */
function sameThing(a: TopicClaim, b: TopicClaim): boolean {
  if (UNCOMPARED_MEASURES.has(a.measure)) return false;
  // things counted are comparable as the same things only (86,000 and 140,000 vehicles; never vehicles and complaints)
  if (a.measure === 'quantity') return !!a.unit && ofKey(a.unit) === ofKey(b.unit);
  if (a.measure === 'duration' && (!a.subject || !b.subject)) return false;
  // votes of no named candidate (“9 million votes”) are anyone's
  if (a.measure === 'votes' && (!a.group || !b.group)) return false;
  if (!OF_SOMETHING.has(a.measure)) return true;
  const x = ofKey(a.of ?? a.group);
  return x !== '' && x === ofKey(b.of ?? b.group);
}

/**
 * Counts of one occasion each (“three hostages were released this morning”, “seven came out”): two given on different
 * days with no period stated are two releases, neither a revision nor at odds.
 */
const ONE_OCCASION_MEASURES: ReadonlySet<string> = new Set(['releases']);

/** Two figures of separate occasions: a count of one occasion each, no period stated, given on different days. */
function separateOccasions(a: TopicClaim, b: TopicClaim): boolean {
  return ONE_OCCASION_MEASURES.has(a.measure) && !a.time && !b.time && a.saidAt !== b.saidAt;
}

/** Both figures on one side of zero, neither zero: only then is one some number of times the other. */
function sameSign(x: number, y: number): boolean {
  return (x > 0 && y > 0) || (x < 0 && y < 0);
}

/** How many times the larger figure is the smaller, by size (a fall of 12% is 2-fold a fall of 6%); figures of one sign. */
function foldOf(x: number, y: number): number {
  const [p, q] = [Math.abs(x), Math.abs(y)];
  return Math.max(p, q) / Math.min(p, q);
}

/** What a pair of figures across zero says: a rise and a fall, or a figure and none. */
function acrossZero(x: number, y: number, measure: string): string {
  if (x !== 0 && y !== 0) return measure === 'change' ? 'one a rise, the other a fall' : 'one above zero, the other below';
  return measure === 'change' ? 'one no change, the other a change' : 'one gives none, the other some';
}

/** Two speakers' figures for the same period. */
function pairFinding(topic: string, a: TopicClaim, b: TopicClaim, factor: number, windowDays: number): Finding | null {
  const one = speakerIdentity(a);
  if (!a.value || !b.value || (one !== null && one === speakerIdentity(b))) return null;
  if (separateOccasions(a, b)) return null;
  // inflation at 8.2% and growth at 1.1% are not at odds
  if (!sameThing(a, b)) return null;
  // a running toll as it stood on two days is the toll at two times, not one period (4 dead on the first day of an
  // outbreak and 18 a week later): only a fall is at odds
  const dayA = asOf(a);
  const dayB = asOf(b);
  const running = dayA !== null && dayB !== null;
  if (running && dayA !== dayB) return tollFell(topic, a, b, factor, windowDays);
  // a count of people in a state that ends, given as of two days, is that count at two times whichever way it moved
  // (“at least 30 missing” on Monday, “nine were still missing” on Wednesday: the others were found); a denial
  // (“there were never 14 hostages”) still denies the figure of any day
  const standsA = standingDay(a);
  const standsB = standingDay(b);
  if (standsA !== null && standsB !== null && standsA !== standsB && a.polarity === 'affirmed' && b.polarity === 'affirmed') return null;
  if (!samePeriod(a, b, windowDays)) return null;
  // figures in units that cannot be compared (dollars and euros) are neither at odds nor in agreement
  const values = comparableValues(a, b);
  if (!values) return null;
  const [av, bv] = values;
  const ids = [a.id, b.id];
  const citing = a.citedSourceKey && a.citedSourceKey === b.speakerKey ? a : b.citedSourceKey && b.citedSourceKey === a.speakerKey ? b : null;
  if (citing) {
    const own = citing === a ? b : a;
    // a denial is at odds with the figure it denies, not with another one (“never 14” citing a source's 9 agrees with it)
    const differs = citing.polarity !== own.polarity ? !disjoint(av, bv, CITED_TOLERANCE) : citing.polarity === 'affirmed' && disjoint(av, bv, CITED_TOLERANCE);
    return differs ? { kind: 'cited-source-mismatch', topic, claimIds: ids, reason: `${say(citing)}, citing ${who(own)}, whose own figure is ${describeValue(own.value, own.unit)} (${dated(own)})` } : null;
  }
  const apart = disjoint(av, bv);
  if (a.polarity !== b.polarity) {
    return apart ? null : { kind: 'contradiction', topic, claimIds: ids, reason: `${say(a)} vs ${say(b)}: one affirms what the other denies` };
  }
  if (a.polarity === 'negated' || !apart) return null;
  if (isOpen(av) || isOpen(bv)) {
    return { kind: 'contradiction', topic, claimIds: ids, reason: `${say(a)} and ${say(b)} cannot both hold for the same period` };
  }
  const pa = pointOf(av);
  const pb = pointOf(bv);
  // a rise and a fall (14% and -6%), or a figure and none, differ by no number of times: a ratio across zero means nothing
  if (!sameSign(pa, pb)) {
    return { kind: 'contradiction', topic, claimIds: ids, reason: `${say(a)} and ${say(b)} cannot both hold for the same period: ${acrossZero(pa, pb, a.measure)}` };
  }
  const ratio = foldOf(pa, pb);
  if (ratio > factor) return { kind: 'divergence', topic, claimIds: ids, reason: `${say(a)} and ${say(b)} differ ${ratio.toFixed(1)}-fold for the same period (more than ${factor}×)` };
  // Within the factor, two sources' figures on the same day for the same period (87 and 112
  // dead, told the same afternoon) are still at odds: one of them is out of date or wrong.
  // A running toll's day is the one it stood at (“12 on Thursday”, said on Friday, and “11 by Thursday night”).
  // (Durations are as round as their unit — “two years” may be 30 months — and are checked by their starts.)
  if (a.kind === 'duration' || (!running && a.saidAt !== b.saidAt) || !sameStatedPeriod(a, b) || !disjoint(av, bv, DISCREPANCY_TOLERANCE)) return null;
  return { kind: 'discrepancy', topic, claimIds: ids, reason: `${say(a)} and ${say(b)}: different figures on the same day for the same period (${Math.round((ratio - 1) * 100)}% apart)` };
}

/** Counts that only grow as an event goes on: a later, higher figure is the toll rising (or the count going on), not a contradiction. */
const RUNNING_TOLLS: ReadonlySet<string> = new Set(['deaths', 'injuries', 'casualties', 'cases', 'infections', 'votes', 'votes-cast']);

/** Running tolls of an event, which grow as it goes on (votes are counted once, so a later count revises the first). */
const EVENT_TOLLS: ReadonlySet<string> = new Set(['deaths', 'injuries', 'casualties', 'cases', 'infections']);

/**
 * Counts of people (or homes) in a state that ends: the missing are found, the evacuated and displaced go home, hostages
 * are freed, power comes back. Such a count rises and falls as an event goes on (“at least 30 missing”, then “22 are still
 * missing”, then “nine”), so, unlike a running toll, a later figure under an earlier one is no sign that either is wrong.
 */
const STANDING_COUNTS: ReadonlySet<string> = new Set(['missing', 'evacuation', 'displacement', 'besieged', 'detention', 'refugees', 'outages']);

/** The day a standing count stood at (read as a running toll's is), or null for other measures. */
function standingDay(c: TopicClaim): string | null {
  return STANDING_COUNTS.has(c.measure) ? dayStood(c) : null;
}

/**
 * The day a running toll stood at, or null when the figure is no running toll. With no period
 * stated, or one counted up to the day it was said (“since Thursday”, “so far this year”), the day
 * it was said; with one earlier day, that day (“Varga said on Thursday evening that 12 people had
 * died”, in Friday's paper; “11 deaths had been recorded by Thursday night”). A toll of a stretch
 * of its own (“last week”, “in December”, “in 2019”) is compared as a period instead.
 */
export function asOf(c: Pick<TopicClaim, 'measure' | 'time' | 'saidAt'>): string | null {
  return RUNNING_TOLLS.has(c.measure) ? dayStood(c) : null;
}

/** The day a count stood at: the day it was said, or the one earlier day its period states; null for a stretch of its own. */
function dayStood(c: Pick<TopicClaim, 'time' | 'saidAt'>): string | null {
  const said = c.saidAt.slice(0, 10);
  if (!c.time) return said;
  const { from, to } = c.time;
  if (!to) return null;
  if (to >= said) return said;
  return from === to ? to : null;
}

/**
 * A running toll given as of two days, within the window: at odds only when the later figure is
 * under the earlier one's least (a toll does not fall) — a contradiction when either is a bound
 * (“over 150” then “68”), a divergence when it is more than the factor under it. A rise, however
 * steep, is the toll going on.
 */
function tollFell(topic: string, a: TopicClaim, b: TopicClaim, factor: number, windowDays: number): Finding | null {
  const da = parseIsoDay(asOf(a));
  const db = parseIsoDay(asOf(b));
  if (da === null || db === null || Math.abs(da - db) > windowDays) return null;
  if (a.polarity === 'negated' || b.polarity === 'negated') return null;
  const values = comparableValues(a, b);
  if (!values) return null;
  const [early, late] = da < db ? [a, b] : [b, a];
  const [ev, lv] = da < db ? values : [values[1], values[0]];
  if (bounds(lv)[1] >= bounds(ev)[0]) return null;
  const ids = [a.id, b.id];
  if (isOpen(ev) || isOpen(lv)) {
    return { kind: 'contradiction', topic, claimIds: ids, reason: `${say(early)} and ${say(late)} cannot both hold: a running toll does not fall` };
  }
  // (a toll fallen to none is no number of times lower)
  if (!sameSign(pointOf(ev), pointOf(lv))) {
    return { kind: 'contradiction', topic, claimIds: ids, reason: `${say(early)} and ${say(late)} cannot both hold: a running toll does not fall` };
  }
  const ratio = foldOf(pointOf(ev), pointOf(lv));
  if (ratio <= factor) return null;
  return { kind: 'divergence', topic, claimIds: ids, reason: `${say(early)} and ${say(late)} differ ${ratio.toFixed(1)}-fold, the later the lower (a running toll does not fall; more than ${factor}×)` };
}

/** No period stated by either, or the same one by both. */
function sameStatedPeriod(a: TopicClaim, b: TopicClaim): boolean {
  if (!a.time || !b.time) return !a.time && !b.time;
  return a.time.from === b.time.from && a.time.to === b.time.to;
}

/** The day a figure takes its place in its speaker's chain: the day a running toll or a standing count stood at, else the day it was said. */
function chainDay(c: TopicClaim): string {
  return asOf(c) ?? standingDay(c) ?? c.saidAt;
}

/**
 * A speaker's consecutive figures that moved, day by day. Of one day's figures of a running
 * toll, the highest is the day's toll (“12 people had died … three of them at St. Cyril”);
 * of other measures, the first is compared with the day before and the last with the day after.
 */
function revisions(topic: string, list: TopicClaim[], out: Finding[]): void {
  const chains = new Map<string, TopicClaim[]>();
  for (const c of list) {
    const id = speakerIdentity(c);
    if (!id || !c.value || c.impliedStart || c.polarity === 'negated') continue;
    const chain = chains.get(id);
    if (chain) chain.push(c); else chains.set(id, [c]);
  }
  const order = new Map(list.map((c, i) => [c.id, i]));
  const found: Array<{ at: number; finding: Finding }> = [];
  for (const unsorted of chains.values()) {
    // (a day's figure told again on a later day is that day's figure revised: “the correct figure for Monday was 49”,
    // told on Tuesday, follows Monday's 46)
    const dayOf = (x: TopicClaim): string => `${chainDay(x)}|${x.saidAt}`;
    const chain = [...unsorted].sort((x, y) => (dayOf(x) < dayOf(y) ? -1 : dayOf(x) > dayOf(y) ? 1 : 0));
    let prev: TopicClaim | null = null;
    for (let i = 0; i < chain.length;) {
      let j = i + 1;
      while (j < chain.length && dayOf(chain[j]) === dayOf(chain[i])) j++;
      const day = chain.slice(i, j);
      i = j;
      const tolls = day.filter((c) => asOf(c) !== null);
      const highest = tolls.length ? tolls.reduce((m, c) => (pointOf(c.value!) > pointOf(m.value!) ? c : m)) : null;
      const c = highest ?? day[0];
      const last = highest ?? day[day.length - 1];
      const before = prev;
      prev = last;
      // (a running toll stood at one day, then at another: “12 on Thursday” and “nine on Friday” are one toll moving, not
      // two periods)
      const running = before !== null && ((asOf(c) !== null && asOf(before) !== null) || (standingDay(c) !== null && standingDay(before) !== null));
      if (!before || !before.value || (!running && periodsApart(before, c)) || !sameThing(before, c) || separateOccasions(before, c)) continue;
      const values = comparableValues(c, before);
      if (!values) continue;
      const [nowValue, prevValue] = values;
      const was = pointOf(prevValue);
      const now = pointOf(nowValue);
      if (Math.abs(now - was) <= REVISION_TOLERANCE * Math.max(was, now) && !disjoint(prevValue, nowValue)) continue;
      const direction = now > was ? 'raised' : 'lowered';
      // an event's toll as it stood on a later day, higher, is the toll going on, not the earlier day's figure changed (3
      // dead on Monday, 5 on Tuesday); only a fall, or a new figure for the same day, revises it
      if (direction === 'raised' && EVENT_TOLLS.has(c.measure) && asOf(c) !== null && asOf(before) !== null && asOf(c) !== asOf(before)) continue;
      found.push({
        at: order.get(c.id) ?? 0,
        finding: { kind: 'revision', topic, claimIds: [before.id, c.id], direction, reason: `${who(c)} ${direction} the figure from ${describeValue(before.value, before.unit)} (${dated(before)}) to ${describeValue(c.value, c.unit)} (${dated(c)})` },
      });
    }
  }
  found.sort((x, y) => x.at - y.at);
  for (const f of found) out.push(f.finding);
}

/**
 * Findings across the claims, grouped by topic, in said-at order. Quadratic within a topic
 * only; with `pairsWith` linear in the topic for each new claim.
 */
export function checkConsistency(claims: TopicClaim[], options: ConsistencyOptions = {}): Finding[] {
  const factor = options.divergenceFactor ?? 2;
  const windowDays = options.unstatedPeriodDays ?? 7;
  const topics = new Map<string, TopicClaim[]>();
  for (const c of claims) {
    if (c.kind === 'ranking' || c.kind === 'comparison') continue;
    const key = topicKey(c).key;
    const list = topics.get(key);
    if (list) list.push(c); else topics.set(key, [c]);
  }
  const out: Finding[] = [];
  for (const [topic, unsorted] of topics) {
    const list = [...unsorted].sort((x, y) => (x.saidAt < y.saidAt ? -1 : x.saidAt > y.saidAt ? 1 : 0));
    const only = options.pairsWith;
    for (let i = 0; i < list.length; i++) {
      const aNew = !only || only.has(list[i].id);
      for (let j = i + 1; j < list.length; j++) {
        if (!aNew && !only!.has(list[j].id)) continue;
        const [a, b] = [list[i], list[j]];
        const f = a.impliedStart || b.impliedStart ? durationFinding(topic, a, b) : pairFinding(topic, a, b, factor, windowDays);
        if (f) out.push(f);
      }
    }
    const chains = options.revisionsOf;
    revisions(topic, chains ? list.filter((c) => { const id = speakerIdentity(c); return id !== null && chains.has(id); }) : list, out);
  }
  return out;
}
