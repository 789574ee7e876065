import { articleInputSchema, parsePublishedDate } from '../../src/services/article-input';

const iso = (s: string) => parsePublishedDate(s)?.toISOString() ?? null;

describe('reading a publication date', () => {
  it('reads ISO dates and times, the dates of feeds and dates written with the month in words', () => {
    expect(iso('2016-12-18')).toBe('2016-12-18T00:00:00.000Z');
    expect(iso('2016-12-18T08:30:00+02:00')).toBe('2016-12-18T06:30:00.000Z');
    expect(iso('2016-12-18 08:30')).toBe('2016-12-18T08:30:00.000Z');
    expect(iso('Sun, 18 Dec 2016 08:00:00 +0300')).toBe('2016-12-18T05:00:00.000Z');
    expect(iso('18 December 2016')).toBe('2016-12-18T00:00:00.000Z');
    expect(iso('December 18, 2016')).toBe('2016-12-18T00:00:00.000Z');
    expect(iso('Tuesday, March 5th, 2024')).toBe('2024-03-05T00:00:00.000Z');
    expect(iso('2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
  });

  it('refuses a date that could be two days, has no year, or does not exist, rather than store another day', () => {
    for (const s of ['12/03/2025', '03.12.2025', 'March 5', '1', 'yesterday', '2025-02-30', '2023-02-29', '31/02/2025', '2025-13-01']) expect(iso(s)).toBeNull();
  });

  it('says a day that does not exist does not, rather than call it a date that could be two days', () => {
    const problem = (publishedAt: string) => {
      const r = articleInputSchema.safeParse({ title: 'T', text: '“We will build it,” said Ana Ruiz.', publishedAt });
      return r.success ? null : r.error.issues[0].message;
    };
    expect(problem('2025-02-30')).toBe('must be a day that exists: February 2025 has 28 days, not 30');
    expect(problem('2023-02-29T08:00:00Z')).toBe('must be a day that exists: February 2023 has 28 days, not 29');
    expect(problem('31 April 2024')).toBe('must be a day that exists: April 2024 has 30 days, not 31');
    expect(problem('2025-13-01')).toBe('must be a day that exists: a year has 12 months, not 13');
    expect(problem('2025-04-10T25:00')).toMatch(/^must have a time of day that exists/);
    for (const s of ['2025-02-30', '31 April 2024', '2025-13-01']) expect(problem(s)).not.toMatch(/either of two days/);
    expect(problem('0025-02-10')).toBe('must be between 1800 and today');
    expect(problem('2024-02-29')).toBeNull();
  });

  it('gives the submitter a message saying what to write', () => {
    const r = articleInputSchema.safeParse({ title: 'T', text: '“We will build it,” said Ana Ruiz.', publishedAt: '12/03/2025' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/must be a date such as 2016-12-18/);
  });
});
