import { cueAsWritten } from '../../src/web/articles/articles.presenter';

describe('a statement’s cue as the article writes it', () => {
  const text = 'Interior Minister Jouni Halla told parliament on Saturday that 38 buildings had collapsed. Floods killed 37 people, the agency said.';
  const at = (w: string) => text.indexOf(w);
  it('runs from the cue to what was said, so the line reads as the article does', () => {
    const s = { cue: 'told', cueStart: at('told'), cueEnd: at('told') + 4, contentStart: at('38 buildings') };
    expect(cueAsWritten(text, s)).toBe('told parliament on Saturday that');
  });
  it('is the cue alone when what was said comes before it', () => {
    const s = { cue: 'said', cueStart: at('said'), cueEnd: at('said') + 4, contentStart: at('Floods') };
    expect(cueAsWritten(text, s)).toBe('said');
  });
});
