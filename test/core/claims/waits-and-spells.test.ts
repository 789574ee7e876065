/**
 * Figures a fact-checker checks that were missed: how many people wait (“The number of patients waiting … has reached
 * 412,000”), households, passengers and fans counted, how long a strike or a delay lasted and how long people wait; and
 * a span of time qualified with “more than” or an age after “at”, which compare nothing.
 */
import { claimsOf } from './helpers';

const facts = (text: string) => claimsOf(text).map((c) => [c.kind, c.measure, c.value?.stated, c.unit]);

describe('people counted', () => {
  it('reads the people named after “the number of” before the verb carrying them to the figure', () => {
    const [c] = claimsOf('The number of patients waiting more than a year for surgery has reached 388,000, according to figures published by the health department.');
    expect([c.measure, c.value?.stated, c.group]).toEqual(['people', 388000, 'patients']);
  });

  it('counts households, passengers and fans', () => {
    expect(facts('Housing waiting lists have grown by 2,900 households since the plan was announced.')).toEqual([['count', 'people', 2900, 'family']]);
    expect(facts('The operator said the walkout would affect about 1.2 million passengers.')).toEqual([['count', 'people', 1200000, 'person']]);
    expect(claimsOf('Rovers won 2-1 in front of 38,500 fans on Saturday.').map((c) => [c.measure, c.value?.stated, c.group])).toEqual([['people', 38500, 'fans']]);
  });
});

describe('how long a spell lasted or a wait takes', () => {
  it('reads a strike’s and a delay’s length', () => {
    expect(facts('Rail services were halted on Monday as drivers began a 48-hour strike.')).toEqual([['duration', 'duration', 48, 'hour']]);
    expect(facts('"Two years of delays and still no new school," the councillor wrote.')).toEqual([['duration', 'duration', 2, 'year']]);
  });

  it('reads an average wait, which puts no start in the past', () => {
    const [wait] = claimsOf('A department spokesman said the average wait had fallen to 11 weeks from 13 weeks last year.');
    expect([wait.kind, wait.value?.stated, wait.unit, wait.impliedStart]).toEqual(['duration', 11, 'week', null]);
    expect(claimsOf('A department spokesman said the average wait had fallen to 11 weeks from 13 weeks last year.').map((c) => c.value?.stated)).not.toContain(13);
  });
});

describe('comparisons that compare nothing', () => {
  const comparisons = (text: string) => claimsOf(text).filter((c) => c.kind === 'comparison').map((c) => c.text);

  it('takes “more than a year” for a qualifier of a span of time, not a comparison', () => {
    expect(comparisons('The number of patients waiting more than a year for surgery has reached 388,000.')).toEqual([]);
    expect(comparisons('The last debate was held more than a month ago in Denver.')).toEqual([]);
    // a figure before it still compares
    expect(comparisons('The casinos took about $74 million more than a year ago.')).toHaveLength(1);
  });

  it('takes a bare number after “at” for an age, no figure to compare with', () => {
    expect(comparisons('"How you sleep at 40 may matter more than how you sleep at 80," she said.')).toEqual([]);
    expect(comparisons('Unemployment is lower than at any time since 1975.')).toHaveLength(1);
  });
});
