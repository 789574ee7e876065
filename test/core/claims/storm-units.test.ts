/**
 * A storm story's figures read with their units and groups: a wind speed keeps its rate, a share's group ends before a
 * deadline, and a superlative describing who speaks is no ranking.
 */
import { claimsOf } from './helpers';

describe('storm figures', () => {
  it('keeps a speed in miles per hour, not a distance in miles', () => {
    const [c] = claimsOf('The hurricane came ashore near Port Solana with sustained winds of 130 miles per hour, forecasters said.');
    expect([c.measure, c.value?.stated, c.unit, c.valueSpan?.text]).toEqual(['quantity', 130, 'miles per hour', '130 miles per hour']);
    expect(claimsOf('The convoy drove 40 miles north of the city.').map((c) => c.unit)).toEqual(['miles']);
  });

  it('ends a share’s group before the time it is due in', () => {
    const [c] = claimsOf('The utility said it expected to restore power to 85 percent of those affected within four days.');
    expect(c.measure).toBe('share');
    expect(c.group).not.toBe('four');
  });

  it('reads no ranking in a superlative describing who speaks', () => {
    const kinds = (t: string): string[] => claimsOf(t).map((c) => c.measure);
    expect(kinds("The storm cut power to about 900,000 homes on Tuesday, the state's largest utility said.")).not.toContain('rank');
    expect(kinds("Gulf Energy, the region's biggest utility, said crews were working through the night.")).not.toContain('rank');
    expect(kinds("Aleppo, Syria's largest city, was shelled again on Tuesday.")).toContain('rank');
  });
});
