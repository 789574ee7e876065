/**
 * Comparisons, superlatives and numbers that a fact-checker has nothing to check in: figures of speech, judgments of
 * quality, members of one family; and people rescued, a count of their own.
 */
import { claimsOf } from './helpers';

const measures = (text: string): string[] => claimsOf(text).map((c) => c.measure);

describe('comparisons with nothing measured', () => {
  it('drops rhetorical comparisons', () => {
    expect(measures('“We fear the floods more than the hunger,” said a farmer, Ana Rolt.')).toEqual([]);
    expect(measures('The minister insisted the cuts were smaller than they sound.')).toEqual([]);
    expect(measures('“He is more Ardenian than the Ardenians,” his adviser said.')).toEqual([]);
    expect(measures('The court said the state could not compel the platform to carry posts any more than it could compel a newspaper to print letters.')).toEqual([]);
  });

  it('keeps comparisons of counts, of another time and of a forecast', () => {
    expect(measures('Hollis won more votes than Petrakis in every district.')).toEqual(['comparison']);
    expect(measures('The agency has deported more people than any agency before it.')).toEqual(['comparison']);
    expect(measures('Turnout was higher than last year, the electoral commission said.')).toEqual(['comparison']);
    expect(measures('Harbour traffic was lower than most analysts had forecast.')).toEqual(['comparison']);
    expect(measures('The town has a higher crime rate than the capital.')).toEqual(['comparison']);
  });
});

describe('superlatives that rank nothing', () => {
  it('drops judgments of quality with “most”', () => {
    expect(measures('“We are the most transparent company on the exchange,” the chief executive told analysts.')).toEqual([]);
    expect(measures('The auditors skipped the most basic audit procedure, the regulator said.')).toEqual([]);
  });

  it('keeps ranks a figure decides', () => {
    expect(measures('It was the most expensive transfer in the club’s history.')).toEqual(['rank']);
    expect(measures('Hollis won the most votes in the northern districts.')).toEqual(['rank']);
  });

  it('drops a superlative standing alone before its noun phrase', () => {
    const claims = claimsOf('The agency said the number of aftershocks had passed 3,000, the strongest a magnitude 5.9 tremor on Tuesday.');
    expect(claims.map((c) => c.measure)).not.toContain('rank');
  });
});

describe('members of one family and days of one life', () => {
  it('does not count a family’s members named in words', () => {
    expect(measures('Her brother and his two children were still trapped under the building, she said.')).toEqual([]);
    expect(measures('A couple and their three sons were among the passengers.')).toEqual([]);
    expect(measures('Khan was an army captain at the time of his 2004 death.')).toEqual([]);
    // one of a relative clause: the parent's children are no count of their own
    expect(measures('Nurse Maria Lenz, whose three children attend the village school, said: \'It\'s a lifeline for us.\'')).toEqual([]);
  });

  it('takes no pronoun as the subject of a figure', () => {
    const claims = claimsOf('Head teacher Ana Ruiz, whose school took in 40 pupils from the flooded village, said: \'It\'s the largest intake we have ever had.\'');
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.subject?.text ?? null).filter((s) => s !== null && /^(it|i|we|you|he|she|they)$/i.test(s))).toEqual([]);
  });

  it('still counts a group after a possessive given in digits', () => {
    const [c] = claimsOf('The policy would affect their 4.5 million children, the report said.');
    expect(c).toMatchObject({ measure: 'people', value: expect.objectContaining({ stated: 4500000 }) });
  });
});

describe('people rescued', () => {
  it('counts the rescued as rescued, not as released', () => {
    const [c] = claimsOf('The mayor said 38 people had been rescued alive in his district on Wednesday.');
    expect(c).toMatchObject({ measure: 'rescued', value: expect.objectContaining({ stated: 38 }) });
    const [miners] = claimsOf('Crews rescued 40 miners overnight.');
    expect(miners?.measure).toBe('rescued');
  });

  it('keeps hostages rescued a release', () => {
    const [c] = claimsOf('Special forces rescued three hostages from the embassy on Sunday.');
    expect(c?.measure).toBe('releases');
  });
});

describe('a figure said again to judge it', () => {
  it('gives one claim for “four lives lost is four too many”', () => {
    const text = '"Four lives lost is four too many, and each case has been referred to the oversight authority," the interior minister said.';
    expect(claimsOf(text).map((c) => [c.measure, c.value?.stated])).toEqual([['deaths', 4]]);
    expect(claimsOf('One death is one too many, the mayor said after two people were killed on the bridge.').map((c) => c.value?.stated)).toEqual([1, 2]);
  });
});
