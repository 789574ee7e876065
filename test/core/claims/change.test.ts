/**
 * A rise or fall in percent is a change with its direction, never a share of that many percent.
 */
import { claimsOf, assertClaimOffsets } from './helpers';
import { topicKey } from '../../../src/core/claims/topic-key';

describe('changes in percent', () => {
  it('reads a fall as a negative change and a rise as a positive one', () => {
    const text = 'Halvik Foods said net profit fell 12 percent in the third quarter, while revenue rose by 7.5 percent to $4.2 billion.';
    const claims = claimsOf(text);
    assertClaimOffsets(text, claims);
    const pct = claims.filter((c) => c.unit === 'percent');
    expect(pct).toEqual([
      expect.objectContaining({ kind: 'percentage', measure: 'change', group: 'profit', value: expect.objectContaining({ stated: -12, low: -12, high: -12 }) }),
      expect.objectContaining({ kind: 'percentage', measure: 'change', group: 'revenue', value: expect.objectContaining({ stated: 7.5 }) }),
    ]);
  });

  it('keeps the minus sign written against the figure', () => {
    const [c] = claimsOf('Shares in the carmaker closed at -20 percent in a day after the recall was announced.');
    expect(c).toMatchObject({ measure: 'change', value: { stated: -20, low: -20, high: -20 } });
  });

  it('turns the bounds of a qualified fall around', () => {
    const [c] = claimsOf('Exports slid more than 10 percent last year, the statistics office said.');
    expect(c).toMatchObject({ measure: 'change', value: { qualifier: 'over', low: null, high: -10 } });
  });

  it('reads a change named after its figure', () => {
    const [c] = claimsOf('The retailer reported a 9 percent drop in sales over the holiday season.');
    expect(c).toMatchObject({ measure: 'change', value: { stated: -9 } });
  });

  it('keeps levels as shares', () => {
    const claims = claimsOf('Inflation rose to 8.2 percent in May, and the company said its stake was 12 percent.');
    expect(claims.filter((c) => c.unit === 'percent').map((c) => [c.measure, c.value?.stated])).toEqual([['share', 8.2], ['share', 12]]);
  });
});

describe('topics of changes', () => {
  it('puts a fall of 12 percent and a share of 12 percent in different topics', () => {
    const change = topicKey({ subject: { text: 'Halvik' }, measure: 'change', group: 'profit' });
    const share = topicKey({ subject: { text: 'Halvik' }, measure: 'share', group: 'profit' });
    expect(change.key).not.toBe(share.key);
    expect(change.label).toBe('Halvik — profit (change)');
  });
});

describe('levels after words of change', () => {
  it.each([
    ['Independent voters make up about 14 percent of the electorate in the state.'],
    ['The premier’s approval ratings have risen above 50 percent for the first time.'],
    ['The central bank expects a 6.5 percent growth rate next year.'],
  ])('keeps “%s” a share', (text) => {
    expect(claimsOf(text).filter((c) => c.unit === 'percent').map((c) => c.measure)).toEqual(['share']);
  });
});

describe('scaled figures', () => {
  it('are whole where the words make them whole (“$4.1 billion” is 4,100,000,000, not 4,099,999,999.9999995)', () => {
    const claims = claimsOf('Analysts had expected revenue of $4.1 billion, and the firm reported 2.3 million euros in profit.');
    expect(claims.filter((c) => c.measure === 'money').map((c) => c.value?.stated)).toEqual([4_100_000_000, 2_300_000]);
  });
});

describe('days written after an abbreviated month', () => {
  it('are no counts (“on Feb. 18 that killed 8 people” is 8 dead, “the Sept. 11 attacks” no 11 attacks)', () => {
    const claims = claimsOf('The region was recovering from a tremor on Feb. 18 that killed 8 people. Clinton noted the Sept. 11 attacks.');
    expect(claims.map((c) => [c.measure, c.value?.stated])).toEqual([['deaths', 8]]);
  });

  it('reads a fraction after “by” and a verb of change as a change in percent, either way', () => {
    const text = 'Spending on defence will rise by a third over the next decade, the minister said, while the aid budget was cut by a quarter last year.';
    const claims = claimsOf(text);
    assertClaimOffsets(text, claims);
    expect(claims.filter((c) => c.measure === 'change').map((c) => [c.valueSpan?.text, c.value?.low, c.value?.high])).toEqual([
      ['a third', 33.3, 33.3], ['a quarter', -25, -25],
    ]);
    const [halved] = claimsOf('Wheat exports from the port fell by half in 2015 after the blockade began.');
    expect(halved).toMatchObject({ kind: 'percentage', measure: 'change', unit: 'percent', value: { stated: -50, low: -50, high: -50 } });
    const [nearly] = claimsOf('Arrivals on the Greek islands dropped sharply by nearly two-thirds after the deal with Ankara.');
    expect(nearly).toMatchObject({ measure: 'change', value: { qualifier: 'nearly', stated: -66.7, high: expect.any(Number) } });
    expect(nearly.value?.low).toBe(-66.7);
    // what is changed may stand between a verb of change done to it and “by”
    const [target] = claimsOf('The government has pledged to cut greenhouse gas emissions by a third by 2030, the environment minister said.');
    expect(target).toMatchObject({ measure: 'change', value: { stated: -33.3 } });
  });

  it('leaves a fraction that is no change as it was: a share, half a million, a quarter point', () => {
    expect(claimsOf('A third of voters backed the plan, according to the poll.').filter((c) => c.measure === 'change')).toEqual([]);
    expect(claimsOf('Unemployment rose by half a million people last year.').filter((c) => c.measure === 'change')).toEqual([]);
    expect(claimsOf('The central bank cut rates by a quarter point on Thursday.').filter((c) => c.measure === 'change')).toEqual([]);
    expect(claimsOf('She won the seat by a third of the votes cast.').filter((c) => c.measure === 'change')).toEqual([]);
  });

  it('names what changed by a fraction as a change in percent names it', () => {
    const text = 'Orders from Brazil fell by a third after the tariff, and exports to Canada rose by a quarter.';
    const claims = claimsOf(text);
    assertClaimOffsets(text, claims);
    expect(claims.filter((c) => c.measure === 'change').map((c) => [c.group, c.subject?.text, c.value?.stated])).toEqual([
      [null, 'Brazil', -33.3], ['exports', 'Canada', 25],
    ]);
    const [pct] = claimsOf('Sales to Norland fell 30 percent last year.');
    const [third] = claimsOf('Sales to Norland fell by a third last year.');
    expect(third.group).toBe(pct.group);
    expect(topicKey(third).key).toBe(topicKey(pct).key);
  });

  it('finds the verb of a change done to something past an apposition between commas', () => {
    const text = 'The mill cut the pensions of its retired spinners, some 1,200 people, by nearly half.';
    const claims = claimsOf(text);
    assertClaimOffsets(text, claims);
    expect(claims.find((c) => c.measure === 'change')).toMatchObject({ valueSpan: { text: 'nearly half' }, value: { stated: -50, qualifier: 'nearly' } });
    expect(claims.find((c) => c.measure === 'people')).toMatchObject({ value: { stated: 1200 } });
    // a comma that ends a clause of its own is no apposition
    expect(claimsOf('The mill cut jobs, and output grew by half.').filter((c) => c.measure === 'change')).toMatchObject([{ value: { stated: 50 } }]);
    expect(claimsOf('The mill cut jobs. Its founder, aged 80, by half a century the oldest.').filter((c) => c.measure === 'change')).toEqual([]);
  });

  it('reads a change in percent done to something named between its verb and “by”, which names what changed', () => {
    const text = 'The plan would cut emissions by only 10 percent, and the mill cut the pensions of its retired spinners, some 1,200 people, by 30 percent.';
    const claims = claimsOf(text);
    assertClaimOffsets(text, claims);
    expect(claims.filter((c) => c.unit === 'percent').map((c) => [c.measure, c.group, c.value?.stated])).toEqual([
      ['change', 'emissions', -10], ['change', 'pensions', -30],
    ]);
    const [wardens] = claimsOf('The council raised the number of wardens by 20 percent.');
    expect(wardens).toMatchObject({ measure: 'change', group: 'wardens', value: { stated: 20 } });
    // a fraction names it too, and a lead in an election is no change
    expect(claimsOf('The mill cut the pensions of its retired spinners by half.').find((c) => c.measure === 'change')?.group).toBe('pensions');
    expect(claimsOf('She won the state by 12 percent.')[0]).toMatchObject({ measure: 'share' });
  });
});

describe('a figure in percent set against an earlier period', () => {
  const pct = (text: string) => {
    const claims = claimsOf(text);
    assertClaimOffsets(text, claims);
    return claims.filter((c) => c.unit === 'percent').map((c) => ({ measure: c.measure, group: c.group, stated: c.value?.stated, time: c.time?.text ?? null }));
  };

  it('reads “below 2023” and “higher than last year” as a change, never a share', () => {
    expect(pct('Shipments of timber reached 1.8 million tonnes, about 4% below 2022, the port authority said.'))
      .toEqual([{ measure: 'change', group: null, stated: -4, time: null }]);
    expect(pct('Exports dropped to 2.6 billion euros, roughly 3% below 2021, the customs office said.'))
      .toEqual([{ measure: 'change', group: 'Exports', stated: -3, time: null }]);
    expect(pct('Rents in the capital were 6 percent higher than last year, the housing agency said.'))
      .toEqual([{ measure: 'change', group: 'Rents', stated: 6, time: null }]);
    expect(pct('Imports were 4.5% down on a year earlier, customs data showed.'))
      .toEqual([{ measure: 'change', group: 'Imports', stated: -4.5, time: null }]);
  });

  it('keeps a figure set below a target, no period, a share', () => {
    expect(pct('Inflation was 2% below the target in May, the central bank said.')[0]).toMatchObject({ measure: 'share' });
  });
});
