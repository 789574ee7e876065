/**
 * Figures that look alike but are of different things: a driving ban and a prison term told in one sentence, a quarter's
 * revenue and a forecast for the next quarter told the same day.
 */
import { checkConsistency, toTopicClaim } from '../../../src/core/claims';
import { claimsOf } from './helpers';

describe('durations and periods that are not one figure told twice', () => {
  it('does not read a driving ban as a prison term, so the two put no start apart', () => {
    const text = 'The driver was jailed for six years and banned from driving for ten years at Leeds Crown Court on Friday.';
    const claims = claimsOf(text, '2025-05-09');
    expect(claims.filter((c) => c.measure === 'detention-duration').map((c) => c.value?.stated)).toEqual([6]);
    expect(checkConsistency(claims.map((c, i) => toTopicClaim(c, { id: `c${i}` }))).filter((f) => f.kind === 'duration-mismatch')).toEqual([]);
  });

  it('dates a quarter’s revenue to the quarter, so a forecast for the next one is not at odds with it', () => {
    const text = 'Tessaly Corp reported third-quarter revenue of $2.31 billion on Tuesday. Analysts had expected revenue of $2.25 billion.\n\n'
      + 'For the fourth quarter, Tessaly forecast revenue of $2.6 billion, the company said.';
    const claims = claimsOf(text, '2025-10-29');
    const revenue = claims.filter((c) => c.measure === 'money' && c.group === 'revenue');
    expect(revenue.map((c) => [c.value?.stated, c.time?.from ?? null, c.time?.to ?? null])).toEqual([
      [2.31e9, '2025-07-01', '2025-09-30'], [2.25e9, null, null], [2.6e9, '2025-10-01', '2025-12-31'],
    ]);
    expect(checkConsistency(revenue.map((c, i) => toTopicClaim(c, { id: `c${i}` }))).filter((f) => f.kind === 'discrepancy')).toEqual([]);
  });

  it('reads a stretch of time after a word of the future as ahead of the day said, not behind it', () => {
    const [money] = claimsOf('She also said the province would spend $280 million over three years on rural emergency staffing.', '2025-04-10');
    expect(money).toMatchObject({ measure: 'money', time: { text: 'over three years', from: '2025-04-10', to: '2028-04-10' }, impliedStart: null });
    const [plan] = claimsOf('The ministry will spend $1.2 billion within two years, the minister said.', '2025-04-10');
    expect(plan.time).toMatchObject({ from: '2025-04-10', to: '2027-04-10' });
    // a stretch told of what happened stays behind the day said
    const [past] = claimsOf('The fund spent $280 million over three years on rural emergency staffing.', '2025-04-10');
    expect(past.time).toMatchObject({ from: '2022-04-10', to: '2025-04-10' });
    const [hypothetical] = claimsOf('Without the dam, he said, 3,000 people would have died over two days.', '2025-04-10');
    expect(hypothetical.time).toMatchObject({ from: '2025-04-08', to: '2025-04-10' });
  });

  it('reads “over” after a past deed as the stretch it took, not as more than', () => {
    const [bribes] = claimsOf('The judge said the bribes had been paid over three years.');
    expect(bribes).toMatchObject({ kind: 'duration', value: { low: 3, high: 3, qualifier: 'exact' }, valueSpan: { text: 'three years' } });
    expect(bribes.impliedStart).toMatchObject({ earliest: '2013-12-18', latest: '2013-12-18' });
    const [payouts] = claimsOf('Prosecutors said the money was paid out over five years through shell companies in Cyprus.');
    expect(payouts).toMatchObject({ kind: 'duration', value: { low: 5, high: 5, qualifier: 'exact' } });
    // a deed still to come is a stretch ahead, no duration behind the day told
    expect(claimsOf('The compensation will be paid out over three years, the minister said.').filter((c) => c.kind === 'duration')).toEqual([]);
    // “over” stays “more than” after a verb of staying, before a count, and in “for over”
    const [served] = claimsOf('He served over three years in prison before his conviction was quashed.');
    expect(served.value).toMatchObject({ low: 3, high: null, qualifier: 'over' });
    const [killed] = claimsOf('Over 300 people were killed in the fighting, officials said.');
    expect(killed).toMatchObject({ kind: 'count', value: { low: 300, high: null, qualifier: 'over' } });
    const [siege] = claimsOf('The villages have been under siege for over three years.');
    expect(siege.value).toMatchObject({ low: 3, high: null, qualifier: 'over' });
  });

  it('puts no start before the day told on a deed’s stretch that ended in the past', () => {
    const [built] = claimsOf('The abbey was built over 60 years in the 12th century.');
    expect(built).toMatchObject({ kind: 'duration', value: { stated: 60 }, impliedStart: null });
    expect(claimsOf('The canal had been built over 12 years in the 1820s.')[0]).toMatchObject({ kind: 'duration', impliedStart: null });
    // a simple past ended at a time the sentence does not tie to the day told
    expect(claimsOf('The estate was sold off over 20 years.')[0]).toMatchObject({ kind: 'duration', value: { stated: 20 }, impliedStart: null });
    // a perfect with no past time of its own still runs up to about the day told
    expect(claimsOf('The town has planted over five years some of the oldest orchards.')[0].impliedStart).toMatchObject({ latest: '2011-12-18' });
  });
});
