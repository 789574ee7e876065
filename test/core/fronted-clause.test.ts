import { quoteOf } from '../support/quotes';

describe('a quote inside a clause opening its sentence', () => {
  it('“While X said … “…”, Y said …” is X’s', () => {
    const q = quoteOf('While Mayor Ines Okafor said the levy was “a tax on the poor,” the council said it would pass anyway.', 'a tax on the poor');
    expect(q.speakerMention?.text).toBe('Mayor Ines Okafor');
    expect(q.evidence.rule).toBe('fronted-clause');
  });

  it('“Although X admitted … “…,” he claimed …” is X’s, not the main clause’s pronoun', () => {
    const q = quoteOf('Although Lund admitted to the paper that the two had “met a few times,” he claimed they never worked together.', 'met a few times');
    expect(q.speakerMention?.text).toBe('Lund');
  });

  it('“But even as X claimed that “…”, Y said …” is X’s', () => {
    const q = quoteOf('But even as Berg claimed on Friday that “the harbour deal is done,” a port official said talks were still going on.', 'the harbour deal is done');
    expect(q.speakerMention?.text).toBe('Berg');
  });

  it('a quote after the comma belongs to the main clause', () => {
    const q = quoteOf('While Berg was away, Lund said the plan was “dead on arrival.”', 'dead on arrival');
    expect(q.speakerMention?.text).toBe('Lund');
  });

  it('“As X said, “…”” keeps the speaker of the clause before the quote', () => {
    const q = quoteOf('As Okafor said on the radio, “Nobody wins a price war.”', 'Nobody wins');
    expect(q.speakerMention?.text).toBe('Okafor');
  });

  it('without a main clause after it the quote is read as before', () => {
    const q = quoteOf('Meanwhile, Lund said the plan was “dead on arrival,” Berg added.', 'dead on arrival');
    expect(q.speakerMention?.text).toBe('Berg');
  });

  it('a relative clause in the opening phrase describes the main clause’s speaker', () => {
    const q = quoteOf('As a candidate who promised “a new start,” Lund said little about the harbour on Monday.', 'a new start');
    expect(q.speakerMention?.text).not.toBe('who');
    expect(q.evidence.rule).not.toBe('fronted-clause');
  });
});
