import { describeValue, figureWithUnit } from '../../../src/core/claims/compare';
import type { ClaimValue } from '../../../src/core/claims';

const exact = (stated: number): ClaimValue => ({ low: null, high: null, stated, qualifier: 'exact' });

describe('a figure described as a reader would say it', () => {
  it('writes shares with a percent sign and amounts with their currency code, never pluralised', () => {
    expect(describeValue(exact(45), 'percent')).toBe('45%');
    expect(describeValue({ low: 3, high: null, stated: 3, qualifier: 'over' }, 'percent')).toBe('over 3%');
    expect(describeValue(exact(2_500_000), 'USD')).toBe('2.5 million USD');
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

describe('the precision a figure was stated with', () => {
  it('keeps every decimal stated (a rate raised to 4.75 percent is not 4.8%)', () => {
    expect(describeValue(exact(4.75), 'percent')).toBe('4.75%');
    expect(describeValue(exact(0.125), 'percent')).toBe('0.125%');
    expect(describeValue({ low: 4.25, high: 4.5, stated: 4.25, qualifier: 'range' }, 'percent')).toBe('4.25–4.5%');
    expect(describeValue(exact(1642), 'person')).toBe('1,642');
    expect(figureWithUnit(4.75, null, 'percent')).toBe('4.75%');
  });

  it('writes millions and billions as they are said, and a figure with more digits in full', () => {
    expect(describeValue({ low: 1_200_000, high: null, stated: 1_200_000, qualifier: 'over' }, 'units')).toBe('over 1.2 million units');
    expect(describeValue(exact(2_350_000_000), 'USD')).toBe('2.35 billion USD');
    expect(describeValue(exact(1_000_000), 'person')).toBe('1 million');
    expect(describeValue(exact(1_234_567), 'person')).toBe('1,234,567');
  });

  it('rounds a figure worked out from others to one decimal (a month in days)', () => {
    expect(figureWithUnit(365.25 / 12, null, 'day')).toBe('30.4 days');
  });
});

