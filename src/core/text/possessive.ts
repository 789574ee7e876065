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
