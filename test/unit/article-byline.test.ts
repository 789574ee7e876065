import { articleInputSchema, extractedArticleSchema } from '../../src/services/article-input';

const body = 'PORT ELLWOOD — A crane operator told a jury on Tuesday that he had warned his supervisors twice.';

describe('a byline opening a text sent by a person or a client', () => {
  it('is kept as the byline and left out of the text analysed', () => {
    const read = articleInputSchema.parse({ title: 'Crane operator tells court', text: `By Marta Lindqvist\n\n${body}` });
    expect(read.byline).toBe('Marta Lindqvist');
    expect(read.text).toBe(body);
  });

  it('keeps a name with its outlet after a separator, and a line sent with Windows line ends', () => {
    const read = articleInputSchema.parse({ title: 'Crane operator tells court', text: `By Marta Lindqvist, Harbour Gazette\r\n${body}` });
    expect(read.byline).toBe('Marta Lindqvist, Harbour Gazette');
    expect(read.text).toBe(body);
  });

  it('yields to a byline given as a field, and then the text stays as sent', () => {
    const read = articleInputSchema.parse({ title: 'Crane operator tells court', byline: 'Staff reporter', text: `By Marta Lindqvist\n\n${body}` });
    expect(read.byline).toBe('Staff reporter');
    expect(read.text).toBe(`By Marta Lindqvist\n\n${body}`);
  });

  it('leaves a first line that is prose, or a byline with nothing after it, in the text', () => {
    for (const text of [`By Tuesday, the council had voted.\n${body}`, `By the time the crane fell, the deck had moved.\n${body}`, body]) {
      const read = articleInputSchema.parse({ title: 'Council vote', text });
      expect(read.byline).toBeUndefined();
      expect(read.text).toBe(text);
    }
    expect(articleInputSchema.safeParse({ title: 'Only a byline', text: 'By Marta Lindqvist\n\n' }).success).toBe(false);
  });

  it('is not looked for in a fetched page, whose byline the extractor reads from the page', () => {
    const read = extractedArticleSchema.parse({ title: 'Crane operator tells court', text: `By Marta Lindqvist\n\n${body}` });
    expect(read.byline).toBeUndefined();
    expect(read.text).toBe(`By Marta Lindqvist\n\n${body}`);
  });
});
