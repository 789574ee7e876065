import type { ClaimResult } from '../../src/core/claims';
import { articleTopics, labelForArticles, scopedTopic, tidyLabel } from '../../src/services/store-claims';

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

  it('names its article again once a split leaves it that article’s figures alone, as it was built', () => {
    const share = { subject: null, measure: 'share', group: 'turnout' } as const;
    const built = scopedTopic(share as unknown as ClaimResult, 6);
    const merged = { key: built.key, label: labelForArticles(built, [6, 4]) };
    expect(merged.label).not.toContain('(article');
    expect(labelForArticles(merged, [6], [share])).toBe(built.label);
    // the claims' measure must give the topic's key: another measure's label is not this topic's
    expect(labelForArticles(merged, [6], [{ ...share, measure: 'money' }])).toBe(merged.label);
    // still shared, or renamed by an editor: as it is
    expect(labelForArticles(merged, [6, 4], [share])).toBe(merged.label);
    expect(labelForArticles({ key: built.key, label: 'Turnout in Brenna' }, [6], [share])).toBe('Turnout in Brenna');
    // a part of a count names its article after the part it is
    const part = { key: '|deaths:civilian:part-812@article:9', label: 'Unspecified subject — deaths, part of a count' };
    expect(labelForArticles(part, [9], [{ subject: null, measure: 'deaths', group: 'people' }])).toBe('Unspecified subject — deaths, part of a count (article 9)');
  });
});

describe('the topics of an article’s tolls with no place of their own', () => {
  /** The claims of `text`, one per sentence, as the parser would give them: a measure, and a place where the sentence names one. */
  function tolls(text: string, figures: Array<{ measure: string; place?: string; group?: string }>): ClaimResult[] {
    const sentences = text.split(/(?<=\.) /);
    let at = 0;
    return figures.map((f, i) => {
      const start = text.indexOf(sentences[i], at);
      at = start + sentences[i].length;
      const subject = f.place ? { text: f.place, start: text.indexOf(f.place, start), end: text.indexOf(f.place, start) + f.place.length, kind: 'other' } : null;
      return { measure: f.measure, group: f.group ?? null, subject, sentence: { text: sentences[i], start, end: at } } as unknown as ClaimResult;
    });
  }

  it('join the topic of the tolls before them of one place: the same measure first, else the event’s other tolls', () => {
    const text = 'Ardenia lowered the death toll from the Velmora fever outbreak to nine. Varga said on Thursday evening that 12 people had died. Nationwide, 40 people have died of fevers this year. The outbreak has injured no one, but 30 people were infected.';
    const claims = tolls(text, [{ measure: 'deaths', place: 'Velmora' }, { measure: 'deaths' }, { measure: 'deaths' }, { measure: 'infections' }]);
    const topics = articleTopics(claims, text, 7);
    expect(topics[1]).toEqual({ key: 'velmora|deaths:civilian', label: 'Velmora — deaths' });
    // a sentence that points elsewhere keeps its figure to its article
    expect(topics[2]).toEqual({ key: '|deaths:civilian@article:7', label: 'Unspecified subject — deaths (article 7)' });
    // the event's infected are counted where its dead were
    expect(topics[3]).toEqual({ key: 'velmora|infections', label: 'Velmora — people infected' });
  });

  it('stay with their article when the tolls before them name several places, or none, and figures of other measures always do', () => {
    const text = 'Floods killed 12 people in Kavra. Another 30 died in Brenna. Officials said 40 people had died. The damage came to $5 million.';
    const claims = tolls(text, [{ measure: 'deaths', place: 'Kavra' }, { measure: 'deaths', place: 'Brenna' }, { measure: 'deaths' }, { measure: 'money' }]);
    const topics = articleTopics(claims, text, 3);
    expect(topics.slice(2).map((t) => t.key)).toEqual(['|deaths:civilian@article:3', '|money@article:3']);
    // a toll before any place is named stays too
    const first = 'Officials said 40 people had died. Floods killed 12 people in Kavra.';
    expect(articleTopics(tolls(first, [{ measure: 'deaths' }, { measure: 'deaths', place: 'Kavra' }]), first, 4)[0].key).toBe('|deaths:civilian@article:4');
  });
});
