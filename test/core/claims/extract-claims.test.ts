import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseArticle } from '../../../src/core';
import { checkConsistency, extractClaims, toTopicClaim, topicKey, type ClaimResult } from '../../../src/core/claims';
import { assertClaimOffsets, claimsOf } from './helpers';
import { ofKey } from '../../../src/core/claims/topic-key';

// The seed article beside the project, else our golden-fixture copy of it.
const sharedSeed = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'seeds', '000_be9bedc69788db0f.txt');
const seedFile = existsSync(sharedSeed) ? sharedSeed : path.resolve(__dirname, '..', '..', 'fixtures', 'articles', 'seed-iran-russia', 'input.txt');

function only(text: string, publishedAt: string | null = '2016-12-18'): ClaimResult {
  const claims = claimsOf(text, publishedAt);
  assertClaimOffsets(text, claims);
  if (claims.length !== 1) throw new Error(`expected one claim in “${text}”, got ${claims.map((c) => c.text).join(' | ') || 'none'}`);
  return claims[0];
}

describe('the seed article', () => {
  it('finds the siege of Fuaa and Kafraya: over three years, said by Ali Shamkhani, began before 2013-12-18', () => {
    const text = readFileSync(seedFile, 'utf8');
    const analysis = analyseArticle(text, { publishedAt: '2016-12-18' });
    const claims = extractClaims(text, analysis, { publishedAt: '2016-12-18' });
    assertClaimOffsets(text, claims);
    const siege = claims.find((c) => c.measure === 'siege-duration');
    expect(siege).toBeDefined();
    const c = siege as ClaimResult;
    expect(c).toMatchObject({
      kind: 'duration', unit: 'year', polarity: 'affirmed', saidAt: '2016-12-18',
      subject: { text: 'Fuaa and Kafraya', kind: 'place' },
      value: { low: 3, high: null, stated: 3, qualifier: 'over' },
      valueSpan: { text: 'over three years' },
      impliedStart: { earliest: null, latest: '2013-12-18', precision: 'year' },
      source: { type: 'quote' },
    });
    expect(c.speaker?.name).toBe('Ali Shamkhani');
    expect(analysis.quotes[c.source.index as number].speaker?.name).toBe('Ali Shamkhani');
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.text).toContain('under siege by terrorists for over three years');
    expect(c.checkWorthiness).toBeGreaterThanOrEqual(0.8);
  });
});

describe('casualty counts', () => {
  it.each<[string, Partial<ClaimResult> & Record<string, unknown>]>([
    ['At least 300 civilians were killed in eastern Aleppo last week.',
      { kind: 'count', measure: 'deaths', group: 'civilians', subject: expect.objectContaining({ text: 'eastern Aleppo', kind: 'place' }), value: { low: 300, high: null, stated: 300, qualifier: 'at-least' }, unit: 'person' }],
    ['Airstrikes killed between 200 and 300 people in Idlib.',
      { measure: 'deaths', value: { low: 200, high: 300, stated: 200, qualifier: 'range' }, subject: expect.objectContaining({ text: 'Idlib' }) }],
    ['Dozens of children were wounded in Douma.',
      { measure: 'injuries', group: 'children', value: { low: 24, high: 120, stated: 24, qualifier: 'vague' } }],
    ['Nearly 3,000 people have died in the fighting in Homs.',
      { measure: 'deaths', value: { low: 2700, high: 3000, stated: 3000, qualifier: 'nearly' }, subject: expect.objectContaining({ text: 'Homs' }) }],
    ['The bombing left twenty-five dead in Raqqa.',
      { measure: 'deaths', value: { low: 25, high: 25, stated: 25, qualifier: 'exact' } }],
    ['A dozen soldiers were reported missing near Palmyra.',
      { measure: 'missing', group: 'soldiers', value: expect.objectContaining({ stated: 12 }) }],
    ['Up to 50 fighters were captured in Deir ez-Zor.',
      { measure: 'detention', value: { low: 0, high: 50, stated: 50, qualifier: 'up-to' } }],
    ['The attack killed 45 people, according to the Syrian Observatory for Human Rights.',
      { measure: 'deaths', citedSource: expect.objectContaining({ text: 'the Syrian Observatory for Human Rights', key: 'syrian observatory for human rights' }) }],
    ['At least 14 people died in the floods, according to the county emergency management office.',
      { measure: 'deaths', citedSource: expect.objectContaining({ text: 'the county emergency management office' }) }],
    ['More than 1,200 civilians were injured in Mosul, according to UN figures.',
      { measure: 'injuries', value: { low: 1200, high: null, stated: 1200, qualifier: 'over' }, citedSource: expect.objectContaining({ key: 'united nations' }) }],
    ['Hundreds of thousands of people were besieged in Ghouta.',
      { measure: 'besieged', value: expect.objectContaining({ low: 200000, high: 999000, qualifier: 'vague' }) }],
    ['Some 5,000 residents were evacuated from Madaya.',
      { measure: 'evacuation', value: { low: 4500, high: 5500, stated: 5000, qualifier: 'about' }, subject: expect.objectContaining({ text: 'Madaya' }) }],
    ['Security forces detained 120 protesters in Tehran.',
      { measure: 'detention', value: expect.objectContaining({ stated: 120 }) }],
    ['The war has created 4.8 million refugees.',
      { measure: 'refugees', value: expect.objectContaining({ stated: 4800000 }) }],
    ['Three hundred and fifty families fled Daraa.',
      { measure: 'displacement', group: 'families', value: expect.objectContaining({ stated: 350 }) }],
    ['Several hundred civilians remain trapped in Fuaa.',
      { measure: 'besieged', value: expect.objectContaining({ low: 300, high: 900, qualifier: 'vague' }) }],
    ['Tens of thousands of people have been displaced from Aleppo.',
      { measure: 'displacement', value: expect.objectContaining({ low: 20000, qualifier: 'vague' }) }],
    ['The strikes killed no fewer than 17 people in Idlib.',
      { measure: 'deaths', value: expect.objectContaining({ low: 17, high: null, qualifier: 'at-least' }) }],
    ['Officials said fewer than 10 people were hurt in Homs.',
      { measure: 'injuries', value: { low: 0, high: 10, stated: 10, qualifier: 'under' } }],
    ['More than 4,000 people have been forced from their homes in Orsk.',
      { measure: 'displacement', group: 'people', value: expect.objectContaining({ low: 4000, qualifier: 'over' }) }],
    ['A cholera outbreak has infected more than 12,000 people in Kessan.',
      { measure: 'cases', group: 'people', value: expect.objectContaining({ low: 12000, qualifier: 'over' }) }],
    ['Police shot dead 14 protesters in the capital.',
      { measure: 'deaths', value: expect.objectContaining({ stated: 14 }) }],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });
});

describe('durations and implied start dates', () => {
  it.each<[string, Record<string, unknown>]>([
    ['The former minister was sentenced to nine years in prison.',
      { measure: 'detention-duration', unit: 'year', value: expect.objectContaining({ stated: 9 }) }],
    ['A court sentenced him to four years.',
      { measure: 'detention-duration', unit: 'year', value: expect.objectContaining({ stated: 4 }) }],
    ['The town has been under siege for two years.',
      { measure: 'siege-duration', value: { low: 2, high: 2, stated: 2, qualifier: 'exact' }, impliedStart: { earliest: '2014-12-18', latest: '2014-12-18', precision: 'year' } }],
    ['Madaya has been besieged since 2013.',
      { measure: 'siege-duration', unit: 'year', impliedStart: { earliest: '2013-01-01', latest: '2013-12-31', precision: 'year' }, value: { low: 2.9, high: 3.9, stated: 2.9, qualifier: 'range' } }],
    ['The five-year war has ravaged Syria.',
      { measure: 'conflict-duration', value: expect.objectContaining({ stated: 5 }), impliedStart: expect.objectContaining({ latest: '2011-12-18' }) }],
    ['He was held in detention for nearly 18 months.',
      { measure: 'detention-duration', unit: 'month', value: { low: 16.2, high: 18, stated: 18, qualifier: 'nearly' }, impliedStart: { earliest: '2015-06-18', latest: '2015-08-13', precision: 'month' } }],
    ['The siege of Foua began in March 2015.',
      { kind: 'date', measure: 'siege-duration', impliedStart: { earliest: '2015-03-01', latest: '2015-03-31', precision: 'month' } }],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it('leaves the implied start unresolved without a publication date', () => {
    const c = only('The villages have been under siege for over three years.', null);
    expect(c.impliedStart).toBeNull();
    expect(c.value).toMatchObject({ low: 3, high: null });
  });
});

describe('periods resolved against the publication date (Sunday 2016-12-18)', () => {
  it.each<[string, string, string | null, string | null]>([
    ['At least 300 civilians were killed in eastern Aleppo last week.', 'last week', '2016-12-05', '2016-12-11'],
    ['Some 60 people have been killed in Idlib since Sunday.', 'since Sunday', '2016-12-11', '2016-12-18'],
    ['Some 60 people were killed in Idlib in 2015.', 'in 2015', '2015-01-01', '2015-12-31'],
    ['Nearly 1.2 million people have fled Aleppo in the past 18 months.', 'in the past 18 months', '2015-06-18', '2016-12-18'],
    ['Four people were killed in Homs yesterday.', 'yesterday', '2016-12-17', '2016-12-17'],
    ['Four people were killed in Homs on Monday.', 'on Monday', '2016-12-12', '2016-12-12'],
    ['About 400 people were injured in Aleppo last month.', 'last month', '2016-11-01', '2016-11-30'],
    ['More than 2,000 civilians died in Syria this year.', 'this year', '2016-01-01', '2016-12-18'],
    ['300 civilians died in eastern Aleppo in a week.', 'in a week', '2016-12-11', '2016-12-18'],
    ['Twelve people died in Daraa on December 3, 2016.', 'on December 3, 2016', '2016-12-03', '2016-12-03'],
  ])('%s → %s', (text, phrase, from, to) => {
    const c = only(text);
    expect(c.time).toMatchObject({ text: phrase, from, to });
  });

  it('keeps relative phrases unresolved without a publication date', () => {
    const c = only('At least 300 civilians were killed in eastern Aleppo last week.', null);
    expect(c.time).toMatchObject({ text: 'last week', from: null, to: null, relative: true });
  });
});

describe('shares, amounts, rankings and comparisons', () => {
  it.each<[string, Record<string, unknown>]>([
    ['Some 40 percent of the city’s buildings were destroyed in Aleppo.', { kind: 'percentage', measure: 'share', unit: 'percent', value: expect.objectContaining({ stated: 40, qualifier: 'about' }) }],
    ['Unemployment reached 57% in Gaza.', { kind: 'percentage', value: expect.objectContaining({ stated: 57 }) }],
    ['Donors pledged $1.2 billion for Syria.', { kind: 'amount', measure: 'money', unit: 'USD', value: expect.objectContaining({ stated: 1.2e9 }) }],
    ['The EU promised 5 million euros in aid to Lebanon.', { kind: 'amount', unit: 'EUR', value: expect.objectContaining({ stated: 5e6 }) }],
    ['Tokyo pledged 2 billion yen for reconstruction in Aleppo.', { kind: 'amount', measure: 'money', unit: 'JPY', value: expect.objectContaining({ stated: 2e9 }) }],
    ['Warsaw sent 40 million zlotys in aid to Ukraine.', { kind: 'amount', measure: 'money', unit: 'PLN', value: expect.objectContaining({ stated: 4e7 }) }],
    ['A convoy delivered 500 tonnes of food to Madaya.', { kind: 'amount', measure: 'quantity', unit: 'tonnes' }],
    ['The closure will cost about 1,400 jobs.', { kind: 'amount', measure: 'quantity', unit: 'jobs', value: expect.objectContaining({ stated: 1400, qualifier: 'about' }) }],
    ['It was the deadliest attack on Aleppo.', { kind: 'ranking', measure: 'rank', value: expect.objectContaining({ stated: 1 }) }],
    ['Aleppo was Syria’s second-largest city before the war.', { kind: 'ranking', value: expect.objectContaining({ stated: 2 }) }],
    ['Casualties were higher than in any previous month.', { kind: 'comparison', measure: 'comparison' }],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it('names no group for a share “of the” amount', () => {
    const [share] = claimsOf('Only 35 percent of the $48 million requested has arrived.');
    expect(share).toMatchObject({ measure: 'share', group: null, value: expect.objectContaining({ stated: 35 }) });
  });
});

describe('shares with a group', () => {
  it.each<[string, Record<string, unknown>]>([
    ['Some 40 percent of the city’s buildings were destroyed in Aleppo.', { group: 'buildings' }],
    ['He is backed by 34% of registered voters in the latest average.', { group: 'voters' }],
    ['Some 71 percent of union members approved the deal.', { group: 'members' }],
    ['A poll showed that 72 percent of voters said it mattered.', { group: 'voters' }],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });
});

describe('polarity and hedging', () => {
  it('marks a denied figure as negated', () => {
    expect(only('The ministry denied that 3,000 civilians had died in Homs.')).toMatchObject({ polarity: 'negated', measure: 'deaths' });
  });
  it('marks “not” as negated', () => {
    expect(only('It is not true that 500 people were killed in Aleppo.')).toMatchObject({ polarity: 'negated' });
  });
  it('keeps “no fewer than” affirmed', () => {
    expect(only('No fewer than 40 people were killed in Hama.')).toMatchObject({ polarity: 'affirmed', value: expect.objectContaining({ qualifier: 'at-least' }) });
  });
  it.each([
    'But 54 percent was never plausible, he said.',
    'The toll of 300 is not accurate.',
    'A toll of 40 wasn’t remotely credible.',
    'A rise of 8 percent has never been realistic.',
  ])('reads a figure denied after it as negated: %s', (text) => {
    expect(only(text)).toMatchObject({ polarity: 'negated' });
  });
  it.each([
    'Managers earning even $30,000 are not entitled to extra pay.',
    'The worst attack in its history was not widely reported.',
    'But 54 percent was not only plausible but likely, he said.',
  ])('keeps a figure affirmed when what follows denies something else: %s', (text) => {
    expect(only(text)).toMatchObject({ polarity: 'affirmed' });
  });
  it('hedges “may have”', () => {
    const c = only('As many as 70 people may have been killed in Douma.');
    expect(c).toMatchObject({ hedged: true, value: expect.objectContaining({ qualifier: 'up-to', high: 70 }) });
  });
});

describe('what is not a claim', () => {
  it.each([
    // no one counted: a statement that nobody was hurt gives no figure (neither one nor the 12 spared)
    'No one was hurt in that incident.',
    'Nobody was killed in the blast in Varna.',
    'None of the 12 hostages was hurt, the police said.',
    'No one of the 12 hostages was hurt.',
    'Neither of the two guards was injured in Varna.',
    'He met three ministers in 2015.',
    'The 12-year-old boy was taken to hospital on December 18.',
    'Resolution 2254 was adopted unanimously.',
    'The three countries’ officials met in Moscow.',
    'It was the first time they had met.',
    // a figure followed by a plural noun of things counts those things, not the people an event word names
    'Aid reached people displaced across eleven municipalities.',
    'The rebels captured two states in the south.',
    '“When three public bodies give three different numbers, people stop believing any of them,” she said.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('speakers and sources', () => {
  it('gives a figure reported before a closing “the ministry said” or “according to …” to that speaker', () => {
    const text = 'At least 300 people died in the shelling, the health ministry said on Sunday.\n\nMore than 1,200 families have fled the town since March, according to the UN refugee agency.';
    const claims = claimsOf(text);
    assertClaimOffsets(text, claims);
    expect(claims.map((c) => [c.measure, c.value?.low, c.speaker?.name, c.source.type])).toEqual([
      ['deaths', 300, 'the health ministry', 'statement'],
      ['displacement', 1200, 'the UN refugee agency', 'statement'],
    ]);
  });

  it('takes the speaker from a quote and the source from the statement', () => {
    const text = '“More than 300 civilians were killed in eastern Aleppo last week,” said Jan Egeland, the UN adviser.\nThe ministry said 40 people died in Homs.';
    const claims = claimsOf(text);
    assertClaimOffsets(text, claims);
    expect(claims).toHaveLength(2);
    expect(claims[0]).toMatchObject({ source: { type: 'quote', index: 0 }, measure: 'deaths' });
    expect(claims[0].speaker?.name).toBe('Jan Egeland');
    expect(claims[1]).toMatchObject({ source: { type: 'statement', index: 0 }, measure: 'deaths' });
    expect(claims[1].speaker?.name.toLowerCase()).toContain('ministry');
  });

  it('gives a count of victims to whoever counted it, also in a clause about them, and not a count of anything else', () => {
    const text = [
      'Relief Without Borders, which counted 97 dead in its own survey of the burned villages, said the government was undercounting.',
      'The civil protection agency registered at least 40 deaths by Wednesday.',
      'The home side recorded 12 wins in a row.',
    ].join('\n\n');
    const claims = claimsOf(text);
    assertClaimOffsets(text, claims);
    expect(claims.filter((c) => c.measure === 'deaths').map((c) => [c.value?.stated, c.speaker?.name, c.source.type])).toEqual([
      [97, 'Relief Without Borders', 'statement'],
      [40, 'The civil protection agency', 'statement'],
    ]);
    const statements = analyseArticle(text).statements;
    expect(statements.some((s) => s.content.text.includes('12 wins'))).toBe(false);
  });

  it('marks the article’s own narration', () => {
    expect(only('At least 300 civilians were killed in eastern Aleppo last week.')).toMatchObject({ source: { type: 'article', index: null }, speaker: null });
  });

  it('scores casualty figures above rankings', () => {
    const [count] = claimsOf('At least 300 civilians were killed in eastern Aleppo last week.');
    const [rank] = claimsOf('It was the deadliest attack on Aleppo.');
    expect(count.checkWorthiness).toBeGreaterThan(rank.checkWorthiness);
  });
});

describe('subjects are not sentence openers', () => {
  it.each([
    ['“Another 50 people were arrested overnight,” he said.'],
    ['“Police arrested another 50 people overnight,” he said.'],
    ['Several hundred residents fled on Sunday, witnesses said.'],
  ])('%s', (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.subject).toBeNull();
  });

  it('keeps a real place that opens the sentence after a locative elsewhere', () => {
    const [c] = claimsOf('“At least 300 civilians were killed in eastern Aleppo last week,” a UN spokesman said.');
    expect(c.subject?.text).toBe('eastern Aleppo');
  });
});

describe('a place named with its place noun', () => {
  it('“in the Marrow Valley” is the place of the toll, not a town named in the clause after the attribution', () => {
    const c = only('The death toll from Friday’s earthquake in the Marrow Valley rose to 212 on Sunday, the regional emergency agency said, as rescuers dug through collapsed blocks in the town of Ostvik.');
    expect(c).toMatchObject({ measure: 'deaths', subject: expect.objectContaining({ text: 'Marrow Valley', kind: 'place' }) });
  });
});

describe('the place of one event', () => {
  it('the injured and displaced counted after a toll are counted where its dead were', () => {
    const claims = claimsOf('The death toll from the earthquake in the Marrow Valley rose to 212 on Sunday, the agency said.\n\n“We are still finding people alive,” said Liisa Marjamaa. She said more than 1,400 people had been injured and about 9,000 had been forced from their homes.');
    expect(claims.map((c) => [c.measure, c.subject?.text, c.subject?.inherited ?? false])).toEqual([
      ['deaths', 'Marrow Valley', false], ['injuries', 'Marrow Valley', true], ['displacement', 'Marrow Valley', true],
    ]);
  });

  it('“Islamic State” and “the Granite State” are no places cut short', () => {
    const [c] = claimsOf('A couple claiming allegiance to Islamic State shot dead 14 people in San Bernardino, California, in December.');
    expect(c.measure).toBe('deaths');
    expect(['San Bernardino', 'California']).toContain(c.subject?.text);
    const [poll] = claimsOf('Trump currently enjoys 48% support in the Granite State, a 12-point jump from November.');
    expect(poll.subject?.text).not.toBe('Granite');
  });
});

describe('how many took part', () => {
  it('counts marchers, protesters and a crowd, with who gave each figure, in one topic of their place', () => {
    const claims = claimsOf('Police said about 10,000 people marched through Kessan on Saturday. Organisers put the crowd at 50,000.\n\nAbout 40,000 protesters rallied outside parliament in Kessan on Sunday, police said.');
    expect(claims.map((c) => [c.measure, c.value?.stated, c.speaker?.name, c.subject?.text])).toEqual([
      ['turnout', 10000, 'Police', 'Kessan'], ['turnout', 50000, 'Organisers', 'Kessan'], ['turnout', 40000, 'police', 'Kessan'],
    ]);
  });

  it('the treated are counted as injured', () => {
    expect(claimsOf('The minister said 640 people had been treated for injuries, most of them for cuts.').map((c) => [c.measure, c.value?.stated])).toEqual([['injuries', 640]]);
  });

  it('a crowd is counted right after it, and a year before a turnout names which one', () => {
    expect(claimsOf('Trump spoke in front of a crowd of about 1,300 in Salem.').map((c) => [c.measure, c.value?.stated])).toEqual([['turnout', 1300]]);
    expect(claimsOf('The crowd booed when one of his rivals was named.')).toEqual([]);
    expect(claimsOf('It may be tempting to overlay this turnout onto the 2008 turnout.')).toEqual([]);
    expect(claimsOf('Officials put the number of people at the rally at about 4,000.').map((c) => [c.measure, c.value?.stated, c.speaker?.name])).toEqual([['turnout', 4000, 'Officials']]);
    expect(claimsOf('They held 2 protest marches in March.')).toEqual([]);
    // protesters killed are deaths, not a turnout
    expect(claimsOf('Security forces killed 12 protesters in Kessan on Friday.').map((c) => c.measure)).toEqual(['deaths']);
  });
});

describe('the body giving a figure', () => {
  it('is not what the figure is about', () => {
    const [c] = claimsOf('According to a report by the Red Cross, 40 people are missing in Ostvik.');
    expect(c).toMatchObject({ measure: 'missing', speaker: expect.objectContaining({ name: 'Red Cross' }), subject: expect.objectContaining({ text: 'Ostvik' }) });
    const [d] = claimsOf('According to a report by the Red Cross, 40 people are missing.');
    expect(d.subject?.text).not.toBe('Red Cross');
  });
});

describe('sentences around a dateline', () => {
  it('a month written “Nov.” before the day ends no sentence', () => {
    const [c] = claimsOf('TARNBY, Nov. 30 (Northwire) — The death toll from the earthquake in the Marrow Valley rose to 212 on Sunday, the agency said.');
    expect(c.sentence.text.startsWith('TARNBY, Nov. 30')).toBe(true);
    expect(c.subject?.text).toBe('Marrow Valley');
  });
});

describe('a budget gap', () => {
  it('is one thing whether called shortfall, gap or hole, and “puts the gap at” gives it to who puts it', () => {
    const claims = claimsOf("Mayor Rosa Delgado's administration says the city faces a $48 million shortfall. The council's independent budget office puts the gap at $31 million, arguing that the mayor's team underestimated revenue.");
    expect(claims.map((c) => [c.measure, c.group, c.value?.stated, c.speaker?.name])).toEqual([
      ['money', 'shortfall', 48000000, "Mayor Rosa Delgado's administration"], ['money', 'gap', 31000000, "The council's independent budget office"],
    ]);
    expect(ofKey('shortfall')).toBe(ofKey('gap'));
    expect(ofKey('holes')).toBe('deficit');
  });
});

describe('a lone capitalised word opening the sentence is not a subject', () => {
  it('“Later” is an adverb', () => {
    for (const c of claimsOf('Later he added: “Another 50 people were arrested overnight.”')) expect(c.subject).toBeNull();
  });
  it('a multi-word name opening the sentence still is', () => {
    const [c] = claimsOf('“Douma and Harasta lost 300 civilians to the shelling in the past week,” the monitor said.');
    expect(c.subject?.text).toBe('Douma and Harasta');
  });
});

describe('the place a figure is about', () => {
  it('is a name followed by a place noun, and later tolls of the same event take it with their speakers', () => {
    const text = [
      'A powerful earthquake struck the mountainous Kavra region early on Monday, killing at least 120 people, the national disaster agency said.',
      'By Monday evening the disaster agency had raised the toll to 212, citing reports from 31 villages.',
      'But local officials put the number of dead at more than 400.',
    ].join('\n\n');
    const deaths = claimsOf(text, '2026-11-16').filter((c) => c.measure === 'deaths');
    expect(deaths.map((c) => [c.value?.stated, c.subject?.text, c.speaker?.name])).toEqual([
      [120, 'Kavra', 'the national disaster agency'],
      [212, 'Kavra', 'the disaster agency'],
      [400, 'Kavra', 'officials'],
    ]);
    expect(deaths[0].subject?.kind).toBe('place');
  });

  it('is not a speaker named with where they work, a speaker’s possessive, or the agency in a dateline', () => {
    const text = [
      'BRENNA, Nov 3 (Wire) - The mayor won with 54 percent of the vote.',
      '“Turnout was 58 percent, not 61,” said political scientist Maja Berg of Brenna University.',
      'Mayor Hana Lindqvist took 48 percent to Victor Sallis’s 39 percent.',
    ].join('\n\n');
    const claims = claimsOf(text, '2026-11-03');
    expect(claims.map((c) => c.value?.stated)).toEqual([54, 58, 48, 39]);
    // (turnout is about the place the story is filed from, and a candidate's share of the vote about the candidate: no
    // place named with a speaker, no agency)
    expect(claims.map((c) => c.subject && [c.subject.text, c.subject.kind])).toEqual([null, ['BRENNA', 'place'], ['Lindqvist', 'group'], ['Sallis', 'group']]);
  });

  it('is not an organisation named with “of the” that gives the figure', () => {
    const claims = claimsOf('The minister put the toll at 210, but the International Committee of the Red Cross said at least 340 people had died.');
    expect(claims.map((c) => c.value?.stated)).toEqual([210, 340]);
    for (const c of claims) expect(c.subject).toBeNull();
  });

  it('is not where the words were said: “told reporters in Kessling”', () => {
    const c = only('“Only 12 people died in the fighting,” the colonel told reporters in Kessling.');
    expect(c.subject).toBeNull();
    expect(only('The ministry said on Monday that 40 people died in Varonne.').subject?.text).toBe('Varonne');
  });

  it('is taken from the article’s last figure of the same measure when the sentence names none', () => {
    const text =
      'At least 200 civilians have been killed in northern Tarsa since the offensive began, monitors said.\n' +
      '“Only 20 people died in the fighting,” the army spokesman told reporters in Kessling.\n' +
      'About 5,000 people have fled the valley of Orsk.\n' +
      'Another 3,000 people fled on Tuesday.\n' +
      'Elsewhere, 14 people died in floods.';
    const claims = claimsOf(text, '2016-12-18');
    assertClaimOffsets(text, claims);
    const [monitors, army, orsk, tuesday, floods] = claims;
    expect(monitors.subject).toMatchObject({ text: 'northern Tarsa', kind: 'place' });
    expect(monitors.subject?.inherited).toBeUndefined();
    expect(army).toMatchObject({ measure: 'deaths', subject: { text: 'northern Tarsa', inherited: true } });
    // another measure keeps its own place, and passes it on to its own kind only
    expect(orsk).toMatchObject({ measure: 'displacement', subject: { text: 'Orsk' } });
    expect(tuesday).toMatchObject({ measure: 'displacement', subject: { text: 'Orsk', inherited: true } });
    // a sentence that points elsewhere takes no place from the story
    expect(floods).toMatchObject({ measure: 'deaths', subject: null });
  });

  it('counts civilians “shot dead” as deaths', () => {
    expect(only('Witnesses said 82 civilians were shot dead in Marlin.').measure).toBe('deaths');
  });
});

describe('a death toll named before the phrase that carries it to its figure', () => {
  it('reads “the death toll from the earthquake in Varna rose to 12,391” as deaths in Varna', () => {
    const c = only('The death toll from the earthquake in Varna rose to 12,391, the disaster agency said on Thursday.');
    expect(c).toMatchObject({ measure: 'deaths', subject: { text: 'Varna' }, value: { stated: 12391, qualifier: 'exact' } });
    expect(only('The death toll in Kessling has risen to 300.')).toMatchObject({ measure: 'deaths', subject: { text: 'Kessling' } });
  });

  it('takes no day of the week for the place: “Monday’s earthquake”', () => {
    expect(only('The death toll from Monday’s earthquake rose to 5,894.')).toMatchObject({ measure: 'deaths', subject: null });
  });

  it('leaves a road toll in money to the amount', () => {
    expect(only('The road toll for lorries rose to 40 euros.')).toMatchObject({ measure: 'money', unit: 'EUR' });
  });
});

describe('questions and names with compass words', () => {
  it('finds no claim in a sentence that asks, but keeps a figure stated before a question', () => {
    expect(claimsOf('Will unemployment reach 5 percent next year?', '2016-12-18')).toEqual([]);
    expect(claimsOf('Did 300 people really die in Tarsa last week?', '2016-12-18')).toEqual([]);
    expect(claimsOf('With the jobless rate close to 5 percent, who would vote for a change?', '2016-12-18')).toHaveLength(1);
  });
});

describe('a wildfire report', () => {
  const text =
    'CALDER SPRINGS (Wire) — A wildfire driven by strong winds has forced more than 12,000 people from their homes in the Calder Valley, fire officials said on Tuesday, as crews struggled to contain the flames.\n' +
    'At least three people have died, according to the Calder County Sheriff’s Office.\n' +
    'Correction: An earlier version of this article said the fire had killed 30 people.';

  it('counts people driven from their homes by the verb before the figure, and gives them to the officials who said so', () => {
    const claims = claimsOf(text, '2026-10-14');
    assertClaimOffsets(text, claims);
    const displaced = claims.find((c) => c.measure === 'displacement');
    expect(displaced).toMatchObject({ value: { stated: 12000, qualifier: 'over' }, subject: { text: 'Calder Valley' }, speaker: { name: 'fire officials' } });
  });

  it('takes no claim from a correction: its figures are the ones the article got wrong', () => {
    const claims = claimsOf(text, '2026-10-14');
    expect(claims.map((c) => c.value?.stated)).not.toContain(30);
    expect(claims.find((c) => c.measure === 'deaths')?.value?.stated).toBe(3);
  });
});

describe('a place of two capitalised words, which the article’s names may take for a person', () => {
  it('is the place after “in”, before a place noun or before the event it had', () => {
    for (const text of [
      'At least 40 people have been killed in Santa Rosa, the ministry said.',
      'A wildfire that tore through the hills of the Serra Alta region has killed at least 40 people, the health ministry said on Monday.',
      'The Serra Alta wildfire has now killed 68 people, the health ministry said.',
    ]) {
      const c = claimsOf(text).find((x) => x.measure === 'deaths');
      expect(c?.subject).toMatchObject({ text: expect.stringMatching(/^(?:Santa Rosa|Serra Alta)$/), kind: 'place' });
    }
  });

  it('is not a department before a title, a person’s possessive, or a headline in capitals', () => {
    const [minister] = claimsOf('Earlier, Health Minister Ana Castell told a parliamentary committee that 68 people had died.');
    expect(minister.measure).toBe('deaths');
    expect(minister.subject?.text).not.toBe('Health');
    const [campaign] = claimsOf('The strike cost 300 jobs in Maria Lopez’s factories, the union said.');
    expect(campaign.subject?.text ?? null).not.toBe('Maria Lopez');
    const headline = claimsOf('ELEVEN POLICE KILLED, DOZENS WOUNDED IN TURKEY CAR BOMB ATTACK.');
    for (const c of headline) expect(c.subject?.text ?? null).not.toBe('TURKEY CAR BOMB ATTACK');
  });
});

describe('two figures joined by “and”', () => {
  it('does not give the second figure the first one’s measure, and reads “18 others were critically injured”', () => {
    const claims = claimsOf('The minister said 38 people were still missing and 140 remained in hospital.');
    expect(claims.map((c) => [c.measure, c.value?.stated])).toEqual([['missing', 38]]);
    const nice = claimsOf('The interior minister said early Friday that 80 people were killed and 18 others were critically injured.');
    expect(nice.map((c) => [c.measure, c.value?.stated])).toEqual([['deaths', 80], ['injuries', 18]]);
    const both = claimsOf('She said 12 people died and 40 were still missing.');
    expect(both.map((c) => [c.measure, c.value?.stated])).toEqual([['deaths', 12], ['missing', 40]]);
  });
});

describe('increments, places of speaking, units and durations of nothing named', () => {
  it('takes the total, not “three more deaths”, and no subject from where the figure was announced or from a unit', () => {
    expect(claimsOf('The minister said three more deaths had been confirmed overnight, bringing the official toll to 68.').map((c) => c.value?.stated)).toEqual([68]);
    const [lisbria] = claimsOf('In Lisbria, Health Minister Ana Castell announced that 65 people were now known to have died.');
    expect(lisbria).toMatchObject({ measure: 'deaths', subject: null });
    const [aleppo] = claimsOf('In Aleppo, at least 300 people died last week, the UN said.');
    expect(aleppo.subject?.text).toBe('Aleppo');
    const [hot] = claimsOf('Meteorologists said temperatures had reached 44 degrees Celsius on Saturday, the highest ever recorded.');
    expect(hot.subject?.text ?? null).not.toBe('Celsius');
  });

  it('never sets durations of nothing named against each other (a ban of 15 years, a trial of 14 months)', () => {
    const text = 'The court banned him from holding public office for 15 years. The trial, which lasted 14 months, ended on Friday.';
    const claims = claimsOf(text, '2026-11-20');
    const durations = claims.filter((c) => c.measure === 'duration');
    expect(durations.length).toBe(2);
    const asTopic = durations.map((c, i) => toTopicClaim(c, { id: `d${i}`, speakerKey: null }));
    expect(checkConsistency(asTopic)).toEqual([]);
  });
});

describe('a body the article names', () => {
  it('is who counts, not what is counted', () => {
    const [c] = claimsOf('The death toll in Serra Alta rose to 71. Relief Without Borders, which counted 97 dead on Thursday, said its figure had not changed.').filter((x) => x.value?.stated === 97);
    expect(c.subject?.text).toBe('Serra Alta');
  });
});

describe('a figure named as someone’s', () => {
  it('is no claim when spoken of (“the figure of 150 dead had no source”), and a body standing by its own figure gives it', () => {
    expect(claimsOf('He added that the figure of 150 dead had “no source, no basis and no shame.”')).toEqual([]);
    const [own] = claimsOf('The health ministry stood by its figure of 40 deaths on Tuesday.');
    expect(own).toMatchObject({ measure: 'deaths', value: { stated: 40 }, speaker: { name: 'The health ministry' } });
  });
});

describe('people released are not people held', () => {
  it.each([
    ['Gunmen holding the embassy in Korvana released three hostages on Tuesday.', 3],
    ['“Three hostages were released this morning in good health,” the police chief said.', 3],
    ['"Seven hostages came out this morning," Halvorsen said.', 7],
    ['In 2011, Israel freed 1,000 Palestinian prisoners.', 1000],
    ['The last five hostages held in a warehouse near the port were freed late on Friday.', 5],
  ])('counts a release as releases: %s', (text, stated) => {
    expect(only(text)).toMatchObject({ measure: 'releases', value: expect.objectContaining({ stated }) });
  });
  it('keeps the held whose clause does not let them go as held', () => {
    expect(only('Five hostages held in a warehouse near the port were not freed on Friday.')).toMatchObject({ measure: 'detention' });
  });
  it('keeps those left inside a count of the held', () => {
    const claims = claimsOf('Gunmen in Korvana released three hostages on Tuesday, leaving nine people inside. “Nine hostages remain inside,” he said.');
    expect(claims.map((c) => [c.measure, c.value?.stated])).toEqual([['releases', 3], ['detention', 9], ['detention', 9]]);
  });
  it.each([
    'Halvorsen said the hostages included embassy staff, two visitors applying for visas and a security guard.',
    'In an ABC News poll released Sunday, three of four Americans disapproved.',
  ])('reads no release or detention where none is counted: %s', (text) => {
    expect(claimsOf(text).filter((c) => c.measure === 'detention' || c.measure === 'releases')).toEqual([]);
  });
  it('does not read a release and the count held after it as one speaker lowering the figure', () => {
    const held = claimsOf('“Nine hostages remain inside the embassy in Korvana,” police chief Marek Halvorsen said.', '2017-03-04');
    const out = claimsOf('“Seven hostages came out of the embassy in Korvana this morning,” police chief Marek Halvorsen said.', '2017-03-07');
    expect(held.map((c) => c.measure)).toEqual(['detention']);
    expect(out.map((c) => c.measure)).toEqual(['releases']);
    const topicClaims = [...held, ...out].map((c, i) => toTopicClaim(c, { id: String(i) }));
    expect(checkConsistency(topicClaims)).toEqual([]);
  });
});

describe('possessive places', () => {
  it('cuts the possessive off the subject: “one of Germany’s largest shopping centres” is about Germany', () => {
    const c = claimsOf('At least nine people were killed near one of Germany’s largest shopping centres.').find((x) => x.measure === 'deaths');
    expect(c?.subject?.text).toBe('Germany');
  });
  it('reads “In Dalmor’s capital, however, … told parliament” as where the words were said', () => {
    const c = only("In Dalmor's capital, however, Foreign Minister Rafael Santangelo told parliament that 14 people had been inside the embassy.");
    expect(c.subject).toBeNull();
  });
});

describe('percentage points', () => {
  it('reads “about two percentage points” as a unit of its own, not “about two percentage” in percent', () => {
    const c = only('Analysts said the closure would lift the company’s profit margin by about two percentage points.');
    expect(c).toMatchObject({ kind: 'percentage', unit: 'percentage point', valueSpan: expect.objectContaining({ text: 'about two percentage points' }) });
    expect(only('The poll has a margin of error of 3.4 percentage points.')).toMatchObject({ unit: 'percentage point', value: expect.objectContaining({ stated: 3.4 }) });
  });
  it('never compares a difference in points with a share in percent', () => {
    const a = only('“The margin at Norrvik grew by two percentage points,” analyst Ilse Brandt said.', '2017-03-01');
    const b = only('“The margin at Norrvik was 40 percent,” analyst Tomas Berg said.', '2017-03-01');
    expect(a.group).toBe(b.group);
    expect(checkConsistency([toTopicClaim(a, { id: 'a' }), toTopicClaim(b, { id: 'b' })])).toEqual([]);
  });
});

describe('the durations of one siege', () => {
  it('reads “now in its fourth day” as three to four days, and “enters second day”', () => {
    const c = only('Police said the siege in Korvana, now in its fourth day, showed the first signs of ending.', '2025-03-06');
    expect(c).toMatchObject({ kind: 'duration', measure: 'siege-duration', unit: 'day', value: { low: 3, high: 4, stated: 4, qualifier: 'range' } });
    expect(c.impliedStart).toEqual({ earliest: '2025-03-02', latest: '2025-03-03', precision: 'day' });
    expect(claimsOf('Three hostages were freed as the Korvana embassy siege enters second day.', '2025-03-04').find((x) => x.kind === 'duration')).toMatchObject({ measure: 'siege-duration', value: { low: 1, high: 2 } });
    expect(only('The war in Yemen entered its sixth year.', '2020-03-26')).toMatchObject({ measure: 'conflict-duration', unit: 'year', value: { low: 5, high: 6 } });
    // nothing said to last: a rank or a date, no duration
    expect(claimsOf('The team is now in its second week of training.').filter((x) => x.kind === 'duration')).toEqual([]);
  });
  it('reads a quoted length after a verb of lasting, and finds the siege before a time of day', () => {
    const quoted = claimsOf('Lindqvist said the siege had lasted "four days, almost to the minute."', '2025-03-07');
    expect(quoted).toMatchObject([{ measure: 'siege-duration', value: { stated: 4 }, unit: 'day' }]);
    const long = only('The siege, which began at about 9 a.m. on Monday, had lasted 22 hours by the time of the release.', '2025-03-04');
    expect(long).toMatchObject({ measure: 'siege-duration', value: { stated: 22 }, sentence: { start: 0 } });
  });
  it('puts how long a siege’s hostages were held in the siege’s topic, with its place; a prison term stays one', () => {
    const text = 'The siege of the embassy in Korvana ended when the last seven hostages walked free after being held for 96 hours. '
      + 'The siege has lasted more than 70 hours, police said on Thursday. '
      + 'Halvorsen told a news conference that the hostages had been held "for 100 hours, more or less." '
      + 'The attackers face prison terms; one was sentenced to nine years in prison in 2011.';
    const out = claimsOf(text, '2025-03-07').filter((c) => c.kind === 'duration');
    expect(out.map((c) => [c.measure, c.value?.stated, c.subject?.text])).toEqual([
      ['siege-duration', 96, 'Korvana'], ['siege-duration', 70, 'Korvana'], ['siege-duration', 100, 'Korvana'], ['detention-duration', 9, undefined],
    ]);
    expect(new Set(out.slice(0, 3).map((c) => topicKey(c).key)).size).toBe(1);
    // with no siege in the story, hostages held are a detention
    expect(only('The hostages had been held for 100 hours, the police chief said.', '2025-03-07').measure).toBe('detention-duration');
  });
});

describe('a person named in passing', () => {
  it('is no subject: “Her brother Daniel, a 31-year-old driver, has worked at the embassy for six years”', () => {
    expect(only('Her brother Daniel, a 31-year-old driver, has worked at the embassy for six years.').subject).toBeNull();
    expect(only('His wife Maria said the siege of Korvana had lasted for three days.').subject?.text).toBe('Korvana');
  });
});

describe('subjects opened by an abbreviation', () => {
  it('are not the abbreviation alone (“a doctor at St. Agnes Hospital said”)', () => {
    const claims = claimsOf('The three freed hostages were "tired and frightened but unharmed," a doctor at St. Agnes Hospital said.');
    expect(claims.map((c) => c.subject?.text ?? null)).not.toContain('St');
  });
});
