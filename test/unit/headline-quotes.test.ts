import { analyseArticle } from '../../src/core';
import { checkHeadlineQuotes } from '../../src/services/headline-quotes';

describe('quotes in a headline, checked against the article', () => {
  const body =
    'Transport Minister Ayo Okafor said on Tuesday that the government would not give in to the rail unions.\n\n' +
    '“We will not back down, and we will not be bullied by anyone,” Okafor told reporters in Abuja.\n\n' +
    'Union leader Grace Eze called the offer an insult. She said the talks had been “a charade from the start”.\n\n' +
    'The minister added that the strike was costing the economy millions every day.';
  const quotes = analyseArticle(body).quotes.map((q, i) => ({ id: 500 + i, position: i, text: q.text, speakerName: q.speaker?.name ?? null, reviewStatus: 'pending' }));
  const check = (title: string, list = quotes) => checkHeadlineQuotes(title, body, list);

  it('finds a headline quote cut from a longer quote, with its speaker', () => {
    const [h] = check('‘We will not back down’: minister defiant as strike enters third week');
    expect(h).toMatchObject({ text: 'We will not back down', verdict: 'exact', quote: { id: 500, speakerName: 'Ayo Okafor' } });
  });

  it('finds one word quoted in the headline inside a quote of the article', () => {
    expect(check('Union calls talks a ‘charade’')).toMatchObject([{ text: 'charade', verdict: 'exact', quote: { speakerName: 'Grace Eze' } }]);
  });

  it('calls altered a headline quote that changes a word of the article’s quote, and shows the change', () => {
    const [h] = check('“We will not back down and we will not be bullied by the unions,” says Okafor');
    expect(h.verdict).toBe('altered');
    expect(h.quote?.speakerName).toBe('Ayo Okafor');
    expect(h.diff?.filter((p) => p.op === 'added').map((p) => p.text.trim())).toContain('the unions');
    expect(h.diff?.filter((p) => p.op === 'removed').map((p) => p.text.trim()).join(' ')).toMatch(/anyone/);
  });

  it('tells words of the article that no one is quoted saying from a quote', () => {
    expect(check('Strike “costing the economy millions”, minister says')).toMatchObject([{ verdict: 'unquoted', quote: null }]);
  });

  it('says when the headline quotes words the article does not have, naming the nearest quote only when it shares enough', () => {
    const [far] = check('“We have already won,” says union leader');
    expect(far).toMatchObject({ verdict: 'not-found', quote: null });
    const [near] = check('Minister: “We will never back down to the unions”');
    expect(near.verdict).toBe('not-found');
    expect(near.quote?.speakerName).toBe('Ayo Okafor');
  });

  it('leaves out quotes a reviewer rejected, and a headline with no quote marks', () => {
    const rejected = quotes.map((q) => (q.id === 500 ? { ...q, reviewStatus: 'rejected' } : q));
    expect(check('‘We will not back down’: minister defiant', rejected)[0].verdict).not.toBe('exact');
    expect(check('Rail strike enters third week as talks stall')).toEqual([]);
  });
});
