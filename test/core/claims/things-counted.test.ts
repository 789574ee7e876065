/**
 * A deed's count of things (“opened five new hubs”) is a quantity in that noun, as “20 trucks” is; talk, figures of
 * speech, people and small descriptive counts are not.
 */
import { claimsOf, assertClaimOffsets } from './helpers';

/** The quantities of a text as [unit, stated value, qualifier]. */
function things(text: string): Array<[string | null, number | undefined, string | undefined]> {
  const claims = claimsOf(text);
  assertClaimOffsets(text, claims);
  return claims.filter((c) => c.measure === 'quantity').map((c) => [c.unit, c.value?.stated, c.value?.qualifier]);
}

describe('counts of things a deed did', () => {
  it('reads a figure between a verb of a deed and a plural noun of things', () => {
    expect(things('The survey team led seven expeditions to the glacier.')).toEqual([['expeditions', 7, 'exact']]);
    expect(things('Over her career she published more than 340 articles.')).toEqual([['articles', 340, 'over']]);
    expect(things('The courier opened nine new depots in Hungary.')).toEqual([['depots', 9, 'exact']]);
    expect(things('The consultation received about 2,300 responses.')).toEqual([['responses', 2300, 'about']]);
  });

  it('reads no talk, figure of speech, people, part of a whole or small descriptive count', () => {
    expect(things('The minister gave four reasons for the delay.')).toEqual([]);
    expect(things('He made three mistakes in the first half.')).toEqual([]);
    expect(things('The panel interviewed five judges and 40 lawyers.')).toEqual([]);
    expect(things('She tried three kinds of bread.')).toEqual([]);
    expect(things('He poured two glasses of wine.')).toEqual([]);
    // a figure with no deed before it names things, it states no count
    expect(things('There were seven expeditions to the glacier.')).toEqual([]);
  });

  it('reads no count in what something has got, a figure of speech as often as not', () => {
    expect(things('“We didn’t win the seat this time, but it’s got about 3 million dents in it now,” the candidate told supporters.')).toEqual([]);
    expect(things('“Honestly, this plan has got 14 holes in it,” the opposition leader said.')).toEqual([]);
    // got as a deed: what was received
    expect(things('The petition got 12,000 signatures in a week.')).toEqual([['signatures', 12000, 'exact']]);
  });
});
