/** `s` with LIKE's wildcards escaped, to match as typed inside a LIKE/ILIKE pattern. */
export function escapeLike(s: string): string {
  return s.replace(/[%_\\]/g, '\\$&');
}
