/**
 * Figures a fact-checker tracks that were missed or misread: the dead a town buried, people left without shelter, a
 * share price's fall told with “a further” or carried to a week's loss, and subjects cut from abbreviations.
 */
import { claimsOf } from './helpers';

const facts = (text: string): Array<[string, number | undefined]> => claimsOf(text).map((c) => [c.measure, c.value?.stated]);

describe('missed figures', () => {
  it('counts the dead a place buried, not people buried alive', () => {
    expect(facts('The mayor said the town had buried 312 of its residents since Monday.')).toEqual([['deaths', 312]]);
    expect(facts('Rescuers said 40 people were buried under the rubble of the hotel.')).not.toContainEqual(['deaths', 40]);
  });

  it('counts people left in need of shelter as displaced', () => {
    expect(facts('The storm killed 18 people and left an estimated 250,000 in need of shelter.')).toEqual([['deaths', 18], ['displacement', 250000]]);
  });

  it('reads a price’s fall told with “a further” and a week’s loss as changes', () => {
    expect(facts('Its shares fell a further 31% on Tuesday to 12 euros, bringing the loss over the week to more than 70%.'))
      .toEqual([['change', -31], ['money', 12], ['change', -70]]);
    expect(facts('The stock rose another 6 percent, taking its gains this year to 40 percent.')).toEqual([['change', 6], ['change', 40]]);
  });

  it('keeps a level reached a share', () => {
    expect(facts('The central bank expects a fall in unemployment to 5 percent next year.')).toEqual([['share', 5]]);
  });

  it('takes no letter of an abbreviation for a subject', () => {
    const [c] = claimsOf('He said about 9,000 people had been killed in the fighting since 2016, according to U.N. figures.');
    expect(c.measure).toBe('deaths');
    expect(c.subject?.text ?? null).not.toBe('N');
  });
});

describe('figures of a strike, a transfer and a quarter', () => {
  it('counts ships waiting at a port and a service’s members as quantities', () => {
    const [ships] = claimsOf('The harbour master estimated that 85 ships were queuing off the coast by Friday night.');
    expect([ships.measure, ships.value?.stated, ships.unit]).toEqual(['quantity', 85, 'ships']);
    const [members] = claimsOf('"We added 2.7 million subscribers in the quarter," the chief executive said.');
    expect([members.measure, members.value?.stated, members.unit]).toEqual(['quantity', 2700000, 'subscribers']);
    expect(facts('The union, which has 120,000 members, called the offer an insult.')).toEqual([['quantity', 120000]]);
  });

  it('reads a contract’s term and a stretch to come as durations that began no years before', () => {
    const [term] = claimsOf('The midfielder signed a four-year contract with the club on Monday.');
    expect([term.kind, term.value?.stated, term.unit, term.impliedStart]).toEqual(['duration', 4, 'year', null]);
    const [strike] = claimsOf('The walkout is due to last 72 hours, the union said.');
    expect([strike.kind, strike.value?.stated, strike.unit, strike.impliedStart]).toEqual(['duration', 72, 'hour', null]);
    // a stretch of the past is still no duration claim
    expect(claimsOf('Prices have risen sharply in the last 48 hours, traders said.').filter((c) => c.kind === 'duration')).toEqual([]);
  });
});

describe('a first within a span of time', () => {
  const ranks = (text: string) => claimsOf(text).filter((c) => c.kind === 'ranking').map((c) => c.text);

  it('is a record to check: “the first time in nine years”, “the first strike since 2017”, “the first time in history”', () => {
    expect(ranks('Dock workers walked off the job on Tuesday, halting container traffic at the port for the first time in nine years.')).toEqual(['the first time in nine years']);
    expect(ranks('It was the first strike at the port since 2017, the union said.')).toEqual(['the first strike at the port since 2017']);
    expect(ranks('It was the first time in the party’s history that a woman had led it into an election.')).toEqual(['the first time in the party’s history']);
    expect(ranks('For the first time ever, the club sold out every home game this season.')).toEqual(['the first time ever']);
  });

  it('is no record without the span, nor as a part of a period or a title', () => {
    expect(ranks('She was the first to arrive at the scene, witnesses said.')).toEqual([]);
    expect(ranks('The first round of talks ended without agreement on Monday.')).toEqual([]);
    expect(ranks('Sales rose 4 percent in the first six months of the year.')).toEqual([]);
    expect(ranks('The first lady visited the hospital in 2019 and again in 2021.')).toEqual([]);
    expect(ranks('Electing the first female president carries less weight among younger women than in their mothers’ generation.')).toEqual([]);
  });
});
