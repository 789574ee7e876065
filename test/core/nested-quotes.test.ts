import { analyseArticle } from '../../src/core';

describe('a quotation inside a quote', () => {
  it('stays inside its parent and carries the speaker the parent’s words name, scored lower', () => {
    const text = '“The minister looked at me and said, ‘We will not resign,’ and then he walked out,” said Thandiwe Dlamini, a union organiser in Rustenburg.';
    const r = analyseArticle(text);
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0];
    expect(q.speaker?.name).toBe('Thandiwe Dlamini');
    expect(q.text).toContain('‘We will not resign,’');
    expect(q.nested).toHaveLength(1);
    const inner = q.nested![0];
    expect(inner.text).toBe('We will not resign');
    expect(text.slice(inner.start, inner.end)).toBe(inner.text);
    expect(inner.start).toBeGreaterThan(q.start);
    expect(inner.end).toBeLessThan(q.end);
    expect(inner.speakerMention?.text).toBe('The minister');
    expect(inner.speaker?.name).not.toBe('Thandiwe Dlamini');
    expect(inner.cue?.text).toBe('said');
    expect(inner.confidence).toBeLessThan(q.confidence);
    expect(inner.evidence.rule).toMatch(/^nested-/);
  });

  it('reads “my doctor warned: ‘…’” and a name before “he told me” inside the quote', () => {
    const text = [
      'Former miner Sipho Ndlovu, 58, has not worked since the accident.',
      '“My doctor warned: ‘You cannot go back underground,’ so I stopped,” Ndlovu said.',
      'Union leader Joseph Mathebula said: “When I met Pieter Botha he told me, ‘There will be no closures this year,’ and I believed him.”',
    ].join('\n\n');
    const r = analyseArticle(text);
    const doctor = r.quotes.find((q) => q.text.startsWith('My doctor'))!;
    expect(doctor.speaker?.name).toBe('Sipho Ndlovu');
    expect(doctor.nested?.[0]).toMatchObject({ text: 'You cannot go back underground', speaker: { description: 'My doctor' } });
    const closures = r.quotes.find((q) => q.text.startsWith('When I met'))!;
    expect(closures.speaker?.name).toBe('Joseph Mathebula');
    expect(closures.nested?.[0].text).toBe('There will be no closures this year');
    expect(closures.nested?.[0].speaker).toMatchObject({ name: 'Pieter Botha', kind: 'person' });
  });

  it('gives no speaker where the parent does not say who said it, and never the parent’s own cue', () => {
    const r = analyseArticle('“They called it a ‘temporary’ closure. It has lasted nine years,” said Ana Ferreira, who ran the village shop.');
    const q = r.quotes[0];
    expect(q.speaker?.name).toBe('Ana Ferreira');
    expect(q.nested?.[0].text).toBe('temporary');
    expect(q.nested?.[0].speaker?.name).not.toBe('Ana Ferreira');
  });

  it('gives a quotation the quote’s speaker reports saying (“I told them: ‘…’”) to that speaker', () => {
    const r = analyseArticle('“I told the board last week: ‘No new money, no new ferries,’ and nothing has changed,” said Mirela Kovač, the port director.');
    const q = r.quotes[0];
    expect(q.speaker?.name).toBe('Mirela Kovač');
    expect(q.nested?.[0]).toMatchObject({ text: 'No new money, no new ferries', speaker: { name: 'Mirela Kovač' }, speakerMention: { text: 'I' } });
  });

  it('gives an inner “he” the one other person named just before the quote, and no one when two could be meant', () => {
    const one = analyseArticle(
      "Winger Kofi Mensah said he had spoken to the coach, Rui Castelo, twice before agreeing terms. \"He told me: 'I don't need you to be a hero, I need you to be yourself,'\" Mensah said.",
    ).quotes[0];
    expect(one.speaker?.name).toBe('Kofi Mensah');
    expect(one.nested?.[0]).toMatchObject({ speaker: { name: 'Rui Castelo', kind: 'person' } });
    expect(one.nested?.[0].confidence).toBeLessThanOrEqual(0.5);
    expect(one.nested?.[0].evidence.detail).toContain('the one other person named just before the quote');
    const two = analyseArticle(
      "Winger Kofi Mensah said he had spoken to Rui Castelo and to the chairman, Tomas Brandt, before agreeing terms. \"He told me: 'I don't need you to be a hero,'\" Mensah said.",
    ).quotes[0];
    expect(two.nested?.[0].speaker?.name).not.toBe('Rui Castelo');
    expect(two.nested?.[0].speaker?.name).not.toBe('Tomas Brandt');
  });

  it('leaves a quote with no quotation inside without the field', () => {
    const r = analyseArticle('“We will rebuild,” said the mayor, Luis Ortega.');
    expect(r.quotes[0].nested).toBeUndefined();
  });
});
