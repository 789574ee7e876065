/**
 * Where an outbreak's counts are: the place the sentence names before the dateline's town or the story's region, and a
 * neighbouring country's own count kept out of the story's place.
 */
import { claimsOf } from './helpers';

const brief = (text: string, day = '2026-05-12') => claimsOf(text, day).map((c) => [c.measure, c.value?.stated, c.subject?.text ?? null, c.speaker?.name ?? null]);

describe('places of an outbreak’s counts', () => {
  it('reads “the number of confirmed and suspected cases in Varrow’s Lessing West region” as about Lessing West, not the dateline’s town', () => {
    expect(brief('TALMO — The number of confirmed and suspected measles cases in Varrow’s Lessing West region rose to 64 on Tuesday, and deaths rose to four, health officials said, as the outbreak reached the outskirts of Talmo.')).toEqual([
      ['cases', 64, 'Lessing West', 'health officials'],
      ['deaths', 4, 'Lessing West', 'health officials'],
    ]);
  });

  it('reads a country that recorded a count as its place, not its speaker', () => {
    const text = 'Health authorities in the Lessing West region confirmed 38 measles cases on Monday.\n\n'
      + 'Neighbouring Zambia has recorded more than 1,500 measles cases this year, and officials said they were checking for a link.';
    expect(brief(text)).toEqual([
      ['cases', 38, 'Lessing West', 'Health authorities in the Lessing West region'],
      ['cases', 1500, 'Zambia', null],
    ]);
  });

  it('gives the story’s place to no count of “a separate outbreak”', () => {
    const text = 'Measles cases in Lessing West rose to 70 on Wednesday.\n\n'
      + 'The agency said it was also helping teams across the border, where a separate outbreak has now recorded 1,610 cases this year.';
    expect(brief(text).map((c) => c[2])).toEqual(['Lessing West', null]);
  });

  it('gives a count of “a separate outbreak in the north” the part of the country it is in', () => {
    const text = 'Cholera has killed 41 people in the coastal province of Merrow since March, health officials said.\n\n'
      + 'A separate outbreak in the north has infected 2,310 people, the health ministry said on Tuesday.';
    expect(brief(text).map((c) => [c[0], c[1], c[2]])).toEqual([['deaths', 41, 'Merrow'], ['cases', 2310, 'the north']]);
    expect(brief('An outbreak in the south of the country has sickened 380 people, the ministry said.').map((c) => c[2])).toEqual(['the south of the country']);
    // the compass word of no outbreak: no place from it
    expect(brief('Cholera has infected 2,310 people, and the rains in the north have made it worse, the ministry said.').map((c) => c[2])).toEqual([null]);
  });
});

describe('a count corrected by the one who gave it', () => {
  it('reads “the correct figure for Monday was 52” as a count of what the figure before it counted, for Monday', () => {
    const text = 'Measles cases in Lessing West rose to 90 on Tuesday, regional director Anna Vehko said. She also corrected Monday’s figures. '
      + '“Yesterday we said 48 cases. After reviewing the clinic registers, the correct figure for Monday was 52,” Vehko said.';
    const fixed = claimsOf(text, '2026-05-12').find((c) => c.value?.stated === 52);
    expect([fixed?.measure, fixed?.time?.from, fixed?.time?.to, fixed?.speaker?.name]).toEqual(['cases', '2026-05-11', '2026-05-11', 'Anna Vehko']);
  });
});

describe('contractions', () => {
  it('takes no pronoun with its verb drawn in (“I’m”, “I’ve”) for a subject', () => {
    const [c] = claimsOf('“Marco had a knock on his knee, but I’m not going to risk him for three months,” said the coach, Lena Dorsch.');
    expect([c.measure, c.value?.stated, c.subject]).toEqual(['duration', 3, null]);
    const [d] = claimsOf('“I make $20 an hour, and I’ve been working for 27 years,” said Tomas Reyl.');
    expect(d.subject).toBeNull();
  });
});

describe('figures that count nothing of their own', () => {
  it('reads no count of members in “about four in ten eligible members”, nor of children in “one in 45 children”', () => {
    expect(claimsOf('Only about four in ten eligible members supported strikes, the union said.')).toEqual([]);
    expect(claimsOf('The agency estimates that one in 45 children has the condition.').map((c) => c.value?.stated)).not.toContain(45);
  });

  it('reads commuters left stranded by a strike as no one besieged', () => {
    expect(claimsOf('The walkout left thousands of commuters stranded, the operator said.').map((c) => c.measure)).not.toContain('besieged');
  });
});
