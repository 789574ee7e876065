import { analyseArticle } from '../../src/core';

describe('a trade set before a single name', () => {
  it('makes the name a business, and the trade no part of its name', () => {
    const text = [
      'State miner Codelco said on Tuesday that copper output fell 5% in the first quarter, its weakest start in two decades.',
      'Chipmaker Nexperia said its plant in Hamburg would close for a week because of a shortage of wafers.',
      'In London, oil major Shell said it had reported the leak at once, and state broadcaster RTÉ said the inquiry would be public.',
    ].join('\n\n');
    const r = analyseArticle(text);
    const byName = new Map(r.people.map((p) => [p.name, p.kind]));
    expect(byName.get('Codelco')).toBe('organisation');
    expect(byName.get('Nexperia')).toBe('organisation');
    expect(byName.get('Shell')).toBe('organisation');
    expect(byName.get('RTÉ')).toBe('organisation');
    expect([...byName.keys()].some((n) => /chipmaker|miner/i.test(n))).toBe(false);
    const speakers = r.statements.map((s) => [s.speaker?.name, s.speaker?.kind]);
    expect(speakers).toContainEqual(['Codelco', 'organisation']);
    expect(speakers).toContainEqual(['Nexperia', 'organisation']);
  });

  it('credits a quote after “budget airline Ryanair warned:” to the airline', () => {
    const r = analyseArticle('Shares in carmaker Stellantis fell after budget airline Ryanair warned: “Fares will rise again this summer.”');
    expect(r.quotes[0].speaker).toMatchObject({ name: 'Ryanair', kind: 'organisation' });
    expect(r.people.find((p) => p.name === 'Stellantis')?.kind).not.toBe('person');
  });

  it('keeps a person with a given name after the same words a person', () => {
    const r = analyseArticle('Retired miner Thabo Nkosi said the shaft had flooded twice before. “Nobody listened to us,” Nkosi said.');
    expect(r.quotes[0].speaker).toMatchObject({ name: 'Thabo Nkosi', kind: 'person' });
  });
});

describe('a capitalised word opening a sentence before the noun it qualifies', () => {
  it('is no person: the source is the phrase, described', () => {
    const text = [
      'Internal estimates put the number of homes without water at 4,000, the report said.',
      'Official data showed “a sharp fall” in exports in the spring.',
      'Preliminary figures show “a worrying trend” in hospital admissions among the over-80s.',
    ].join('\n\n');
    const r = analyseArticle(text);
    for (const w of ['Internal', 'Official', 'Preliminary']) expect(r.people.map((p) => p.name)).not.toContain(w);
    for (const q of r.quotes) expect(q.speaker?.kind).not.toBe('person');
    expect(r.quotes.map((q) => q.speaker?.description)).toEqual(['Official data', 'Preliminary figures']);
    const estimate = r.statements.find((s) => s.speakerMention?.text === 'Internal');
    if (estimate) expect(estimate.speaker).toMatchObject({ kind: 'unknown', description: 'Internal estimates' });
  });

  it('leaves a surname opening a sentence before its verb a name', () => {
    const r = analyseArticle('Finance minister Clara Moreno spoke in Lisbon. Moreno estimates the cost at €2bn. “It can be done,” Moreno said.');
    expect(r.quotes[0].speaker).toMatchObject({ name: 'Clara Moreno', kind: 'person' });
  });
});
