import { analyseArticle } from '../../src/core';

describe('permission is not speech', () => {
  it('a passive “allowed” reports nothing; the “said” closing the sentence reports its opening', () => {
    const t =
      'Fire crews worked through the night at the Ashgrove estate.\n\n' +
      'Families were allowed back into their flats on Sunday morning, said council spokeswoman Mary Doyle.';
    const r = analyseArticle(t);
    expect(r.statements.map((s) => [s.speaker?.name, s.content.text])).toEqual([
      ['Mary Doyle', 'Families were allowed back into their flats on Sunday morning'],
    ]);
  });

  it('“allowed that” still reports what was conceded', () => {
    const t = 'The coach allowed that his side had been lucky to draw.';
    const r = analyseArticle(t);
    expect(r.statements.map((s) => [s.speaker?.name, s.content.text])).toEqual([['The coach', 'his side had been lucky to draw']]);
  });
});
