import { analyseArticle } from '../../src/core';

function only(text: string) {
  const a = analyseArticle(text);
  expect(a.quotes.length).toBeGreaterThan(0);
  return a.quotes;
}

describe('attribution forms', () => {
  it('“…,” X said', () => {
    const [q] = only('The budget passed. “We kept every promise,” Governor Ana Ruiz said on Friday.');
    expect(q).toMatchObject({ form: 'quote-cue-speaker', kind: 'direct' });
    expect(q.speaker?.name).toBe('Ana Ruiz');
    expect(q.cue?.text).toBe('said');
  });

  it('“…,” said X, with an apposition', () => {
    const [q] = only('“It was a long night,” said Omar Haddad, a volunteer at the shelter.');
    expect(q).toMatchObject({ form: 'quote-speaker-cue' });
    expect(q.speakerMention?.text).toBe('Omar Haddad');
  });

  it('X said, “…” and X said: “…”', () => {
    const q = only('Ruth Keller said, “The vote is final.”\nThe coach added: “We train again on Monday.”');
    expect(q[0]).toMatchObject({ form: 'speaker-cue-quote' });
    expect(q[0].speaker?.name).toBe('Ruth Keller');
    expect(q[1]).toMatchObject({ form: 'speaker-colon-quote' });
    expect(q[1].speakerMention?.text).toBe('The coach');
  });

  it('X said: at the end of a paragraph, quote in the next one', () => {
    const q = only('Finance Minister Jonas Berg told parliament:\n“The deficit will be gone by 2027.”');
    expect(q[0]).toMatchObject({ form: 'speaker-colon-quote' });
    expect(q[0].speaker?.name).toBe('Jonas Berg');
  });

  it('according to X', () => {
    const [q] = only('The strike will continue “until the last depot closes,” according to the union.');
    expect(q.form).toBe('according-to');
    expect(q.speakerMention?.text).toBe('the union');
  });

  it('“…” — X', () => {
    const [q] = only('“Nothing is lost while we still argue about it.” — Marta Ivanova');
    expect(q.form).toBe('dash');
    expect(q.speaker?.name).toBe('Marta Ivanova');
  });

  it('partial quote inside paraphrase', () => {
    const [q] = only('Senator Dale Moore said the election was “rigged from the start” and refused to concede.');
    expect(q).toMatchObject({ kind: 'partial', form: 'embedded' });
    expect(q.speaker?.name).toBe('Dale Moore');
  });

  it('split quote is one occurrence with two segments', () => {
    const t = '“The bridge will open in May,” Mayor Ida Lund added, “and the tolls will go the year after.”';
    const [q] = only(t);
    expect(q.segments.map((s) => s.text)).toEqual(['The bridge will open in May,', 'and the tolls will go the year after.']);
    expect(q.text).toBe('The bridge will open in May, and the tolls will go the year after.');
    expect(q.speaker?.name).toBe('Ida Lund');
  });

  it('several speakers in one paragraph', () => {
    const q = only('“We need more time,” said Paula Grant. “We have waited long enough,” Victor Hale replied.');
    expect(q.map((x) => x.speaker?.name)).toEqual(['Paula Grant', 'Victor Hale']);
  });

  it('continuation in the same paragraph and the next one', () => {
    const q = only('“The plant stays open,” Karen Voss said. “Nobody loses a job.”\n“We have the orders to prove it.”');
    expect(q.map((x) => x.speaker?.name)).toEqual(['Karen Voss', 'Karen Voss', 'Karen Voss']);
    expect(q[1].form).toBe('continuation');
  });

  it('speaker named in the previous sentence', () => {
    const q = only('Inspector Leon Brandt described the scene to reporters. Then he paused.\n“It was the worst I have seen.”');
    expect(q[0].speaker?.name).toBe('Leon Brandt');
  });

  it('Q&A interview labels', () => {
    const q = only('We spoke to the architect Nadia Osei.\nQ: Why glass?\nOSEI: Because my teacher always said “light is free,” and she was right.');
    expect(q[0]).toMatchObject({ form: 'interview' });
    expect(q[0].speaker?.name).toBe('Nadia Osei');
  });

  it('an “A:” answer that names its speaker after the quote gives that speaker, and the answers after it too', () => {
    const t = 'Q: Will the budget pass?\nA: “We will see,” said the finance minister, Olaf Berg.\nQ: And the unions?\nA: “They will be heard.”';
    expect(analyseArticle(t).quotes.map((q) => q.speaker?.name)).toEqual(['Olaf Berg', 'Olaf Berg']);
  });

  it('scare quotes and titles are terms, hidden unless asked for', () => {
    const t = 'The so-called “reform” passed after a screening of “The Long Road” at the museum.';
    expect(analyseArticle(t).quotes).toHaveLength(0);
    expect(analyseArticle(t, { includeTerms: true }).quotes.map((q) => q.kind)).toEqual(['term', 'term']);
  });

  it('evidence is readable', () => {
    const [q] = only('“We will appeal,” the company said in a statement.');
    expect(q.evidence.rule).toBe('quote-cue-speaker');
    expect(q.evidence.detail).toContain('the company');
  });
});
