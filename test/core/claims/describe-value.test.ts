import { describeValue } from '../../../src/core/claims/compare';
import type { ClaimValue } from '../../../src/core/claims';

const exact = (stated: number): ClaimValue => ({ low: null, high: null, stated, qualifier: 'exact' });

describe('a figure described as a reader would say it', () => {
  it('writes shares with a percent sign and amounts with their currency code, never pluralised', () => {
    expect(describeValue(exact(45), 'percent')).toBe('45%');
    expect(describeValue({ low: 3, high: null, stated: 3, qualifier: 'over' }, 'percent')).toBe('over 3%');
    expect(describeValue(exact(2_500_000), 'USD')).toBe('2,500,000 USD');
    expect(describeValue(exact(1), 'EUR')).toBe('1 EUR');
  });

  it('keeps a counted noun as the article wrote it, in the singular for one', () => {
    expect(describeValue(exact(2000), 'homes')).toBe('2,000 homes');
    expect(describeValue(exact(1), 'homes')).toBe('1 home');
    expect(describeValue(exact(1), 'boxes')).toBe('1 box');
    expect(describeValue({ low: 300, high: 400, stated: 350, qualifier: 'range' }, 'miles')).toBe('300–400 miles');
    expect(describeValue(exact(4), 'times')).toBe('4 times');
  });

  it('puts durations in the plural but for one, and leaves people and ranks without a unit', () => {
    expect(describeValue(exact(3), 'year')).toBe('3 years');
    expect(describeValue(exact(1), 'year')).toBe('1 year');
    expect(describeValue(exact(2), 'century')).toBe('2 centuries');
    expect(describeValue({ low: null, high: null, stated: 120, qualifier: 'about' }, 'person')).toBe('about 120');
    expect(describeValue(exact(1), 'rank')).toBe('No. 1');
    expect(describeValue(null, 'person')).toBe('no figure');
  });
});

describe('percentage points', () => {
  it('are written out, in the singular for one', () => {
    const v = (stated: number): ClaimValue => ({ low: null, high: null, stated, qualifier: 'exact' });
    expect(describeValue(v(2), 'percentage point')).toBe('2 percentage points');
    expect(describeValue(v(1), 'percentage point')).toBe('1 percentage point');
  });
});
