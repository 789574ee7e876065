/**
 * The place a figure is about, told with the figure, over places elsewhere in the sentence and the place inherited from
 * the story so far.
 */
import { assertClaimOffsets, claimsOf } from './helpers';
import { topicKey } from '../../../src/core/claims/topic-key';

const facts = (text: string): Array<[string, number | undefined, string | null]> =>
  claimsOf(text).map((c) => [c.measure, c.value?.stated, c.subject?.text ?? null]);

describe('the place told with the figure', () => {
  it('reads “had been confirmed dead in X” as about X, not as where someone spoke', () => {
    const text = 'The toll from the floods in northern Kessan rose to 212 on Friday, officials said. '
      + 'The national emergency agency said 1,130 people had been confirmed dead in Ardenia and 4,020 injured.';
    expect(facts(text)).toEqual([
      ['deaths', 212, 'northern Kessan'],
      ['deaths', 1130, 'Ardenia'],
      ['injuries', 4020, 'Ardenia'],
    ]);
  });

  it('keeps a place after a spoken verb that is where the words were said', () => {
    const [c] = claimsOf('At least 40 people died, the minister told reporters in Geneva.');
    expect(c.subject?.text ?? null).not.toBe('Geneva');
  });

  it('takes a country’s adjective on a body’s count as the country', () => {
    const text = 'The floods have killed more than 2,900 people in Syria and Turkey. '
      + 'The figure combines a Turkish government toll of 2,310 with 590 deaths recorded in Syria.';
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.value?.stated, c.subject?.text])).toEqual([[2900, 'Syria and Turkey'], [2310, 'Turkish'], [590, 'Syria']]);
    expect(topicKey(claims[1]).key).toBe(topicKey({ ...claims[1], subject: { text: 'Turkey' } }).key);
  });

  it('does not take a country’s adjective that only names who spoke', () => {
    const [c] = claimsOf('Turkish officials said 310 people had died in the province of Hatay.');
    expect(c.subject?.text).toBe('Hatay');
  });

  it('takes the country of the body that counted, not the place of the figure before', () => {
    const text = 'Officials said 640 people had died in Syria. Turkey’s disaster agency said separately that 2,310 people had died and that 9,200 had been injured.';
    expect(facts(text)).toEqual([
      ['deaths', 640, 'Syria'],
      ['deaths', 2310, 'Turkey'],
      ['injuries', 9200, 'Turkey'],
    ]);
  });

  it('does not give a sentence set in a place of its own the place of the figure before', () => {
    const text = 'The disaster agency said 1,130 people had died in Ardenia. '
      + 'In Kessan, the health ministry reported 186 deaths, while volunteers said 94 people had died in the rebel-held north.';
    const claims = claimsOf(text);
    expect(claims.slice(1).map((c) => c.subject?.text ?? null)).not.toContain('Ardenia');
  });

  it('keeps two places with their compass words together', () => {
    const [c] = claimsOf('The death toll from the earthquake in southern Ardenia and northern Kessan rose above 1,900 on Thursday.');
    expect(c.subject?.text).toBe('southern Ardenia and northern Kessan');
  });

  it('takes a city named in an apposition as the place, not the country that owns it', () => {
    const text = 'Kharkiv, Ukraine\'s second-largest city, lies about 30 kilometers from the Russian border. Lyon, France\'s third city, lost 1,200 jobs last year.';
    const out = claimsOf(text, '2025-11-18');
    assertClaimOffsets(text, out);
    const subjects = out.map((c) => [c.measure, c.subject?.text]);
    expect(subjects).toContainEqual(['quantity', 'Kharkiv']);
    expect(subjects).toContainEqual(['rank', 'Kharkiv']);
    expect(subjects.filter(([, s]) => s === 'Ukraine' || s === 'France')).toEqual([]);
  });
});

describe('a place that shares a word with a person’s name', () => {
  const placeOf = (text: string, measure: string): string | null => claimsOf(text).find((c) => c.measure === measure)?.subject?.text ?? null;

  it('keeps a place after “the village of” though the speaker bears its name', () => {
    const text = 'Storms swept the valley overnight, said Marisol Vega, the regional governor. In the village of Marisol, 14 homes were destroyed, Vega said.';
    expect(placeOf(text, 'quantity')).toBe('Marisol');
  });

  it('keeps a place after “In” opening the sentence though a person bears its name', () => {
    const text = 'Rescuers reached the hills on Monday, said Talia Brenner, who leads the civil defence. In Talia, four people were killed by the landslide, Brenner said.';
    expect(placeOf(text, 'deaths')).toBe('Talia');
  });

  it('still takes the speaker’s own mention as no place', () => {
    const text = 'Talia Brenner, the civil defence chief, said four people were killed in the landslide.';
    expect(placeOf(text, 'deaths')).toBeNull();
  });
});
