import { speakerLabel } from '../../src/web/articles/articles.presenter';

describe('the speaker shown beside a quote on the article page', () => {
  it('names people and organisations, marks anonymous sources, and does not pass words that identify no one for a speaker', () => {
    expect(speakerLabel({ speakerName: 'Victoria Atkins', speakerKind: 'person' })).toBe('Victoria Atkins');
    expect(speakerLabel({ speakerName: 'a senior official', speakerKind: 'anonymous' })).toBe('a senior official (anonymous)');
    expect(speakerLabel({ speakerName: 'They', speakerKind: 'unknown' })).toBe('“They” (not identified)');
    expect(speakerLabel({ speakerName: null, speakerKind: 'unknown' })).toBe('Unattributed');
  });
});
