import { createHash } from 'node:crypto';
import { contentHash, hashedForm } from '../../src/services/article-input';

describe('the content hash of an article text', () => {
  const curly = '“We will rebuild every school,” the mayor said. ‘Not one’ will be forgotten — she added… It’s 2015–2016.';
  const straight = '"We will rebuild every school," the mayor said. \'Not one\' will be forgotten -- she added... It\'s 2015-2016.';

  it('is the same for a text re-sent with its quotes straightened, its dashes typed as hyphens and its ellipsis as three dots', () => {
    expect(contentHash(straight)).toBe(contentHash(curly));
    expect(hashedForm(curly)).toBe('"We will rebuild every school," the mayor said. \'Not one\' will be forgotten - she added... It\'s 2015-2016.');
  });

  it('is the same for accents written as one character or as a letter and a combining mark, and with invisible characters', () => {
    const composed = 'Café owner Zoë Müller said the square was “packed”.';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(contentHash(decomposed)).toBe(contentHash(composed));
    expect(contentHash('Ca\u00ADfé\u200B owner Zoë Mül\u2060ler said the square was “packed”.')).toBe(contentHash(composed));
  });

  it('folds white space as before, so texts stored without any of these characters keep their hash', () => {
    expect(contentHash('  The council   met\n\non Monday. ')).toBe(contentHash('The council met on Monday.'));
    // sha256 of the white-space-folded text, as stored before typography was folded
    expect(contentHash(' The council  met on Monday. ')).toBe(createHash('sha256').update('The council met on Monday.').digest('hex'));
  });

  it('still tells apart texts whose words differ', () => {
    expect(contentHash(curly)).not.toBe(contentHash(curly.replace('every', 'each')));
    expect(contentHash('"Yes," he said.')).not.toBe(contentHash('"No," he said.'));
  });
});
