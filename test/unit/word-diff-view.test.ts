import path from 'node:path';
import ejs from 'ejs';
import { wordDiff } from '../../src/core/diff/word-diff';
import { compareQuote } from '../../src/services/verify-quote';
import { diffRuns } from '../../src/web/word-diff.presenter';

const partial = path.join(__dirname, '../../views/partials/word-diff.ejs');

/** The diff as the page shows it, and as it reads once its marks are taken away. */
async function rendered(before: string, after: string, diff = wordDiff(before, after)): Promise<{ html: string; read: string }> {
  const html = await new Promise<string>((resolve, reject) =>
    ejs.renderFile(partial, { runs: diffRuns(diff), insTitle: 'added', delTitle: 'removed' }, {}, (err, out) => (err ? reject(err) : resolve(out ?? ''))),
  );
  return { html, read: html.replace(/<[^>]+>/g, '') };
}

/** Every word of both texts, each once, one space between words: what a diff must read as. */
function words(...texts: string[]): string[] {
  return texts.flatMap((t) => t.match(/\S+/g) ?? []);
}

describe('a word diff on a page', () => {
  it('keeps a space after the last word of a text when the other text goes on (“before.every”)', async () => {
    const real = 'We will wait for every ballot, and not one minute before.';
    const asked = 'We will wait, and not one minute before. every ballot is counted.';
    const { html, read } = await rendered(real, asked, compareQuote(real, asked).diff);
    expect(read).not.toMatch(/before\.every/);
    expect(read).toMatch(/before\. every/);
    expect(html).not.toMatch(/\s<\/(ins|del)>/); // no struck or underlined space
  });

  it.each([
    ['an insertion at the end', 'not one minute before.', 'not one minute before. every ballot is counted.'],
    ['a deletion at the end', 'not one minute before every ballot is counted.', 'not one minute before'],
    ['an insertion at the start', 'the ballots are counted', 'Today the ballots are counted'],
    ['a replacement in the middle', 'under siege for over three years', 'under siege for two years'],
    ['a replacement of the last word', 'the count ends tonight', 'the count ends tomorrow.'],
    ['punctuation beside changed words', '“Wait,” she said, “for the count.”', '“Wait” she said: “for every count!”'],
    ['texts with nothing in common', 'alpha beta', 'gamma delta'],
  ])('never glues two words: %s', async (_case, before, after) => {
    const { read } = await rendered(before, after);
    // every word reads on its own, one space from the next: a glued pair (“before.every”) is a word of neither text
    const known = new Set(words(before, after));
    const shown = read.split(' ');
    expect(shown.filter((w) => !known.has(w))).toEqual([]);
    expect(shown.length).toBeGreaterThanOrEqual(Math.max(words(before).length, words(after).length));
  });
});
