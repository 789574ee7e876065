import { quoteOf } from '../support/quotes';

describe('the shouts of a crowd', () => {
  it('go to the group the sentence says raised them', () => {
    const q = quoteOf('The mayor left the stage early. Dock workers responded with chants of “Not for sale!” until the lights went out.', 'Not for sale');
    expect(q.speakerMention?.text).toBe('Dock workers');
    expect(q.evidence.rule).toBe('crowd');
  });

  it('after a verb with no -ed ending and a few adjectives', () => {
    const q = quoteOf('The protesters broke into loud chants of “Ola! Ola!” as the minister came out.', 'Ola! Ola!');
    expect(q.speakerMention?.text).toBe('The protesters');
  });

  it('to the owner of the shout', () => {
    const q = quoteOf('The students waited outside the hall. Their chants of “Open the books!” could be heard inside.', 'Open the books');
    expect(q.speakerMention?.text).toBe('Their');
  });

  it('to the side named after “from” the shout came', () => {
    const q = quoteOf('The chancellor defended the cuts. There were cries of “Resign!” from the opposition benches.', 'Resign!');
    expect(q.speakerMention?.text).toBe('the opposition benches');
    expect(q.evidence.rule).toBe('crowd');
    expect(quoteOf('The mayor rose to speak. There were jeers of “Liar!” from angry residents at the back of the hall.', 'Liar!').speakerMention?.text).toBe('angry residents');
  });

  it('to no one when the sentence names no group raising them', () => {
    const q = quoteOf('Munroe rose to defend the plan. He was interrupted by shouts of “Shame!” from the benches.', 'Shame!');
    expect(q.speakerMention).toBeNull();
    expect(q.speaker).toBeNull();
  });
});
