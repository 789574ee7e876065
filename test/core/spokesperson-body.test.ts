import { analyseArticle } from '../../src/core';

const speakerOf = (text: string) => analyseArticle(text).quotes.map((q) => [q.speaker?.name, q.speaker?.kind, q.speaker?.organisation ?? null]);

describe('the body an unnamed spokesperson speaks for', () => {
  it('is the one organisation named in the sentence or the sentence before', () => {
    expect(speakerOf('Veltrane Corp declined to comment on the figures. “We do not comment on rumours,” a spokeswoman said.')).toEqual([
      ['a spokeswoman', 'anonymous', 'Veltrane Corp'],
    ]);
    // the sentence before may end the paragraph before
    expect(speakerOf('Veltrane Corp declined to comment on the figures.\n\n“We do not comment on rumours,” a spokeswoman said.')).toEqual([
      ['a spokeswoman', 'anonymous', 'Veltrane Corp'],
    ]);
    expect(speakerOf('“We do not comment on rumours,” a company spokesman said after Veltrane Corp shares fell.')).toEqual([
      ['a company spokesman', 'anonymous', 'Veltrane Corp'],
    ]);
  });

  it('is the one the description names, before or after its noun', () => {
    expect(speakerOf('Shares of Marlowe Inc fell. “We stand by our audit,” a spokeswoman for Veltrane Corp said.')).toEqual([
      ['a spokeswoman for Veltrane Corp', 'anonymous', 'Veltrane Corp'],
    ]);
    expect(speakerOf('Shares of Marlowe Inc fell. “We stand by our audit,” a Veltrane Corp spokeswoman said.')).toEqual([
      ['a Veltrane Corp spokeswoman', 'anonymous', 'Veltrane Corp'],
    ]);
  });

  it('is none when two are named, none is, it is named further back, or the description names a kind of body of its own', () => {
    expect(speakerOf('Veltrane Corp and Marlowe Inc both declined to comment. “We do not comment on rumours,” a spokeswoman said.')[0][2]).toBeNull();
    expect(speakerOf('The storm hit the coast on Monday. “We expect a better quarter,” a spokeswoman said.')[0][2]).toBeNull();
    expect(speakerOf('Veltrane Corp declined to comment. The storm hit the coast on Monday. “Roads are closed,” a spokeswoman said.')[0][2]).toBeNull();
    expect(speakerOf('Veltrane Corp declined to comment on the figures. “We do not comment on rumours,” a police spokesman said.')[0][2]).toBeNull();
  });
});
