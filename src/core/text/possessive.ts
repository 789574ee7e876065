/**
 * Possessive endings, read by character code: “Iran’s” → “Iran”.
 */

/** Drop a trailing ’s or 's — the same as `w.replace(/[’']s$/, '')`, without a regex. */
export function stripPossessive(w: string): string {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return w;
  const a = w.charCodeAt(n - 2);
  return a === 39 || a === 0x2019 ? w.slice(0, n - 2) : w;
}

/** The word ends in a possessive: “Iran’s”, “Trump's”, “the officials’” (a plural's bare apostrophe). */
export function endsPossessive(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  const last = w.charCodeAt(n - 1);
  const before = w.charCodeAt(n - 2);
  if (last === 115 || last === 83) return before === 39 || before === 0x2019; // ’s 's
  return (last === 39 || last === 0x2019) && (before === 115 || before === 83); // s’ s'
}
