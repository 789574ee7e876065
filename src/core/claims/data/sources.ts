/**
 * Source names: words allowed inside a cited source (“the Syrian Observatory for Human
 * Rights”, “local health officials”), generic tails dropped from keys, and aliases.
 */

/** Lower-case words a cited source may contain besides capitalised names: “according to local activists”. */
export const SOURCE_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'for', 'and', 'local', 'health', 'medical', 'rescue', 'civil', 'defence', 'defense', 'human', 'rights', 'state', 'media',
  'figures', 'data', 'estimates', 'estimate', 'statistics', 'officials', 'official', 'sources', 'source', 'activists', 'monitor',
  'ministry', 'group', 'agency', 'observatory', 'workers', 'medics', 'doctors', 'residents', 'witnesses', 'hospital', 'opposition',
  'government', 'army', 'military', 'police', 'authorities', 'its', 'their', 'latest', 'new', 'official', 'a', 'an', 'report', 'count', 'tally',
  'war', 'monitoring', 'aid', 'relief', 'organisation', 'organization', 'spokesman', 'spokeswoman', 'spokesperson', 'united', 'nations',
]);

/** Generic words dropped from the end of a source key: “UN figures” → “un”. */
export const SOURCE_TAILS: ReadonlySet<string> = new Set([
  'figures', 'data', 'estimates', 'estimate', 'statistics', 'count', 'tally', 'report', 'reports', 'officials', 'official',
  'spokesman', 'spokeswoman', 'spokesperson', 'sources', 'source',
]);

/** Normalised source name → canonical key: “un” and “u.n.” → “united nations”. */
export const SOURCE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['un', 'united nations'], ['u.n', 'united nations'], ['u.n.', 'united nations'], ['the un', 'united nations'],
  ['sohr', 'syrian observatory for human rights'], ['syrian observatory', 'syrian observatory for human rights'],
  ['observatory', 'syrian observatory for human rights'], ['who', 'world health organization'],
  ['world health organisation', 'world health organization'], ['unhcr', 'un refugee agency'], ['un refugee agency', 'un refugee agency'],
  ['ocha', 'un office for the coordination of humanitarian affairs'], ['icrc', 'international committee of the red cross'],
  ['red cross', 'international committee of the red cross'], ['msf', 'doctors without borders'], ['medecins sans frontieres', 'doctors without borders'],
  ['white helmets', 'syria civil defence'], ['syrian civil defence', 'syria civil defence'], ['amnesty', 'amnesty international'],
]);
