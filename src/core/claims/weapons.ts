/**
 * Weapons counted in a war report: how many were launched (“Russia launched 143 drones and four ballistic missiles”) and
 * how many were shot down (“air defenses shot down or jammed 118 of the drones”, “destroyed 57 Ukrainian drones”). Each
 * weapon is counted on its own, in its own noun: 143 drones and four missiles told in one breath are no two figures of
 * one thing, and the drones shot down are no second count of the drones launched.
 */
import type { Token } from '../text/tokenize';
import type { Figure } from './qualifier';
import type { Measure, ReadFigure } from './types';

/** What `weapons` found: the measure, the weapon (its noun as written, also the unit) and the token range of the claim. */
export type WeaponFigure = ReadFigure & { group: string };

/** Weapons counted one by one: “143 drones”, “four ballistic missiles”, “40 rockets”, “12 shells”. */
export const WEAPONS: ReadonlySet<string> = new Set(['drones', 'missiles', 'rockets', 'shells', 'uavs', 'bombs', 'projectiles']);

/** Verbs of bringing a weapon down before its figure: “shot down 118”, “intercepted 57”, “destroyed 57 Ukrainian drones”. */
const DOWNING: ReadonlySet<string> = new Set([
  'intercepted', 'intercepting', 'intercepts', 'destroyed', 'destroying', 'downed', 'downing', 'jammed', 'neutralised', 'neutralized',
  'repelled', 'suppressed', 'down',
]);
/** Words between a verb of downing and the figure: “shot down or jammed 118”, “had destroyed all 57”. */
const BETWEEN: ReadonlySet<string> = new Set(['or', 'and', 'all', 'at', 'least', 'some', 'about', 'nearly', 'almost', 'over', 'more', 'than', 'jammed', 'shot']);
/** Words after a weapon that say it was brought down: “118 drones were shot down”, “had been intercepted”. */
const PASSIVE: ReadonlySet<string> = new Set(['were', 'was', 'had', 'have', 'has', 'been', 'being', 'reportedly', 'successfully']);
/** How many words may describe a weapon between its figure and its noun: “four ballistic missiles”, “12 Iskander-M missiles”. */
const MODIFIERS = 2;

/** The weapon noun after the figure ending at `end`, past “of the” or “of them” and a modifier or two; its token, or -1. */
function weaponAfter(tokens: Token[], end: number): number {
  let k = end;
  if (tokens[k]?.lower === 'of' && (tokens[k + 1]?.lower === 'the' || tokens[k + 1]?.lower === 'these' || tokens[k + 1]?.lower === 'those')) k += 2;
  for (let j = k; j <= k + MODIFIERS && tokens[j]?.kind === 'word'; j++) if (WEAPONS.has(tokens[j].lower)) return j;
  return -1;
}

/** A verb of downing before the figure at `start`: “shot down or jammed 118”; not “came down” nor “cut down”. */
function downedBefore(tokens: Token[], start: number): boolean {
  for (let b = start - 1; b >= 0 && start - b <= 4; b--) {
    const t = tokens[b];
    if (t.kind !== 'word') return false;
    if (t.lower === 'down') return tokens[b - 1]?.lower === 'shot' || tokens[b - 1]?.lower === 'brought';
    if (DOWNING.has(t.lower)) return true;
    if (!BETWEEN.has(t.lower)) return false;
  }
  return false;
}

/** “118 drones were shot down”, “four missiles had been intercepted”: a verb of downing after the weapon at `at`; its end, or -1. */
function downedAfter(tokens: Token[], at: number): number {
  let k = at + 1;
  while (k <= at + 3 && PASSIVE.has(tokens[k]?.lower ?? '')) k++;
  if (k === at + 1) return -1;
  if ((tokens[k]?.lower === 'shot' || tokens[k]?.lower === 'brought') && tokens[k + 1]?.lower === 'down') return k + 2;
  return DOWNING.has(tokens[k]?.lower ?? '') && tokens[k].lower !== 'down' ? k + 1 : -1;
}

/** Weapons launched (`attacks`) or shot down (`intercepted`) at `f`, counted in their own noun; null for anything else. */
export function weapons(tokens: Token[], f: Figure): WeaponFigure | null {
  if (f.raw.yearLike || f.raw.age) return null;
  const at = weaponAfter(tokens, f.raw.end);
  if (at < 0) return null;
  const noun = tokens[at].lower;
  const downed = downedBefore(tokens, f.start);
  const after = downed ? -1 : downedAfter(tokens, at);
  const measure: Measure = downed || after >= 0 ? 'intercepted' : 'attacks';
  return { kind: 'count', measure, unit: noun, group: noun, start: f.start, end: after >= 0 ? after : at + 1, valueEnd: at + 1 };
}
