import { topicKey, type Measure } from '../../../src/core/claims';

const slot = (subject: string | null, measure: Measure, group: string | null = null) => ({ subject: subject === null ? null : { text: subject }, measure, group });

describe('topicKey', () => {
  it('labels a siege duration and a civilian death toll', () => {
    expect(topicKey(slot('Fuaa and Kafraya', 'siege-duration'))).toEqual({ key: 'fuaa and kafraya|siege-duration', label: 'Siege of Fuaa and Kafraya — duration' });
    expect(topicKey(slot('eastern Aleppo', 'deaths', 'civilians'))).toEqual({ key: 'eastern aleppo|deaths:civilian', label: 'Eastern Aleppo — civilian deaths' });
  });

  it.each([
    ['Kafraya and Foua', 'Fuaa and Kafraya'],
    ['the villages of Fuaa and Kafraya', 'Fuaa and Kafraya'],
    ['al-Fuaa and Kefraya', 'Fuaa and Kafraya'],
    ['FUAA AND KAFRAYA', 'Fuaa and Kafraya'],
    ['Fuaa, Kafraya', 'Fuaa and Kafraya'],
    ['east Aleppo', 'eastern Aleppo'],
    ['Eastern Aleppo', 'the eastern Aleppo'],
    ['Idleb', 'Idlib'],
    ['Deir ez-Zor', 'Deir al-Zor'],
    ['Dar‘a', 'Daraa'],
    ['Raqqa', 'Raqqā'],
  ])('“%s” and “%s” share a topic', (a, b) => {
    expect(topicKey(slot(a, 'siege-duration')).key).toBe(topicKey(slot(b, 'siege-duration')).key);
  });

  it('reads a place named with the country it is in as the place, and keeps a country’s region whole', () => {
    // “Health authorities in Ardenia's Velmora province …”, then “the Velmora fever outbreak”
    expect(topicKey(slot("Ardenia's Velmora", 'deaths'))).toEqual({ key: 'velmora|deaths:civilian', label: 'Velmora — deaths' });
    expect(topicKey(slot('Ardenia’s Velmora', 'deaths')).key).toBe(topicKey(slot('Velmora', 'deaths')).key);
    expect(topicKey(slot("New York's Long Island and Queens", 'deaths')).key).toBe('long island and queens|deaths:civilian');
    expect(topicKey(slot("Syria's north", 'deaths')).key).toBe('syria north|deaths:civilian');
    expect(topicKey(slot("Dalmor's", 'deaths')).key).toBe('dalmor|deaths:civilian');
    // a possessive that is part of the name stays
    expect(topicKey(slot("St. Cyril's Hospital", 'deaths')).key).toBe('st cyril hospital|deaths:civilian');
    expect(topicKey(slot("Kessel's Children's Hospital", 'deaths')).key).toBe('children hospital|deaths:civilian');
  });

  it('keeps different places, measures and counted groups apart', () => {
    const base = topicKey(slot('eastern Aleppo', 'deaths', 'civilians')).key;
    expect(topicKey(slot('western Aleppo', 'deaths', 'civilians')).key).not.toBe(base);
    expect(topicKey(slot('eastern Aleppo', 'injuries', 'civilians')).key).not.toBe(base);
    expect(topicKey(slot('eastern Aleppo', 'deaths', 'children')).key).not.toBe(base);
    expect(topicKey(slot('eastern Aleppo', 'deaths', 'fighters')).label).toBe('Eastern Aleppo — combatant deaths');
  });

  it('folds people, residents and an unstated group into civilians', () => {
    const key = topicKey(slot('eastern Aleppo', 'deaths', 'civilians')).key;
    expect(topicKey(slot('eastern Aleppo', 'deaths', 'people')).key).toBe(key);
    expect(topicKey(slot('eastern Aleppo', 'deaths', 'residents')).key).toBe(key);
    expect(topicKey(slot('eastern Aleppo', 'deaths', null)).key).toBe(key);
  });

  it('labels a toll of people or of no stated group as deaths, and only one written of civilians as civilian deaths', () => {
    expect(topicKey(slot('Kavra', 'deaths', 'people')).label).toBe('Kavra — deaths');
    expect(topicKey(slot('Kavra', 'deaths', null)).label).toBe('Kavra — deaths');
    expect(topicKey(slot('Kavra', 'injuries', 'residents')).label).toBe('Kavra — injuries');
    expect(topicKey(slot('Kavra', 'deaths', 'Civilians')).label).toBe('Kavra — civilian deaths');
    expect(topicKey(slot('Kavra', 'deaths', 'children')).label).toBe('Kavra — child deaths');
  });

  it('ignores the group for measures that do not split by it', () => {
    expect(topicKey(slot('Aleppo', 'displacement', 'families')).key).toBe(topicKey(slot('Aleppo', 'displacement', 'people')).key);
  });

  it('splits shares and amounts of money by what they are of, folding case and plurals', () => {
    expect(topicKey(slot('Brenna', 'share', 'Turnout'))).toEqual({ key: 'brenna|share:turnout', label: 'Brenna — turnout (share)' });
    expect(topicKey(slot('Brenna', 'share', 'turnout')).key).toBe(topicKey(slot('Brenna', 'share', 'Turnout')).key);
    expect(topicKey(slot('Kavra', 'money', 'wages')).key).toBe(topicKey(slot('Kavra', 'money', 'wage')).key);
    expect(topicKey(slot('Brenna', 'share', 'inflation')).key).not.toBe(topicKey(slot('Brenna', 'share', 'growth')).key);
    expect(topicKey(slot('Brenna', 'share', null))).toEqual({ key: 'brenna|share', label: 'Brenna — share' });
  });

  it('has a label for a claim without a subject', () => {
    expect(topicKey(slot(null, 'deaths')).label).toBe('Unspecified subject — deaths');
  });
});

describe('compass words', () => {
  it('fold “east Aleppo” into eastern Aleppo, but leave names such as North Korea and the North Sea as they are', () => {
    const slot = (text: string) => ({ subject: { text }, measure: 'deaths' as const, group: 'civilians' });
    expect(topicKey(slot('east Aleppo')).key).toBe(topicKey(slot('eastern Aleppo')).key);
    expect(topicKey(slot('North Korea')).label).toBe('North Korea — civilian deaths');
    expect(topicKey(slot('the North Sea')).label).toBe('North Sea — civilian deaths');
    expect(topicKey(slot('South Africa')).key).not.toBe(topicKey(slot('southern Africa')).key);
  });
});

describe('labels of possessives and of no subject', () => {
  it('reads a possessive subject as the place, not a word “S”', () => {
    expect(topicKey(slot("Dalmor's", 'people'))).toEqual({ key: 'dalmor|people', label: 'Dalmor — people counted' });
    expect(topicKey(slot('Germany’s', 'deaths')).key).toBe(topicKey(slot('Germany', 'deaths')).key);
  });
  it('never prefixes the placeholder of no subject', () => {
    expect(topicKey(slot(null, 'siege-duration')).label).toBe('Unspecified subject — siege duration');
  });
});

describe('labels of subjects written in capitals', () => {
  it('keeps an abbreviation in capitals (“EU — export (share)”, not “Eu”), and writes a dateline’s name as a name', () => {
    expect(topicKey({ ...slot('EU', 'share'), group: 'exports' }).label).toBe('EU — export (share)');
    expect(topicKey(slot('the DRC', 'deaths')).label).toBe('DRC — deaths');
    expect(topicKey(slot('TALMO', 'deaths')).label).toBe('Talmo — deaths');
  });

  it('keeps an abbreviation written with its plural as written (“NGOs”, not “Ngos”)', () => {
    expect(topicKey(slot('NGOs', 'people')).label).toBe('NGOs — people counted');
  });
});
