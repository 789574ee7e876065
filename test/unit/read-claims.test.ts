/**
 * An article's claims are read with its analysis, before its transaction, for the day they were
 * said; the rows stored are those read in the transaction would have been, also when the day read
 * for an undated article turns out not to be its day of arrival.
 */
import { analyseArticle } from '../../src/core';
import { articleClaimRows, readClaims } from '../../src/services/store-claims';

const TEXT = 'The death toll from Sunday\'s earthquake in northern Carvania rose to 87 on Tuesday, the disaster agency said.\n\n'
  + '“We have counted 420 injured in the three valleys,” said Mara Quell, the agency\'s director, adding that the search had lasted six days.';

function rowsOf(saidAt: Date, read?: ReturnType<typeof readClaims> | null) {
  const analysis = analyseArticle(TEXT, { publishedAt: saidAt.toISOString() });
  const sources = { quotes: new Map(analysis.quotes.map((_, p) => [p, 100 + p])), statements: new Map(analysis.statements.map((_, p) => [p, 200 + p])) };
  return articleClaimRows({ articleId: 7, text: TEXT, analysis, saidAt, speakerIds: new Map(), read }, sources);
}

describe('claims read before the transaction', () => {
  const day = new Date('2025-05-06T00:00:00Z');

  it('give the rows the transaction would have read', () => {
    const analysis = analyseArticle(TEXT, { publishedAt: day.toISOString() });
    const read = readClaims(TEXT, analysis, day);
    expect(read.day).toBe('2025-05-06');
    expect(read.claims.length).toBeGreaterThan(0);
    const plain = rowsOf(day);
    expect(plain.rows.length).toBeGreaterThan(0);
    expect(rowsOf(day, read)).toEqual(plain);
  });

  it('are used as read for the same day', () => {
    // (an empty reading stands out: the rows come from it, not from reading the text again)
    expect(rowsOf(day, { day: '2025-05-06', claims: [] }).rows).toEqual([]);
  });

  it('are read again for another day (an undated article that arrived after midnight)', () => {
    const later = new Date('2025-05-07T00:00:05Z');
    const rows = rowsOf(later, { day: '2025-05-06', claims: [] });
    expect(rows.rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(rowsOf(later));
    expect(rows.rows.every((r) => r.said_at === '2025-05-07')).toBe(true);
  });
});
