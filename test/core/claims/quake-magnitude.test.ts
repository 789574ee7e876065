/**
 * A quake's magnitude is a reading on a scale, never a count: it gives no claim, and the toll around it is read past it.
 */
import { claimsOf } from './helpers';

describe('earthquake magnitudes', () => {
  it('reads the toll after a magnitude, credited to whoever gave it', () => {
    const text = "KATHMANDU, March 12 (Wire) - The death toll from Monday's magnitude 6.8 earthquake in western Nepal rose to 302 on Wednesday, the country's disaster agency said.";
    const claims = claimsOf(text, '2025-03-12');
    expect(claims.map((c) => [c.measure, c.value?.stated, c.subject?.text])).toEqual([['deaths', 302, 'western Nepal']]);
    expect(claims[0].speaker?.name).toBe("the country's disaster agency");
  });

  it('counts no magnitude however it is written', () => {
    const stated = (t: string): Array<number | undefined> => claimsOf(t).map((c) => c.value?.stated);
    expect(stated('Two people died in a 5.4 aftershock on Tuesday, the agency said.')).toEqual([2]);
    expect(stated('The toll from the magnitude 7.1 quake rose to 12, officials said.')).toEqual([12]);
    expect(stated('The death toll from the 6.2 magnitude quake reached 15 on Friday.')).toEqual([15]);
    expect(stated('The quake, measured at 6.8 on the Richter scale, killed at least 40 people in the province.')).toEqual([40]);
  });
});
