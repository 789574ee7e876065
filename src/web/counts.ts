/**
 * A count as every page writes it, with thousands separated: “15,525”. Pages and messages use
 * this (or `countOf`) for every count, so one page does not say “15525 quotes” and another “15,525”.
 */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

const COUNT = new Intl.NumberFormat('en');

/** A count with its noun in the right number: "1 quote", "2 quotes", "1,204 claims", "0 conflicts". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
