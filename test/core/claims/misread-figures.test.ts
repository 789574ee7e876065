/**
 * Figures the parser missed or misread: a change told in one sentence, a figure in a partial quote, a utility's
 * customers, a time of day, a superlative with nothing ranked.
 */
import { checkConsistency, toTopicClaim, type ClaimResult } from '../../../src/core/claims';
import { assertClaimOffsets, claimsOf } from './helpers';

function claims(text: string): ClaimResult[] {
  const out = claimsOf(text);
  assertClaimOffsets(text, out);
  return out;
}

describe('a figure changed “to A from B” in one sentence', () => {
  const text = 'The central bank cut its growth forecast for next year to 0.9 percent from 1.4 percent, blaming weaker exports to Europe.';

  it('reads the new figure only, the one it replaced being no claim of the day', () => {
    const list = claims(text).filter((c) => c.unit === 'percent');
    expect(list.map((c) => c.value?.stated)).toEqual([0.9]);
    expect(checkConsistency(claims(text).map((c, i) => toTopicClaim(c, { id: String(i) })))).toEqual([]);
  });

  it('credits the forecast to the body that set it, unhedged', () => {
    const [c] = claims(text).filter((x) => x.value?.stated === 0.9);
    expect(c).toMatchObject({ hedged: false, speaker: { name: 'The central bank' } });
  });

  it('reads money changed the same way, however far the verb', () => {
    const list = claims('The fund shrank over the year to $12.4 billion from $19.1 billion as investors pulled out.');
    expect(list.map((c) => c.value?.stated)).toEqual([12.4e9]);
  });

  it('still hedges a forecast told with a verb', () => {
    const [c] = claims('Inflation is forecast to reach 3.2 percent next year.');
    expect(c).toMatchObject({ hedged: true });
  });
});

describe('a figure in a partial quote with its verb outside', () => {
  it('reads people who left their homes as displaced', () => {
    const text = 'The interior ministry disputed the agency’s figures. In a statement, it said that “no more than 45,000 citizens” had left their homes in the province.';
    const [c] = claims(text).filter((x) => x.value?.stated === 45000);
    expect(c).toMatchObject({ measure: 'displacement', group: 'citizens', value: { qualifier: 'up-to', high: 45000 } });
  });

  it('reads leaving one’s home without quotes too, but not leaving a place for a time', () => {
    expect(claims('About 3,000 residents abandoned their villages after the shelling.')[0]).toMatchObject({ measure: 'displacement', value: { stated: 3000 } });
    expect(claims('About 3,000 residents left their offices early on Friday.').filter((c) => c.measure === 'displacement')).toEqual([]);
  });
});

describe('people held', () => {
  it('counts political prisoners as detained', () => {
    const [c] = claims('The opposition leader said the government was holding 860 political prisoners.');
    expect(c).toMatchObject({ measure: 'detention', group: 'prisoners', value: { stated: 860 } });
  });
});

describe('a utility’s customers', () => {
  it('keeps customers as customers, not homes', () => {
    const [c] = claims('Roughly 6,400 customers were without power in the valley on Sunday night, the utility said.');
    expect(c).toMatchObject({ measure: 'outages', group: 'customers', unit: 'customer' });
    const [h] = claims('Roughly 6,400 households were without power in the valley on Sunday night.');
    expect(h).toMatchObject({ measure: 'outages', unit: 'household' });
  });
});

describe('figures that count nothing', () => {
  it('does not read a time of day as a count', () => {
    expect(claims('Maria Ostrander, who fled Pine Hollow at 3 a.m., said no alert had reached her street.').map((c) => c.value?.stated)).toEqual([]);
    expect(claims('The family fled the village at 4:30 on Monday.').map((c) => c.value?.stated)).toEqual([]);
  });

  it('still reads a count of people who fled', () => {
    expect(claims('At least 400 people fled the village on Monday.')[0]).toMatchObject({ measure: 'displacement', value: { stated: 400 } });
  });

  it('does not rank a superlative that picks nothing out by a figure', () => {
    expect(claims('“Paying for her treatment was the least I could do,” the goalkeeper said.').filter((c) => c.kind === 'ranking')).toEqual([]);
    expect(claims('His coach called him the most stubborn player he has ever trained.').filter((c) => c.kind === 'ranking')).toEqual([]);
  });

  it('still ranks the most of something counted', () => {
    expect(claims('The Greens won the most seats in the capital.').filter((c) => c.kind === 'ranking')).toHaveLength(1);
    expect(claims('Its jobless rate of 9 percent is the most in the nation.').filter((c) => c.kind === 'ranking')).toHaveLength(1);
  });
});

describe('workers on strike', () => {
  const text = 'The dockers’ union said 1,900 of the terminal’s 2,200 permanent staff were on strike, or 86 percent. The operator said only 1,100 had failed to report for work.';

  it('reads both sides’ counts as strikers, and not the whole they are of', () => {
    const list = claims(text).filter((c) => c.measure === 'strikers');
    expect(list.map((c) => [c.value?.stated, c.group])).toEqual([[1900, 'staff'], [1100, null]]);
    expect(claims(text).filter((c) => c.value?.stated === 2200)).toEqual([]);
  });

  it('reads a walkout, but not a workforce', () => {
    expect(claims('About 650 bus drivers walked out on Monday morning.')[0]).toMatchObject({ measure: 'strikers', group: 'drivers', value: { stated: 650 } });
    expect(claims('The plant employs 650 staff.').filter((c) => c.measure === 'strikers')).toEqual([]);
  });
});

describe('figures a fire or storm story gives', () => {
  it('reads things counted after “the number of”', () => {
    const [c] = claims('The number of homes destroyed rose to 52, the sheriff’s office said.');
    expect(c).toMatchObject({ kind: 'amount', measure: 'quantity', unit: 'homes', value: { stated: 52 } });
    expect(claims('The number of people who called the hotline rose to 52.').filter((x) => x.unit === 'homes')).toEqual([]);
  });

  it('counts personnel', () => {
    expect(claims('Crews on the fire line increased to 940 personnel overnight.')[0]).toMatchObject({ group: 'personnel', value: { stated: 940 } });
  });

  it('reads a wind speed in mph as miles per hour', () => {
    const [c] = claims('Forecasters warned of gusts of up to 85 mph along the coast on Tuesday.');
    expect(c).toMatchObject({ measure: 'quantity', unit: 'miles per hour', value: { qualifier: 'up-to', high: 85 } });
  });
});

describe('a share told as a ratio', () => {
  it('reads “one in five” as 20 percent of the group named after it, also in a partial quote', () => {
    const [c] = claims('The party leader claimed her campaign had won over “nearly one in five first-time voters”, a figure exit polls did not support.');
    expect(c).toMatchObject({ kind: 'percentage', measure: 'share', unit: 'percent', group: 'voters', value: { stated: 20, qualifier: 'nearly' } });
  });

  it('reads no share when no group follows', () => {
    expect(claims('One in five say the economy is their main worry.').filter((c) => c.measure === 'share')).toEqual([]);
    expect(claims('Prices rose 3 times in 12 months.').filter((c) => c.measure === 'share')).toEqual([]);
    expect(claims('Prices had risen 3 in 12 months.').filter((c) => c.measure === 'share')).toEqual([]);
  });
});
