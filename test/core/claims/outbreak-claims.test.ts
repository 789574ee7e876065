/**
 * An outbreak's figures: case counts as a measure of their own, double counts that are no toll, an earlier outbreak's
 * figures kept apart, and the outbreak's place passed on to figures that name none.
 */
import { assertClaimOffsets, claimsOf } from './helpers';
import { topicKey, type ClaimResult } from '../../../src/core/claims';

const SAID = '2024-06-14';

function claims(text: string): ClaimResult[] {
  const out = claimsOf(text, SAID);
  assertClaimOffsets(text, out);
  return out;
}

function brief(c: ClaimResult): string {
  return `${c.measure} ${c.value?.stated ?? '-'}`;
}

describe('case counts', () => {
  it.each<[string, number, string | null]>([
    ['“We now have 37 confirmed cases,” the regional health director said.', 37, 'confirmed'],
    ['The agency counted 112 suspected and confirmed cases across the valley.', 112, 'suspected and confirmed'],
    ['Officials said 58 cases had been confirmed by the laboratory in Tarsk.', 58, null],
    ['The number of laboratory-confirmed cases has climbed to 205, the ministry said.', 205, 'laboratory-confirmed'],
    ['The health service put the number of probable cases at 90.', 90, 'probable'],
    ['The cholera outbreak in the port has grown to 340 cases.', 340, null],
    ['Volunteers said they had found at least 75 people with symptoms in the hill villages.', 75, null],
  ])('%s', (text, value, group) => {
    const c = claims(text).find((x) => x.measure === 'cases');
    expect(c).toBeDefined();
    expect(c?.value?.stated).toBe(value);
    if (group) expect(c?.group).toBe(group);
  });

  it('a suspected case is a kind of case, not a doubt about the figure', () => {
    const [c] = claims('The clinic reported 41 suspected cases on Tuesday.');
    expect(c).toMatchObject({ measure: 'cases', hedged: false });
  });

  it('counts an outbreak that has infected people, and people who fell ill, as its cases', () => {
    expect(claims('The virus has infected 60 people in the district of Varnel.').map(brief)).toEqual(['cases 60']);
    expect(claims('In the camp, 24 people fell ill after drinking from the well.').map(brief)).toEqual(['cases 24']);
  });

  it('new cases are a day’s increment, and a court’s cases are no one’s illness', () => {
    expect(claims('The ministry reported 14 new cases of the fever on Friday.').filter((c) => c.measure === 'cases')).toEqual([]);
    expect(claims('The prosecutor cited a dozen cases far worse than this one.').filter((c) => c.measure === 'cases')).toEqual([]);
    expect(claims('Judges in the district heard 300 cases last year.').filter((c) => c.measure === 'cases')).toEqual([]);
  });

  it('puts the ministry’s, the agency’s and a charity’s counts of one outbreak in one topic', () => {
    const text = 'The fever outbreak in Varnel province has killed six people, the ministry said. '
      + 'The ministry said it had 44 confirmed cases. '
      + 'The agency put the number of suspected and confirmed cases at 61. '
      + 'A charity said its nurses had seen 90 people with symptoms.';
    const cases = claims(text).filter((c) => c.measure === 'cases');
    expect(cases.map((c) => c.value?.stated)).toEqual([44, 61, 90]);
    expect(new Set(cases.map((c) => topicKey(c).key))).toEqual(new Set(['varnel|cases']));
  });
});

describe('double counts', () => {
  it.each([
    'The minister said four deaths had been counted twice in the regional tallies.',
    '“Two patients who died at St. Anne were reported by the clinic and again by the county,” she said.',
    'An audit found that five deaths were double-counted.',
  ])('%s is no toll', (text) => {
    expect(claims(text).filter((c) => c.measure === 'deaths')).toEqual([]);
  });

  it('“counted twice” and “scored twice” compare nothing', () => {
    expect(claims('The minister said four deaths had been counted twice.').filter((c) => c.kind === 'comparison')).toEqual([]);
    expect(claims('Okafor scored twice in the second half.').filter((c) => c.kind === 'comparison')).toEqual([]);
    expect(claims('The hospital admitted 80 patients, twice the number of confirmed cases.').filter((c) => c.kind === 'comparison')).toHaveLength(1);
  });

  it('the place of a double count is still the story’s place for the tolls after it', () => {
    const text = 'The minister cut the toll of the Varnel fever outbreak, saying two deaths had been counted twice. '
      + 'He said 14 people had died.';
    const [toll] = claims(text).filter((c) => c.measure === 'deaths');
    expect(toll.value?.stated).toBe(14);
    expect(toll.subject).toMatchObject({ text: 'Varnel', inherited: true });
  });
});

describe('the outbreak’s place', () => {
  it('a country’s possessive before a province gives the province', () => {
    const [c] = claims('Health officials in Lorvia’s Tamsk province said the fever had killed eight people.');
    expect(c.subject?.text).toBe('Tamsk');
    expect(topicKey(c).key).toBe(topicKey({ subject: { text: 'Tamsk' }, measure: 'deaths', group: null }).key);
  });

  it('a name before the illness named after it is the place later figures take', () => {
    const text = 'The Tamsk fever outbreak has killed 12 people, officials said. On Friday the minister said 19 people had died.';
    const [first, c] = claims(text).filter((x) => x.measure === 'deaths');
    expect(first.subject).toMatchObject({ text: 'Tamsk', kind: 'place' });
    expect(c.subject).toMatchObject({ text: 'Tamsk', inherited: true });
  });

  it('an earlier outbreak elsewhere does not take the story’s place', () => {
    const text = 'The fever has killed 11 people in Tamsk province, officials said. '
      + 'The last outbreak was in 2017, when 40 people fell ill and seven died in the north of the country.';
    const earlier = claims(text).filter((c) => c.time?.text === 'in 2017');
    expect(earlier.map(brief)).toEqual(['cases 40', 'deaths 7']);
    for (const c of earlier) expect(c.subject).toBeNull();
  });
});

describe('superlatives and comparisons that claim nothing', () => {
  it.each([
    'Patients were flown to the clinic in Brask, where the most serious cases were treated.',
    'The director of its largest school resigned on Monday.',
    'The council sold the land to the highest bidder.',
    'It was one of the largest fraud trials the county has seen.',
  ])('%s has no ranking', (text) => {
    expect(claims(text).filter((c) => c.kind === 'ranking')).toEqual([]);
  });

  it.each([
    ['The bridge was the longest in the country.', 1],
    ['Brask is the region’s second-largest town.', 2],
    ['The flood was the worst since 1998.', 1],
  ])('%s ranks', (text, rank) => {
    expect(claims(text).filter((c) => c.kind === 'ranking').map((c) => c.value?.stated)).toEqual([rank]);
  });

  it.each([
    'The mayor said the town had more than enough sandbags.',
    'Fewer than half of the shelters are full.',
    'The real number is probably higher than anyone’s estimate.',
  ])('%s compares with no figure', (text) => {
    expect(claims(text).filter((c) => c.kind === 'comparison')).toEqual([]);
  });
});

describe('whose figure, and when', () => {
  it('a figure named as a body’s count is the body’s, whom the speaker cites', () => {
    const [own, cited] = claims('Dr. Anna Pell said nine patients had died at the clinic, three more than the ministry’s count of six deaths.')
      .filter((c) => c.measure === 'deaths');
    expect(own.citedSource).toBeNull();
    expect(cited).toMatchObject({ value: expect.objectContaining({ stated: 6 }), citedSource: expect.objectContaining({ text: 'the ministry', key: 'ministry' }) });
  });

  it('a body restating its own figure cites no one', () => {
    const [c] = claims('The ministry said it stood by its figure of 31 confirmed cases.');
    expect(c).toMatchObject({ measure: 'cases', citedSource: null });
  });

  it('an abbreviated month keeps its day', () => {
    const [c] = claims('The bulletin said 90 cases had been confirmed since Apr. 28.');
    expect(c.time).toMatchObject({ text: 'since Apr. 28', from: '2024-04-28', to: '2024-06-14', precision: 'day' });
  });
});

describe('what a figure is about', () => {
  it.each<[string, string]>([
    ['Halvard Foods, the Nordic dairy group, said its profit fell 9 percent in the second quarter.', '9'],
    ['Its shares fell 4.1 percent in Oslo trading.', '4.1'],
    ['A former mayor of Tarsk, Elin Brod, said she had known him for 15 years.', '15'],
  ])('%s has no subject', (text, value) => {
    const c = claims(text).find((x) => x.valueSpan?.text.startsWith(value));
    expect(c).toBeDefined();
    expect(c?.subject).toBeNull();
  });

  it('a word of a named body is not a subject', () => {
    const text = 'Nurses Across Borders International said its teams had worked in the district for six years.';
    const [c] = claims(text);
    expect(c.measure).toBe('duration');
    expect(c.subject?.text).not.toBe('International');
  });
});
