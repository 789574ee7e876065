import { checkConsistency } from '../core/claims';
import type { ConsistencyOptions, Finding, TopicClaim } from '../core/claims';
import { parseIsoDay } from '../core/claims/dates';
import type { KeptPair } from '../db/repositories/ingest.repository';

/**
 * Pair findings kept for each claim: those against the claims at odds with it that were said
 * nearest in time. A topic where most claims disagree (406 accounts of how long a siege has
 * lasted, half of them a year apart) has a finding for nearly every pair, tens of thousands
 * that say the same thing; a fact-checker needs, for each claim, that it is at odds, with
 * how many others, and the closest cases, with the full list on demand (the claim's page).
 * So a topic keeps at most this many findings per claim and its stored findings grow with its
 * claims, not with their square.
 */
export const FINDINGS_PER_CLAIM = 3;

/**
 * Pairs compared in one step: a step's claims against every later one, so that one step holds
 * the event loop for tens of milliseconds (the checks take some 20 µs a pair that disagrees).
 */
const PAIRS_PER_STEP = 4000;

/** What a topic's bounded check gives: the findings kept, in order, and how many findings each claim is in, all told. */
export interface BoundedFindings {
  findings: Finding[];
  /** Every claim's count of findings (kept or not), by claim id: “at odds with 212 others”. */
  counts: Map<string, number>;
}

/** A pair finding's partner ranked by how near in time it was said, then by the order claims were given. */
interface Candidate {
  gap: number;
  at: number;
  finding: Finding;
}

/**
 * The consistency checks of one topic's claims (oldest said first), keeping for each claim the
 * findings against the `perClaim` claims at odds with it said nearest in time (the first given
 * on a tie), and every revision (a speaker's own chain, one finding per change). A pair is kept
 * when it is among the nearest of either of its claims. Where no claim is at odds with more
 * than `perClaim` others, these are every finding the checks give, in their order.
 *
 * A generator that yields after each step of a few claims, so a caller on the web process can
 * give the event loop back between steps (see `boundedFindingsAsync`); memory stays bounded by
 * one step's findings and the ones kept.
 */
export function* boundedFindingsSteps(claims: TopicClaim[], options: ConsistencyOptions, perClaim = FINDINGS_PER_CLAIM): Generator<void, BoundedFindings> {
  const counts = new Map<string, number>();
  const bump = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  const index = new Map(claims.map((c, i) => [c.id, i]));
  const day = claims.map((c) => parseIsoDay(c.saidAt) ?? 0);
  const nearest: Candidate[][] = claims.map(() => []);
  const offer = (i: number, cand: Candidate) => {
    const list = nearest[i];
    const before = (x: Candidate, y: Candidate) => x.gap < y.gap || (x.gap === y.gap && x.at < y.at);
    if (list.length === perClaim && !before(cand, list[list.length - 1])) return;
    let k = list.length;
    while (k > 0 && before(cand, list[k - 1])) k--;
    list.splice(k, 0, cand);
    if (list.length > perClaim) list.pop();
  };
  // Revisions: one chain per speaker, linear in the topic, all kept.
  const revisions = checkConsistency(claims, { ...options, pairsWith: new Set() });
  for (const f of revisions) for (const id of f.claimIds) bump(id);
  const none: ReadonlySet<string> = new Set();
  const size = Math.max(1, Math.floor(PAIRS_PER_STEP / Math.max(1, claims.length)));
  for (let start = 0; start < claims.length; start += size) {
    const end = Math.min(claims.length, start + size);
    const block = new Set(claims.slice(start, end).map((c) => c.id));
    // the step's claims against each other and every later claim (the earlier ones met them in their own step)
    for (const f of checkConsistency(claims.slice(start), { ...options, pairsWith: block, revisionsOf: none })) {
      const [i, j] = f.claimIds.map((id) => index.get(id)!);
      bump(f.claimIds[0]);
      bump(f.claimIds[1]);
      const gap = Math.abs(day[i] - day[j]);
      offer(i, { gap, at: j, finding: f });
      offer(j, { gap, at: i, finding: f });
    }
    yield;
  }
  // Each kept pair once, in the order of its claims (the checks' own order).
  const kept = new Map<Finding, [number, number]>();
  for (const list of nearest) {
    for (const c of list) {
      const [i, j] = c.finding.claimIds.map((id) => index.get(id)!);
      kept.set(c.finding, [Math.min(i, j), Math.max(i, j)]);
    }
  }
  const pairs = [...kept].sort((x, y) => x[1][0] - y[1][0] || x[1][1] - y[1][1]).map(([f]) => f);
  return { findings: [...pairs, ...revisions], counts };
}

/** `boundedFindingsSteps` run to its end at once (ingest, tests). */
export function boundedFindings(claims: TopicClaim[], options: ConsistencyOptions, perClaim = FINDINGS_PER_CLAIM): BoundedFindings {
  const steps = boundedFindingsSteps(claims, options, perClaim);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/**
 * `boundedFindingsSteps` giving the event loop back between steps: an editor's merge of two
 * topics of 500 claims each compares 500,000 pairs, and other readers' pages are served meanwhile.
 */
export async function boundedFindingsAsync(claims: TopicClaim[], options: ConsistencyOptions, perClaim = FINDINGS_PER_CLAIM): Promise<BoundedFindings> {
  const steps = boundedFindingsSteps(claims, options, perClaim);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** What new pair findings change in a topic's stored ones: which of the new to keep (by index), which stored to drop (by id). */
export interface BoundedChange {
  keep: Set<number>;
  drop: number[];
}

/**
 * The stored findings of a topic moved on by new pair findings, as `boundedFindingsSteps` over
 * the whole topic would keep them, without comparing the stored claims again. The stored
 * findings of a claim hold its `perClaim` nearest (those are kept whatever its partner's), so
 * its nearest among its stored and new findings are its nearest of all. A new finding is kept
 * when among the nearest of either claim; a stored one of a claim that met a new finding stays
 * only while it is among the nearest of either of its claims. Linear in the stored findings.
 */
export function boundedChange(
  added: ReadonlyArray<{ claimIds: number[] }>,
  /** Every claim's day said (those of the new findings and the stored ones). */
  saidAt: ReadonlyMap<number, string>,
  stored: readonly KeptPair[],
  perClaim = FINDINGS_PER_CLAIM,
): BoundedChange {
  const said = new Map(saidAt);
  for (const f of stored) f.claimIds.forEach((id, k) => said.set(id, f.saidAt[k]));
  const day = new Map([...said].map(([id, s]) => [id, parseIsoDay(s) ?? 0]));
  // a claim's findings, each by its partner: the full check ranks them by days apart, then by the partner's place (said, then id)
  const lists = new Map<number, Array<{ partner: number; ref: string }>>();
  const enter = (id: number, partner: number, ref: string) => {
    const list = lists.get(id);
    if (list) list.push({ partner, ref }); else lists.set(id, [{ partner, ref }]);
  };
  added.forEach((f, i) => { enter(f.claimIds[0], f.claimIds[1], `n${i}`); enter(f.claimIds[1], f.claimIds[0], `n${i}`); });
  for (const f of stored) { enter(f.claimIds[0], f.claimIds[1], `s${f.id}`); enter(f.claimIds[1], f.claimIds[0], `s${f.id}`); }
  const nearest = new Map<number, Set<string>>();
  const nearestOf = (id: number): Set<string> => {
    let set = nearest.get(id);
    if (set) return set;
    const own = day.get(id)!;
    const place = (p: number) => said.get(p)!;
    const ranked = [...(lists.get(id) ?? [])].sort((x, y) =>
      Math.abs(day.get(x.partner)! - own) - Math.abs(day.get(y.partner)! - own)
      || (place(x.partner) < place(y.partner) ? -1 : place(x.partner) > place(y.partner) ? 1 : x.partner - y.partner));
    set = new Set(ranked.slice(0, perClaim).map((c) => c.ref));
    nearest.set(id, set);
    return set;
  };
  const keep = new Set<number>();
  added.forEach((f, i) => { if (f.claimIds.some((id) => nearestOf(id).has(`n${i}`))) keep.add(i); });
  const met = new Set(added.flatMap((f) => f.claimIds));
  const drop = stored
    .filter((f) => f.claimIds.some((id) => met.has(id)) && !f.claimIds.some((id) => nearestOf(id).has(`s${f.id}`)))
    .map((f) => f.id);
  return { keep, drop };
}
