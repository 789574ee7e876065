/**
 * Superlatives and comparatives that make ranking and comparison claims:
 * “the deadliest attack since 2011”, “twice as many as last year”.
 */

/** Superlatives after “the” or a possessive: “the worst humanitarian crisis”. */
export const SUPERLATIVES: ReadonlySet<string> = new Set([
  'largest', 'biggest', 'worst', 'deadliest', 'bloodiest', 'highest', 'lowest', 'greatest', 'longest', 'heaviest', 'fiercest',
  'most', 'least', 'smallest', 'fastest', 'poorest', 'richest', 'costliest', 'strongest',
]);

/** Ordinals before a superlative: “second-largest” → 2. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);

/** Comparatives that need “than”: “higher than in 2015”. */
export const COMPARATIVES: ReadonlySet<string> = new Set([
  'more', 'less', 'fewer', 'higher', 'lower', 'larger', 'bigger', 'worse', 'greater', 'smaller', 'deadlier', 'longer', 'better',
]);

/** Multipliers that compare on their own: “twice as many”, “doubled”. */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['twice', 2], ['double', 2], ['doubled', 2], ['triple', 3], ['tripled', 3], ['trebled', 3], ['quadrupled', 4], ['halved', 0.5], ['thrice', 3],
]);

/** Words that end a ranking phrase: “the worst crisis [that] …”. */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'that', 'which', 'who', 'and', 'but', 'said', 'says', 'will', 'would', 'as',
]);
