/**
 * Check-worthiness (0–1): casualty and siege figures first, then money and shares,
 * rankings last; attributed, sourced and precise claims score higher than hedged or vague ones.
 */
import type { Measure } from './types';

/** Base worth of a claim by what it measures. */
const MEASURE_WEIGHT: Readonly<Record<Measure, number>> = {
  deaths: 0.9, injuries: 0.8, casualties: 0.85, missing: 0.75, displacement: 0.8, evacuation: 0.7, besieged: 0.75, detention: 0.75, releases: 0.7, rescued: 0.7, cases: 0.8, infections: 0.75,
  refugees: 0.75, attacks: 0.7, turnout: 0.6, people: 0.5, 'siege-duration': 0.8, 'conflict-duration': 0.6, 'detention-duration': 0.65,
  'displacement-duration': 0.6, duration: 0.3, 'event-date': 0.5, money: 0.6, share: 0.6, change: 0.6, quantity: 0.45, rank: 0.5, comparison: 0.4,
  votes: 0.65, 'vote-margin': 0.7, 'votes-cast': 0.65, 'votes-for': 0.6, 'votes-against': 0.6, wins: 0.4, losses: 0.4, draws: 0.4, intercepted: 0.6, outages: 0.6, arrivals: 0.65,
  strikers: 0.6,
};

/** The facts about a claim the score reads. */
export interface ScoreInput {
  measure: Measure;
  hasSubject: boolean;
  hasSpeaker: boolean;
  cited: boolean;
  hedged: boolean;
  vague: boolean;
  negated: boolean;
  inQuote: boolean;
}

/** Score one claim. */
export function checkWorthiness(c: ScoreInput): number {
  let s = MEASURE_WEIGHT[c.measure];
  if (c.hasSubject) s += 0.05; else s -= 0.15; // “300 died in eastern Aleppo” beats “300 died”
  if (c.hasSpeaker) s += 0.03;
  if (c.inQuote) s += 0.02;
  if (c.cited) s += 0.05; // “according to the UN”
  if (c.hedged) s -= 0.1; // “may have been killed”
  if (c.vague) s -= 0.1; // “dozens”
  if (c.negated) s += 0.05; // denials are often the disputed part
  return Math.round(Math.min(1, Math.max(0, s)) * 100) / 100;
}
