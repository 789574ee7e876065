import { analyseArticle } from '../../src/core';
import { findBoundaries } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokenize';

function sentenceStarts(text: string): string[] {
  const tokens = tokenize(text);
  const b = findBoundaries(tokens);
  return tokens.filter((_, i) => b.sentenceStart[i]).map((t) => t.text);
}

describe('sentence boundaries after abbreviations', () => {
  it('an abbreviation followed by a pronoun or article ends the sentence', () => {
    expect(sentenceStarts('Ames says the plan failed in the U.S. He says it must change. They met at 7 p.m. The vote followed.')).toEqual(['Ames', 'He', 'They', 'The']);
  });

  it('an abbreviation followed by a quotation opening after a space ends the sentence, and the words before are reported', () => {
    const t = 'Sara Oduya said she had last heard from him at 8:40 a.m. "He texted me that he was parking the car," she said.';
    expect(sentenceStarts(t)).toEqual(['Sara', '"']);
    expect(analyseArticle(t).statements.map((s) => s.speaker?.name)).toEqual(['Sara Oduya']);
    // a closing mark right after the period is no opening: “… in the U.S.” stays one sentence with what follows, as before
    expect(sentenceStarts('He said “we met in the U.S.” and left.')).toEqual(['He']);
  });

  it('initials and titles inside names do not end it', () => {
    expect(sentenceStarts('John F. Kerry met Sen. Ann Lowe in Washington, D.C. on Monday, near L.A. (about 40 miles away).')).toEqual(['John']);
  });

  it('the quote in the second sentence goes to its own subject', () => {
    const t = 'Dale Cox says the plan does nothing for towns across the U.S. He says voters want “real answers, not speeches.”';
    const [q] = analyseArticle(t).quotes;
    expect(q.speakerMention?.text).toBe('He');
  });
});

describe('datelines', () => {
  it('a dateline with a comma, a date and an agency is not the subject', () => {
    const [q] = analyseArticle('PORTLAND, Ore., Dec. 8 (UPI) — In response to the plan, Mayor Ida Lund rallied supporters, saying: “We have to be ready.”').quotes;
    expect(q.speaker?.name).toBe('Ida Lund');
  });

  it('an organisation subject stops before its verb in -ed', () => {
    const [q] = analyseArticle('PHILADELPHIA, July 25 (UPI) — The Tarnby Harbour Board released a statement offering “a deep and sincere apology” to the ferry crews.').quotes;
    expect(q.speakerMention?.text).toBe('The Tarnby Harbour Board');
  });
});

describe('opening phrases of time', () => {
  it('“Thirteen years earlier,” is not the subject', () => {
    const [q] = analyseArticle('Senator Ana Lund ran again in 2002. Thirteen years earlier, she had voted for the “authority to invade” the country.').quotes;
    expect(q.speakerMention?.text).toBe('she');
    expect(q.speaker?.name).toBe('Ana Lund');
  });

  it('“A month later,” is not the subject', () => {
    const [q] = analyseArticle('Mayor Tom Berg announced his run in June. A month later, he visited the border and said voters would “love” him.').quotes;
    expect(q.speakerMention?.text).toBe('he');
  });
});

describe('sentence openers', () => {
  it('a connective adverb is not the subject', () => {
    const [q] = analyseArticle('Moreover, as part of the exchange, Senator Ola Berg cited a report saying “less than one percent” of emails were kept.').quotes;
    expect(q.speaker?.name).toBe('Ola Berg');
  });

  it('a capitalised preposition opens a phrase of circumstance', () => {
    const [q] = analyseArticle('Amid calls for a boycott, columnist Ines Ruiz offered a defence of the list, saying it would “remember the traitors.”').quotes;
    expect(q.speaker?.name).toBe('Ines Ruiz');
  });

  it('“As X puts it, …”', () => {
    const [q] = analyseArticle('As the Star’s Ana Lund puts it, the mayor is making the council “an offer it can’t refuse.”').quotes;
    expect(q.speaker?.name).toBe('Ana Lund');
  });

  it('“According to some on social media, …” with no other cue', () => {
    const [q] = analyseArticle('According to some on social media, the mayor was “incognito” at the meeting.').quotes;
    expect(q.speakerMention?.text).toBe('some on social media');
  });
});
