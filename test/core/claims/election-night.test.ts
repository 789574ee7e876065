/**
 * An election night's partial count and the next day's final result, in a story that names no place: each candidate's
 * share and tally in votes is the candidate's, so the two nights' figures meet in one topic per candidate.
 */
import { checkConsistency, toTopicClaim, topicKey } from '../../../src/core/claims';
import { claimsOf } from './helpers';

const NIGHT = 'Opposition candidate Marta Kowalczyk took an early lead in the mayoral election on Sunday night, with 51.4% of the vote after 58% of polling stations had reported, according to the city electoral commission.\n\n'
  + 'Incumbent mayor Tomasz Wrona had 41.2%, and the Left candidate Ewa Duda 6.9%.\n\n'
  + '"It is a good start, but nothing is decided," Kowalczyk told supporters.\n\n'
  + 'Wrona did not concede. "The suburbs have not been counted," he said.\n\n'
  + 'Kowalczyk had received 72,410 votes and Wrona 58,030 by midnight.';
const FINAL = 'Marta Kowalczyk has been elected mayor with 49.8% of the vote, the city electoral commission announced on Monday.\n\n'
  + 'Incumbent mayor Tomasz Wrona finished second with 43.5%, as he had predicted. Left candidate Ewa Duda took 6.4%.\n\n'
  + 'Kowalczyk received 118,300 votes and Wrona 103,320.\n\n'
  + '"I will serve everyone," Kowalczyk said.';

const shares = (text: string, day: string) => claimsOf(text, day).filter((c) => c.measure === 'share' && c.group === 'vote').map((c) => [c.subject?.text, c.value?.stated]);
const tallies = (text: string, day: string) => claimsOf(text, day).filter((c) => c.measure === 'votes').map((c) => [c.subject?.text, c.group, c.value?.stated]);

describe('an election night and its final count', () => {
  it('gives the leader’s share the candidate whose win or lead the clause tells (“took an early lead …, with 51.4% of the vote”, “has been elected mayor with”)', () => {
    expect(shares(NIGHT, '2026-05-10')).toEqual([['Kowalczyk', 51.4], ['Wrona', 41.2], ['Duda', 6.9]]);
    expect(shares(FINAL, '2026-05-11')).toEqual([['Kowalczyk', 49.8], ['Wrona', 43.5], ['Duda', 6.4]]);
  });

  it('reads the second candidate’s tally after “and” with its verb left out, each tally the candidate’s', () => {
    expect(tallies(NIGHT, '2026-05-10')).toEqual([['Kowalczyk', 'Kowalczyk', 72410], ['Wrona', 'Wrona', 58030]]);
    expect(tallies(FINAL, '2026-05-11')).toEqual([['Kowalczyk', 'Kowalczyk', 118300], ['Wrona', 'Wrona', 103320]]);
  });

  it('puts both nights’ figures of a candidate in one topic, the growing count in no conflict', () => {
    const night = claimsOf(NIGHT, '2026-05-10');
    const final = claimsOf(FINAL, '2026-05-11');
    const keys = (cs: typeof night) => cs.filter((c) => c.measure === 'votes' || c.group === 'vote').map((c) => topicKey(c).key);
    expect(keys(final).every((k) => keys(night).includes(k))).toBe(true);
    const votes = [...night, ...final].filter((c) => c.measure === 'votes' && c.subject?.text === 'Kowalczyk');
    expect(topicKey(votes[0]).label).toBe('Kowalczyk — votes');
    expect(checkConsistency(votes.map((c, i) => toTopicClaim(c, { id: `v${i}` })))).toEqual([]);
  });

  it('gives no candidate a share a speaker tells of, nor one of the places a candidate won', () => {
    const [said] = claimsOf('Kowalczyk said the referendum had passed with 57.9% of the vote.', '2026-05-11').filter((c) => c.measure === 'share');
    expect(said.subject).toBeNull();
    const [placed] = claimsOf('Kowalczyk won the districts of Mokotów and Ursynów with close to 60% of the vote.', '2026-05-11').filter((c) => c.measure === 'share');
    expect(placed.subject?.text).not.toBe('Kowalczyk');
  });

  it('reads no gapped tally of something else or with no tally before it', () => {
    const votes = claimsOf('Kowalczyk had received 72,410 votes and Wrona 12 seats.', '2026-05-10').filter((c) => c.measure === 'votes');
    expect(votes.map((c) => [c.group, c.value?.stated])).toEqual([['Kowalczyk', 72410]]);
    expect(claimsOf('The council has 40 members and Wrona 12 advisers.', '2026-05-10').filter((c) => c.measure === 'votes')).toEqual([]);
  });
});
