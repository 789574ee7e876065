import { analyseArticle } from '../../src/core';
import { frenchInversion } from '../../src/core/attribution/foreign-cue';

const read = (text: string) =>
  analyseArticle(text).quotes.map((q) => ({ speaker: q.speaker?.name ?? null, role: q.speaker?.role ?? null, mention: q.speakerMention?.text ?? null, cue: q.cue?.text ?? null }));

describe('French copy quoted in its own marks', () => {
  it('reads an inverted verb of saying after « » as the cue, its pronoun as the speaker', () => {
    expect(read('Le ministre Gérald Darmanin est arrivé lundi à Calais. « Nous ne céderons pas », a-t-il déclaré.')).toEqual([
      { speaker: 'Gérald Darmanin', role: null, mention: 'a-t-il', cue: 'a-t-il déclaré' },
    ]);
    expect(read('Gérald Darmanin spoke on Monday. « La situation est grave », estime-t-il.')).toEqual([
      { speaker: 'Gérald Darmanin', role: null, mention: 'estime-t-il', cue: 'estime-t-il' },
    ]);
    expect(read('Gérald Darmanin spoke on Monday. « Tout est prêt », a-t-il expliqué.')[0].cue).toBe('a-t-il expliqué');
  });

  it('gives “elle” to the woman and “il” to the man, whoever was named last', () => {
    expect(read('Gérald Darmanin a répondu à Sandrine Rousseau lundi. « Nous ne céderons pas », a-t-elle ajouté.')[0].speaker).toBe('Sandrine Rousseau');
    expect(read('Sandrine Rousseau a répondu à Gérald Darmanin lundi. « Nous ne céderons pas », a-t-il ajouté.')[0].speaker).toBe('Gérald Darmanin');
  });

  it('reads no cue in a hyphenated word that is not a verb of saying, nor after English marks', () => {
    expect(frenchInversion('a-t-il')).toEqual({ verb: 'a', pronoun: 'he' });
    expect(frenchInversion('dit-elle')).toEqual({ verb: 'dit', pronoun: 'she' });
    expect(frenchInversion('well-known')).toBeNull();
    // “a-t-il” without a participle of saying after it, or a verb not of saying, is no cue
    expect(read('Gérald Darmanin spoke on Monday. « Nous ne céderons pas », a-t-il fini par dire.')[0].cue).not.toBe('a-t-il');
    expect(read('Gérald Darmanin spoke on Monday. « Nous ne céderons pas », mange-t-il.')[0].cue).not.toBe('mange-t-il');
    expect(read('Gérald Darmanin spoke on Monday. “We will not give in,” a-t-il déclaré.')[0]?.cue ?? null).not.toBe('a-t-il déclaré');
  });

  it('reads a French apposition after a name as the role, before or after the quote', () => {
    expect(read('Sandrine Rousseau, députée écologiste, a déclaré : « Nous ne céderons pas ».')).toEqual([
      { speaker: 'Sandrine Rousseau', role: 'députée écologiste', mention: 'Sandrine Rousseau', cue: null },
    ]);
    expect(read('« Nous ne pouvons pas accepter cela », a déclaré Arnaud Rousseau, président du syndicat, to reporters.')[0].role).toBe('président du syndicat');
    // an apposition of other words gives no role
    expect(read('« Nous ne céderons pas », a déclaré Sandrine Rousseau, lundi soir, à Paris.')[0].role).toBeNull();
  });
});
