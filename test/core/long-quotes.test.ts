import { analyseArticle } from '../../src/core';
import { scanQuotes } from '../../src/core/quotes/scan-quotes';
import { MAX_SEGMENT_CHARS } from '../../src/core/data/quote-marks';

/** A speech of `n` plain words (no sentence ends, no marks). */
function speech(n: number): string {
  const words = ['the', 'harbour', 'budget', 'must', 'be', 'spent', 'on', 'dredging', 'and', 'not', 'on', 'offices'];
  return Array.from({ length: n }, (_, i) => words[i % words.length]).join(' ');
}

describe('a quotation longer than the segment limit', () => {
  it('is still read when its closing mark comes later in its paragraph', () => {
    const body = speech(3000);
    expect(body.length).toBeGreaterThan(MAX_SEGMENT_CHARS);
    const t = `The council met on Monday.\n\n“${body},” said councillor Ruth Okafor.`;
    const [q] = analyseArticle(t).quotes;
    expect(q.text).toBe(body);
    expect(q.speaker?.name).toBe('Ruth Okafor');
  });

  it('in a text long enough to be analysed in windows, the attribution after it stays with it', () => {
    const body = speech(30000);
    const t = `“${body}” said councillor Ruth Okafor.`;
    const r = analyseArticle(t);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].text.length).toBe(body.length);
    expect(r.quotes[0].speaker?.name).toBe('Ruth Okafor');
  });

  it('an opener never closed in its paragraph is still given up, and the quotations after it are read', () => {
    const t = `“${speech(3000)} and so on.\n\nThe mayor replied. “We will look at it,” she said.`;
    expect(scanQuotes(t).map((q) => t.slice(q.segments[0].start, q.segments[0].end))).toEqual(['We will look at it,']);
  });

  it('another quotation opening after the limit is read as its own', () => {
    const t = `The report began “${speech(3000)} and the mayor said “we will look at it” on Friday.`;
    const qs = scanQuotes(t).map((q) => t.slice(q.segments[0].start, q.segments[0].end));
    expect(qs).toEqual(['we will look at it']);
  });
});
