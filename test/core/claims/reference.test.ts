import { compareWithReference, compatibleUnits, type ClaimValue } from '../../../src/core/claims';
import { claimsOf } from './helpers';

const v = (stated: number, qualifier: ClaimValue['qualifier'], low: number | null = stated, high: number | null = stated): ClaimValue => ({ low, high, stated, qualifier });

describe('compareWithReference', () => {
  it('the seed siege: over three years against 20 months is overstated by at least 16 months', () => {
    const r = compareWithReference(v(3, 'over', 3, null), 'year', { value: 20, unit: 'month' })!;
    expect(r.unit).toBe('month');
    expect(r.claimed).toBe(36);
    expect(r.reference).toBe(20);
    expect(r.error).toBe(16);
    expect(r.relative).toBe(0.8);
    expect(r.direction).toBe('overstated');
    expect(r.atLeast).toBe(true);
    expect(r.summary).toBe('claimed over 3 years; the reference shows 20 months: overstated by at least 16 months (+80%)');
  });

  it('an exact count below the records is understated, with a negative error', () => {
    const r = compareWithReference(v(300, 'exact'), 'person', { value: 412, unit: 'person' })!;
    expect(r).toMatchObject({ unit: 'person', error: -112, direction: 'understated', atLeast: false });
    expect(r.relative).toBeCloseTo(-0.272, 3);
    expect(r.summary).toBe('claimed 300; the reference shows 412: understated by 112 (−27%)');
  });

  it('a reference inside the claimed bounds is consistent', () => {
    const r = compareWithReference(v(300, 'over', 300, null), 'person', { value: 412, unit: 'person' })!;
    expect(r.direction).toBe('consistent');
    expect(r.summary).toMatch(/consistent with the claim$/);
    const range = compareWithReference(v(250, 'range', 200, 300), 'person', { value: 260, unit: 'person' })!;
    expect(range.direction).toBe('consistent');
  });

  it('"up to 50" against 80 understates by at least 30', () => {
    const r = compareWithReference(v(50, 'up-to', null, 50), 'person', { value: 80, unit: 'person' })!;
    expect(r).toMatchObject({ direction: 'understated', atLeast: true, error: -30 });
  });

  it('keeps the claim unit when the reference is coarser', () => {
    const r = compareWithReference(v(18, 'exact'), 'month', { value: 2, unit: 'year' })!;
    expect(r.unit).toBe('month');
    expect(r.error).toBe(-6);
    expect(r.reference).toBe(24);
  });

  it('a zero reference has no relative error', () => {
    const r = compareWithReference(v(5, 'exact'), 'person', { value: 0, unit: 'person' })!;
    expect(r.relative).toBeNull();
    expect(r.summary).toBe('claimed 5; the reference shows 0: overstated by 5');
  });

  it('refuses units that cannot be compared', () => {
    expect(compareWithReference(v(3, 'exact'), 'year', { value: 20, unit: 'person' })).toBeNull();
    expect(compareWithReference(v(3, 'exact'), 'USD', { value: 20, unit: 'EUR' })).toBeNull();
    expect(compatibleUnits('year')).toEqual(expect.arrayContaining(['day', 'week', 'month', 'year']));
    expect(compatibleUnits('person')).toEqual(['person']);
    expect(compatibleUnits(null)).toEqual(['person']);
  });

  it('works on the claim the parser finds in the seed sentence', () => {
    const text = 'Fuaa and Kafraya “have been under siege by terrorists for over three years,” he said.';
    const claim = claimsOf(text, '2016-12-18').find((c) => c.measure === 'siege-duration')!;
    expect(claim.value).not.toBeNull();
    const r = compareWithReference(claim.value!, claim.unit, { value: 20, unit: 'month' })!;
    expect(r.direction).toBe('overstated');
    expect(r.error).toBe(16);
  });
});
