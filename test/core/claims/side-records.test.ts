/**
 * A side's recent record is a count of wins, defeats or draws out of its last games.
 */
import { claimsOf, assertClaimOffsets } from './helpers';
import { topicKey } from '../../../src/core/claims/topic-key';
import { describeValue } from '../../../src/core/claims/compare';

describe('a side’s record', () => {
  it('reads wins, defeats and draws out of the last games, with the side named before the verb', () => {
    const text = 'Dunmore Athletic have won six of their last eight matches, while their rivals lost three of the last four.';
    const claims = claimsOf(text);
    assertClaimOffsets(text, claims);
    expect(claims.map((c) => [c.measure, c.value?.stated, c.unit, c.subject?.text ?? null])).toEqual([
      ['wins', 6, 'of last 8', 'Dunmore Athletic'], ['losses', 3, 'of last 4', null],
    ]);
    expect(describeValue(claims[0].value, claims[0].unit)).toBe('6 of last 8');
    expect(topicKey(claims[0]).label).toBe('Dunmore Athletic — wins');
    const [drawn] = claimsOf('They have drawn two of their last five home games.');
    expect(drawn).toMatchObject({ measure: 'draws', value: { stated: 2 }, unit: 'of last 5', text: 'drawn two of their last five home games' });
  });

  it('reads no record out of games that are not the last, nor more wins than games', () => {
    expect(claimsOf('She won three of the four races this season.').filter((c) => c.measure === 'wins')).toEqual([]);
    expect(claimsOf('The side lost nine of their last five.').filter((c) => c.measure === 'losses')).toEqual([]);
  });
});
