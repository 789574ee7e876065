/**
 * Turnout with no place of its own is a claim all the same, about the place the sentences before it name when they do.
 */
import { claimsOf, assertClaimOffsets } from './helpers';

/** The turnout claims of a text. */
function turnout(text: string) {
  const claims = claimsOf(text);
  assertClaimOffsets(text, claims);
  return claims.filter((c) => c.group?.toLowerCase() === 'turnout');
}

describe('turnout with no place of its own', () => {
  it('is read with no place when the story names none', () => {
    expect(turnout('Turnout was 71 per cent.')).toMatchObject([{ measure: 'share', unit: 'percent', value: { stated: 71 }, subject: null }]);
    expect(turnout('Turnout stood at 49.6%, the commission said.')).toMatchObject([{ value: { stated: 49.6 }, subject: null }]);
  });

  it('takes the place the sentences just before name', () => {
    const text = 'Voters in Slovenia elected a new parliament on Sunday. Counting went on late into the night. Turnout stood at 52.3%.';
    const [c] = turnout(text);
    expect(c).toMatchObject({ value: { stated: 52.3 }, subject: { text: 'Slovenia', kind: 'place', inherited: true } });
    // further back than two sentences is another part of the story
    const far = 'Voters in Slovenia elected a new parliament on Sunday. Counting went on late. Results came at dawn. Turnout stood at 52.3%.';
    expect(turnout(far)).toMatchObject([{ subject: null }]);
  });

  it('reads what the figure is of when it is set off by commas before “at”', () => {
    expect(turnout('Turnout, at 64 per cent, was the highest in a decade.')).toMatchObject([{ value: { stated: 64 } }]);
  });

  it('is the election’s place named in the article, not the city of the dateline', () => {
    const text = 'KARSTAD, Vellonia (Wire) — The Green Alliance won Sunday’s parliamentary election in Vellonia with 33.9 percent of the vote.\n\n'
      + 'Turnout was 68.4 percent, the electoral board said.';
    expect(turnout(text)).toMatchObject([{ value: { stated: 68.4 }, subject: { text: 'Vellonia' } }]);
    // (with the election's place unnamed, the dateline's city)
    expect(turnout('KARSTAD (Wire) — Voting ended at 8 p.m. on Sunday.\n\nTurnout was 68.4 percent, the board said.')).toMatchObject([{ subject: { text: 'KARSTAD' } }]);
  });
});
