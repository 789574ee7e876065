import { changesInside, compareQuote, elidedExcerpt, longestSharedRun, sameSpeaker } from '../../src/services/verify-quote';

describe('comparing a circulating quote with a stored one', () => {
  const real = 'Heat is a silent killer — it does not announce itself, and it hits the old and the poor first.';

  it('takes a verbatim cut of a longer quote as its words, across a dash and an ellipsis', () => {
    expect(compareQuote(real, 'Heat is a silent killer')).toMatchObject({ excerpt: true, exact: true, coverage: 1 });
    expect(compareQuote(real, '…killer — it does not announce itself…')).toMatchObject({ excerpt: true, exact: true });
    expect(compareQuote(real, 'killer it does not announce itself')).toMatchObject({ excerpt: true, exact: true });
  });

  it('finds a cut whose first word also occurs earlier in the quote, and shows the stored wording', () => {
    const obi = 'We will cut the deficit, and we will do it without raising the taxes of working families.';
    for (const cut of ['the taxes of working families', 'we will do it without raising the taxes']) {
      const r = compareQuote(obi, cut);
      expect(r).toMatchObject({ excerpt: true, exact: true, coverage: 1 });
      expect(r.diff.filter((p) => p.op === 'same')).toHaveLength(1);
      expect(r.diff.map((p) => p.text).join('')).toBe(obi);
    }
    const shouted = compareQuote(obi, 'WE WILL CUT THE DEFICIT');
    expect(shouted.exact).toBe(true);
    expect(shouted.diff[0]).toEqual({ op: 'same', text: 'We will cut the deficit, ' });
    // a changed quote shows the real words where both agree, with their spacing
    const changed = compareQuote('The target is ambitious but achievable if every region acts now.', 'THE TARGET IS AMBITIOUS BUT ACHIEVABLE');
    expect(changed.diff.map((p) => p.text).join('')).toContain('achievable if every region');
  });

  it('does not take words picked from all over a quote for a cut of it', () => {
    const picked = compareQuote(real, 'Heat does not hit the poor');
    expect(picked.excerpt).toBe(false);
    expect(picked.exact).toBe(false);
  });

  it('calls a changed cut altered, and a short run of words nothing', () => {
    const changed = compareQuote(real, 'Heat is a deadly killer — it does not announce itself');
    expect(changed).toMatchObject({ excerpt: false, exact: false });
    expect(changed.score).toBeGreaterThanOrEqual(0.75);
    // three words recur everywhere: they are compared as whole quotes, not as a cut
    expect(compareQuote(real, 'a silent killer').score).toBeLessThan(0.5);
  });

  it('compares whole quotes by the words they share', () => {
    expect(compareQuote('We will not stop.', 'We will not stop.')).toMatchObject({ similarity: 1, exact: true, excerpt: false });
    expect(compareQuote('We will never stop.', 'We will not stop.').exact).toBe(false);
  });
});

describe('whether a claimed speaker can be the one on record', () => {
  it('needs the surname and given names that agree', () => {
    expect(sameSpeaker('Helena Brandt', ['Helena Brandt'])).toBe(true);
    expect(sameSpeaker('Brandt', ['Helena Brandt'])).toBe(true);
    expect(sameSpeaker('H. Brandt', ['Helena Brandt'])).toBe(true);
    expect(sameSpeaker('Tomas Brandt', ['Helena Brandt'])).toBe(false);
    expect(sameSpeaker('Helena Berg', ['Helena Brandt'])).toBe(false);
  });

  it('reads past titles and a place in brackets, and knows the speaker by every recorded name', () => {
    expect(sameSpeaker('Mayor Brandt (Port Linden)', ['Helena Brandt'])).toBe(true);
    expect(sameSpeaker('Bernie Sanders', ['Bernard Sanders', 'Bernie Sanders'])).toBe(true);
    expect(sameSpeaker('Bernie Sanders', ['Bernard Sanders'])).toBe(false);
    expect(sameSpeaker('the Red Cross', ['Red Cross'])).toBe(true);
  });

  it('does not let a bare surname the archive knows vouch for another given name', () => {
    // Tomas Brandt was also written “Brandt”: that does not make “Helena Brandt” him
    expect(sameSpeaker('Helena Brandt', ['Tomas Brandt', 'Brandt'])).toBe(false);
    expect(sameSpeaker('Tomas Brandt', ['Tomas Brandt', 'Brandt'])).toBe(true);
    expect(sameSpeaker('Brandt', ['Tomas Brandt', 'Brandt'])).toBe(true);
    // known only by the surname: any given name may be theirs
    expect(sameSpeaker('Helena Brandt', ['Brandt'])).toBe(true);
  });
});

describe('a pasted quote with its cuts marked', () => {
  const real = 'We are still finding people alive, and we will not stop while there is any hope';
  it('is the quote shortened, not changed, when each part between ellipses is its own words in order', () => {
    for (const asked of ['We are still finding people alive … we will not stop', 'We are still finding people alive... we will not stop', 'still finding people alive [...] there is any hope']) {
      expect(elidedExcerpt(real, asked)).toBe(true);
      expect(compareQuote(real, asked)).toMatchObject({ exact: true, excerpt: true, coverage: 1 });
    }
  });
  it('is altered when a part is not the quote’s words, or the parts are out of order', () => {
    expect(elidedExcerpt(real, 'We are finding people alive … we will stop')).toBe(false);
    expect(compareQuote(real, 'We are finding people alive … we will stop').exact).toBe(false);
    expect(elidedExcerpt(real, 'we will not stop … We are still finding people alive')).toBe(false);
    // one part is no cut: an ellipsis at the end only trails off
    expect(elidedExcerpt(real, 'We are still finding people alive …')).toBe(false);
  });
});

describe('what a circulating version changed inside the real quote', () => {
  it('names a sentence put in before the quote as that sentence, not as words scattered across both', () => {
    expect(changesInside('There was no advice. There was only money.', 'There was no consultancy. There was no advice. There was only money.'))
      .toEqual([{ leftOut: null, putIn: 'There was no consultancy.' }]);
  });
  it('cuts the real quote where the pasted words begin, when their first word opens several of its sentences', () => {
    expect(changesInside('We will rebuild the bridge. We will not give up. We will reopen the school by May.', 'We will reopen the school by June.'))
      .toEqual([{ leftOut: 'May.', putIn: 'June.' }]);
    expect(changesInside('We will rebuild the bridge. We will not give up. We will reopen the school by May.', 'We will reopen the school by May.')).toBeNull();
  });
  it('takes words of the real quote missing only after the last shared word as the quote shortened', () => {
    expect(changesInside('I was told to move the money before the auditors arrived, and I did what I was told.', 'Delane ordered me to steal the money before the auditors arrived.'))
      .toEqual([{ leftOut: 'I was told', putIn: 'Delane ordered me' }, { leftOut: 'move', putIn: 'steal' }]);
  });
  it('counts the words two texts share in a row', () => {
    expect(longestSharedRun('I was told to move the money before the auditors arrived', 'Delane ordered me to steal the money before the auditors arrived.')).toBe(6);
    expect(longestSharedRun('My client made mistakes, but he is not a criminal', 'My client is a criminal')).toBe(2);
  });
});

describe('contractions in pasted words', () => {
  const real = "Tomas's in the best shape of his career. We don't rush him, and we'll see in spring.";

  it('takes a contraction written out, or a full form contracted, as the same words', () => {
    expect(compareQuote(real, 'Tomas is in the best shape of his career')).toMatchObject({ exact: true });
    expect(compareQuote(real, 'We do not rush him, and we will see in spring')).toMatchObject({ exact: true });
    expect(changesInside(real, 'Tomas is in the best shape of his career')).toBeNull();
    expect(compareQuote("We do not rush him, and we will see in spring.", "We don't rush him, and we'll see in spring")).toMatchObject({ exact: true });
  });

  it('still finds a real change next to a contraction', () => {
    const r = compareQuote(real, 'Tomas is in the worst shape of his career');
    expect(r.exact).toBe(false);
    expect(changesInside(real, 'Tomas is in the worst shape of his career')).toEqual([{ leftOut: 'best', putIn: 'worst' }]);
  });
});
