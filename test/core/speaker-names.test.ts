import { analyseArticle } from '../../src/core';

const persons = (t: string): string[] => analyseArticle(t).people.filter((p) => p.kind === 'person').map((p) => p.name);

describe('speaker names read whole', () => {
  it('gives the words to the name set off after a role “on” a place, particles and all, not to the place', () => {
    const t = 'The Council of Europe’s rapporteur on Kestovia, Belgian MEP Pieter van den Bosch, said on Tuesday that ministers should "stop pretending the crackdown is temporary".';
    const r = analyseArticle(t);
    expect(r.quotes.map((q) => [q.speaker?.name, q.speaker?.kind])).toEqual([['Pieter van den Bosch', 'person']]);
    expect(persons(t)).not.toContain('Kestovia');
  });

  it('reads two particles in a row inside a name, before and after the cue', () => {
    const r = analyseArticle('"We lost the whole harvest," said Maria de la Fuente, who farms near the river. Jan van der Linde, a neighbour, said: "Nobody came to help."');
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Maria de la Fuente', 'Jan van der Linde']);
  });

  it('reads a party and a seat in capitals before a name as the person’s role; the party word is no one’s name', () => {
    const t = 'Scottish Labour MP Morag Kinnaird rose to ask about the ferry contract. "Will the minister publish the full costs today?"\n\nLiberal Democrat councillor Tom Aske said the plan was "a shambles".';
    const r = analyseArticle(t);
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Morag Kinnaird', 'Tom Aske']);
    expect(persons(t)).toEqual(['Morag Kinnaird', 'Tom Aske']);
    const p = analyseArticle('Liberal Democrat MP Ewan Pryce intervened. "Is this the best the government can do?" he asked.').quotes[0];
    expect(p.speaker?.name).toBe('Ewan Pryce');
    expect(p.speaker?.role).toBe('MP');
  });

  it('reads “the [adjective] [occupation] Full Name” after an inverted cue as that named person, with the occupation as role', () => {
    const t = 'Police detained the editor at dawn. "She has done nothing but report the truth," wrote the veteran journalist Olena Hrytsak on Facebook.';
    const [q] = analyseArticle(t).quotes;
    expect([q.speaker?.name, q.speaker?.kind, q.speaker?.role]).toEqual(['Olena Hrytsak', 'person', 'journalist']);
    // (a description with no name after it stays a description)
    const [d] = analyseArticle('"We were never warned," said the exiled journalist, who asked not to be named.').quotes;
    expect(d.speaker?.kind).not.toBe('person');
  });

  it('registers a full name written in the possessive, so that the bare surname later is that person', () => {
    const t = 'Maren Solberg’s Centre Alliance took 27 percent, ahead of the governing coalition.\n\nSolberg told supporters in the capital: "Tonight the country chose change."';
    const r = analyseArticle(t);
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Maren Solberg']);
    expect(persons(t)).toEqual(['Maren Solberg']);
    // (a plural's bare apostrophe owns for a body, which is no person)
    expect(persons('Harbour Times’ Dana Whitby asked: "Who signed the order?"').filter((n) => n.startsWith('Harbour'))).toEqual([]);
  });

  it('keeps an organisation’s name whole across “and” when its second part holds a plural possessive', () => {
    const r = analyseArticle('The Rail and Harbour Workers’ Union said on Friday that the offer was "an insult to every member".');
    expect(r.quotes.map((q) => [q.speaker?.name, q.speaker?.kind])).toEqual([['Rail and Harbour Workers’ Union', 'organisation']]);
  });

  it('never reads “Another” as the start of a name: the person set off after it speaks, or the words after it describe someone', () => {
    const r = analyseArticle('Another, Councillor Bethan Morgan, said: "We were not consulted."\n\nAnother Liberal Democrat said: "This is a disgrace."\n\nAnother Conservative, Rhys Pugh, said: "We will vote against it."');
    expect(r.quotes.map((q) => [q.speaker?.name, q.speaker?.kind])).toEqual([
      ['Bethan Morgan', 'person'],
      ['Another Liberal Democrat', 'anonymous'],
      ['Rhys Pugh', 'person'],
    ]);
    expect(r.people.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Bethan Morgan', 'Rhys Pugh']);
  });
});
