/**
 * Election figures: a candidate's votes and a winning margin, and the ordinary uses of “vote” that are no claims.
 */
import { checkConsistency, toTopicClaim, topicKey, type ClaimResult } from '../../../src/core/claims';
import { assertClaimOffsets, claimsOf } from './helpers';

function claims(text: string, publishedAt = '2025-05-15'): ClaimResult[] {
  const out = claimsOf(text, publishedAt);
  assertClaimOffsets(text, out);
  return out;
}

describe('votes and winning margins', () => {
  it('reads a margin in votes: “won by”, “led X by”, “a margin of”', () => {
    expect(claims('She won the election by 611 votes, the commission said.')).toMatchObject([
      { measure: 'vote-margin', kind: 'count', unit: 'vote', value: { stated: 611 }, valueSpan: { text: '611 votes' } },
    ]);
    expect(claims('By Tuesday evening, the mayor, Daniel Petrakis, led his challenger Miriam Castellane by 611 votes.')[0])
      .toMatchObject({ measure: 'vote-margin', value: { stated: 611 } });
    expect(claims('The recount gave Castellane a margin of 398 votes in Port Averly.')[0])
      .toMatchObject({ measure: 'vote-margin', text: 'margin of 398 votes in Port Averly', subject: { text: 'Port Averly' } });
    expect(claims('He said he expected to win "by at least 1,200 votes" once the stations reported.')[0])
      .toMatchObject({ measure: 'vote-margin', value: { low: 1200, high: null, qualifier: 'at-least' } });
  });

  it('keys a candidate’s votes by the candidate, also a bare figure after “… votes and X had”', () => {
    const out = claims('With all stations counted, Castellane had 49,870 votes and Petrakis had 49,458, a margin of 412 votes, the commission said.');
    expect(out.map((c) => [c.measure, c.group, c.value?.stated])).toEqual([
      ['votes', 'Castellane', 49870], ['votes', 'Petrakis', 49458], ['vote-margin', null, 412],
    ]);
    expect(topicKey(out[0]).key).not.toBe(topicKey(out[1]).key);
    expect(claims('Petrakis received 37,902 votes in Port Averly.')[0]).toMatchObject({ measure: 'votes', group: 'Petrakis', subject: { text: 'Port Averly' } });
    const full = claims('The incumbent, Daniel Petrakis, had 38,415 votes in Port Averly.')[0];
    expect(topicKey(full).key).toBe(topicKey(claims('Petrakis received 37,902 votes in Port Averly.')[0]).key);
    expect(topicKey(full).label).toBe('Port Averly — votes for Daniel Petrakis');
  });

  it('compares two sources’ margins for one election like tolls, and never two candidates’ votes', () => {
    const a = claims('Commission chair Helga Marsden said the recount gave Castellane a margin of 398 votes in Port Averly.')[0];
    const b = claims('Citizens for Fair Ballots said its volunteers had recorded a margin of 371 votes in Port Averly.')[0];
    const found = checkConsistency([toTopicClaim(a, { id: 'a' }), toTopicClaim(b, { id: 'b' })]);
    expect(found.map((f) => f.kind)).toEqual(['discrepancy']);
    const [x, y] = claims('In Port Averly, Castellane had 49,870 votes and Petrakis had 49,458.');
    expect(checkConsistency([toTopicClaim(x, { id: 'x', speakerKey: 'a' }), toTopicClaim(y, { id: 'y', speakerKey: 'b' })])).toEqual([]);
  });

  it('reads a candidate’s later count from the same source as a revision', () => {
    const a = claims('Petrakis received 38,415 votes in Port Averly, Marsden said.', '2025-05-12')[0];
    const b = claims('Petrakis received 49,458 votes in Port Averly, Marsden said.', '2025-05-14')[0];
    const found = checkConsistency([toTopicClaim(a, { id: 'a' }), toTopicClaim(b, { id: 'b' })]);
    expect(found).toMatchObject([{ kind: 'revision', direction: 'raised' }]);
  });

  it('reads no tally, change of a margin, year or share base as votes', () => {
    for (const text of [
      'The council voted 6-1 to approve the plan.',
      'The bill passed by 60 votes to 38.',
      'The cases were decided by 5-to-4 votes.',
      'He expanded his margin in Miami by about 69,000 votes.',
      'Clinton’s 2002 vote to authorize the use of force was raised again.',
      'Recounts typically move a few dozen votes.',
      'Trump has 370 delegates and Rubio has 163.',
    ]) expect(claims(text).filter((c) => c.measure === 'votes' || c.measure === 'vote-margin')).toEqual([]);
    // a poll share stays a share; a head count of voters stays a head count
    expect(claims('Clinton won 73 percent of 223 votes cast.').map((c) => c.measure)).toEqual(['share']);
    expect(claims('More than 13 million people cast a vote on Sunday.').map((c) => c.measure)).toEqual(['people']);
  });

  it('reads the votes an election counted in all as votes cast, compared like a running count', () => {
    const out = claims('The commission declared Banda the winner with 50.7 per cent, a margin of about 278,000 votes out of 7.3 million cast.');
    expect(out.filter((c) => c.measure === 'votes-cast')).toMatchObject([
      { kind: 'count', unit: 'vote', value: { stated: 7300000 }, valueSpan: { text: '7.3 million' } },
    ]);
    expect(claims('A total of 98,412 votes were cast in Port Averly, the commission said.')).toMatchObject([
      { measure: 'votes-cast', value: { stated: 98412 }, subject: { text: 'Port Averly' } },
    ]);
    expect(claims('Observers said 412,000 ballots had been cast in the Northern Province by Sunday night.')[0])
      .toMatchObject({ measure: 'votes-cast', value: { stated: 412000 } });
    expect(topicKey(claims('A total of 98,412 votes were cast in Port Averly.')[0]).label).toBe('Port Averly — votes cast');
    // two sources' totals for one election on the same day disagree
    const a = claims('A total of 98,412 votes were cast in Port Averly, the commission said.')[0];
    const b = claims('A total of 91,020 votes were cast in Port Averly, the observers said.')[0];
    expect(checkConsistency([toTopicClaim(a, { id: 'a' }), toTopicClaim(b, { id: 'b' })]).map((f) => f.kind)).toEqual(['discrepancy']);
  });
});
