import { compareQuotes } from '../../src/services/quote-changes';

describe('the quotes of two versions of a page', () => {
  const q = (text: string, speakerName = 'Ruud Hendriks') => ({ text, speakerName });

  it('counts a quote stored with the comma that ended it and again without as unchanged, not altered', () => {
    const changes = compareQuotes(
      [q('This is a matter for the employers and the unions,'), q('We will not stand by while machines take the jobs', 'Pieter Vandamme')],
      [q('This is a matter for the employers and the unions'), q('We will not stand by while machines take our jobs', 'Pieter Vandamme')],
    );
    expect(changes.unchanged).toBe(1);
    expect(changes.altered.map((a) => a.after.text)).toEqual(['We will not stand by while machines take our jobs']);
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
  });

  it('still sees a quote whose words changed before the comma', () => {
    const changes = compareQuotes([q('The port will reopen on Monday,')], [q('The port will reopen on Tuesday')]);
    expect(changes.unchanged).toBe(0);
    expect(changes.altered).toHaveLength(1);
  });
});
