/**
 * A candidate's share of the vote is about the candidate and turnout about the place the story is filed from, so the
 * figures of one election meet across articles and the count's revisions are seen; a period told of another figure or
 * in a relative clause is not the claim's.
 */
import { checkConsistency, toTopicClaim, topicKey, type ClaimResult } from '../../../src/core/claims';
import { claimsOf } from './helpers';

const NIGHT = 'DORVAL — Former mayor Ines Carrow led Governor Paul Linde early on Wednesday as officials counted ballots.\n\n'
  + 'With 80 percent of precincts reporting, Carrow had 51.2 percent of the vote to Linde\'s 46.9 percent, the State Election Board said. '
  + 'Independent Theo Varga trailed with 1.9 percent.\n\n'
  + 'Turnout had reached 58 percent, the board said.';
const NEXT = 'DORVAL, Nov 6 (Wire) - Governor Paul Linde conceded on Thursday.\n\n'
  + 'With 98 percent of precincts reporting, Carrow had 52.8 percent of the vote against 45.6 percent for Linde, the State Election Board said.\n\n'
  + 'Turnout was 60 percent, the State Election Board said, revising its earlier estimate of 58 percent.';

const shares = (claims: ClaimResult[]): Array<[number | undefined, string | null, string]> =>
  claims.filter((c) => c.measure === 'share' && c.group !== 'reporting').map((c) => [c.value?.stated, c.subject?.text ?? null, topicKey(c).key]);

describe('shares of an election', () => {
  it('keys a candidate’s share of the vote by the candidate and turnout by the dateline’s place', () => {
    expect(shares(claimsOf(NIGHT, '2025-11-05'))).toEqual([
      [51.2, 'Carrow', 'carrow|share:vote'],
      [46.9, 'Linde', 'linde|share:vote'],
      [1.9, 'Varga', 'varga|share:vote'],
      [58, 'DORVAL', 'dorval|share:turnout'],
    ]);
    expect(shares(claimsOf(NEXT, '2025-11-06'))).toEqual([
      [52.8, 'Carrow', 'carrow|share:vote'],
      [45.6, 'Linde', 'linde|share:vote'],
      [60, 'DORVAL', 'dorval|share:turnout'],
      [58, 'DORVAL', 'dorval|share:turnout'],
    ]);
  });

  it('sees the board revise a candidate’s share from one article to the next', () => {
    const all = [...claimsOf(NIGHT, '2025-11-05'), ...claimsOf(NEXT, '2025-11-06')].filter((c) => c.subject?.text === 'Carrow');
    const findings = checkConsistency(all.map((c, i) => toTopicClaim(c, { id: `c${i}` })));
    expect(findings).toEqual([expect.objectContaining({ kind: 'revision', direction: 'raised' })]);
  });

  it('gives no candidate to a share of a bloc or to a share of something else', () => {
    const text = 'Senator Maria Osk won with 51 percent of the vote, the board said. “We did it,” Osk told supporters. '
      + 'She won 71 percent of the Latino vote, compared with Tom Brandt’s 27 percent, exit polls showed. '
      + 'Her standing now matches Brandt’s 34 percent approval rating, said Lena Holm, a pollster.';
    const byCandidate = claimsOf(text).filter((c) => c.measure === 'share').map((c) => [c.value?.stated, c.subject?.kind === 'group' ? c.subject.text : null]);
    expect(byCandidate).toEqual([[51, 'Osk'], [71, null], [27, null], [34, null]]);
  });
});

describe('a party’s share', () => {
  it('is keyed by the party whose verb of taking comes before it, past a clause set off by commas', () => {
    const text = 'The Green Alliance won 31.5 percent of the vote in the election in Vellonia, the board said. '
      + 'The conservative Civic Party, led by former minister Ada Lorn, trailed with 27.2 percent. '
      + 'The agrarian Rural Front took 11.4 percent.';
    const parties = claimsOf(text, '2025-04-07').filter((c) => c.value?.stated === 27.2 || c.value?.stated === 11.4);
    expect(parties.map((c) => [c.value?.stated, topicKey(c).key])).toEqual([[27.2, 'civic party|share:vote'], [11.4, 'rural front|share:vote']]);
    // (a share of something else is no party's vote)
    expect(claimsOf('The Rural Front took 11.4 percent of the seats it contested in 2019.', '2025-04-07')[0]?.subject?.text).not.toBe('Rural Front');
  });
});

describe('the period of a figure', () => {
  it('leaves a day told of the figure beside it to that figure', () => {
    const text = 'Turnout was 59.4 percent, the board said, lower than the 60 percent it had announced on November 6.';
    const [now, then] = claimsOf(text, '2025-11-18').filter((c) => c.measure === 'share');
    expect([now.time?.text ?? null, then.time?.text ?? null]).toEqual([null, 'on November 6']);
    const inflation = claimsOf('Inflation fell to 5.8 percent in May from 6.4 percent in April, but remains well above the bank’s 2 percent target.', '2025-06-19');
    expect(inflation.find((c) => c.value?.stated === 2)?.time ?? null).toBeNull();
  });

  it('does not date a figure by a relative clause around it or beside it', () => {
    const text = 'Carrow, who resigned as the state’s chief prosecutor in January to run, has promised to cut property taxes by 8 percent.';
    expect(claimsOf(text, '2025-11-04').find((c) => c.value?.stated === 8)?.time ?? null).toBeNull();
    const measure = 'The wage measure, which passed with 57.9 percent of the vote, will take effect in July.';
    expect(claimsOf(measure, '2025-11-18').find((c) => c.value?.stated === 57.9)?.time ?? null).toBeNull();
  });
});
