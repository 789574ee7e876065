/** A count with its noun in the right number: "1 quote", "2 quotes", "1,204 claims", "0 conflicts". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}
