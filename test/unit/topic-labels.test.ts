import type { ClaimResult } from '../../src/core/claims';
import { labelForArticles, scopedTopic, tidyLabel } from '../../src/services/store-claims';

describe('topic labels', () => {
  it('has single spaces, whatever the words it is made of end with', () => {
    // “the city's share”: the figure is of “city s”, less its plural “s”
    const share = { subject: null, measure: 'share', group: "city's" } as unknown as ClaimResult;
    expect(scopedTopic(share, 4).label).toBe('Unspecified subject — city (share) (article 4)');
    expect(tidyLabel('  Kavra —  deaths ')).toBe('Kavra — deaths');
  });

  it('names its article only while every claim is that article’s', () => {
    const topic = { key: '|share:turnout@article:6', label: 'Unspecified subject — turnout (share) (article 6)' };
    expect(labelForArticles(topic, [6])).toBe(topic.label);
    expect(labelForArticles(topic, [6, 4, 11])).toBe('Unspecified subject — turnout (share)');
    expect(labelForArticles(topic, [4])).toBe('Unspecified subject — turnout (share)');
    // a label an editor gave, or a topic of a subject, stays as it is
    expect(labelForArticles({ key: '|share:turnout@article:6', label: 'Turnout in Brenna' }, [4, 6])).toBe('Turnout in Brenna');
    expect(labelForArticles({ key: 'brenna|share:turnout', label: 'Brenna — turnout (share)' }, [4, 6])).toBe('Brenna — turnout (share)');
  });
});
