import { nameSeen, reviewReasons } from '../../src/services/review-queue';

const carried = { confidence: 0.86, speakerKind: 'person', speakerMention: 'she', speakerName: 'Sara Oduya', attributionForm: 'continuation' };

describe('why a pronoun attribution waits for review', () => {
  it('finds the name a pronoun stands for in its paragraph or in an earlier one, folded as names are', () => {
    expect(nameSeen({ speakerName: 'Sara Oduya', beforeMention: 'Intro.\nODUYA’s team counts. “We will not stop,” ' })).toBe('same paragraph');
    expect(nameSeen({ speakerName: 'Sara Oduya', beforeMention: 'Sara Oduya runs the count.\nThe count began. “We will not stop,” ' })).toBe('earlier paragraph');
    // nothing read, or no paragraph start in what was read: it cannot tell
    expect(nameSeen({ speakerName: 'Sara Oduya', beforeMention: null })).toBeNull();
    expect(nameSeen({ speakerName: 'Sara Oduya', beforeMention: 'The count began. “We will not stop,” ' })).toBeNull();
  });

  it('says “across paragraphs” only when the name was last written in an earlier paragraph', () => {
    const rule = 'continuation-paragraph';
    expect(reviewReasons({ ...carried, attributionRule: rule, beforeMention: 'Sara Oduya runs it. “No,” ' })).toEqual(['speaker “she” taken from another quote in its paragraph']);
    expect(reviewReasons({ ...carried, attributionRule: rule, beforeMention: 'Sara Oduya runs it.\nIt began. “No,” ' })).toEqual(['“she” resolved across paragraphs']);
    expect(reviewReasons({ ...carried, attributionRule: rule })).toEqual(['speaker “she” taken from another quote in its paragraph']);
    expect(reviewReasons({ ...carried, attributionForm: 'speaker-colon-quote', attributionRule: 'colon-previous-paragraph', beforeMention: 'Sara Oduya runs it. ' })).toEqual([
      'speaker “she” named at the end of the paragraph before',
    ]);
    expect(reviewReasons({ ...carried, attributionForm: 'previous-sentence', attributionRule: 'previous-sentence-cue', confidence: 0.6 })).toEqual([
      '“she” resolved across sentences',
      'low confidence (60%)',
    ]);
  });
});
