/**
 * Amounts in the narration: a dateline is not what they are about, and an analyst's own target is hers.
 */
import { claimsOf } from './helpers';

describe('a dateline is where the story was filed', () => {
  it('is not the subject of an amount', () => {
    const [c] = claimsOf('LEEDS, England, Oct. 2 — The health secretary used her speech to promise 18 billion pounds of new investment in hospitals over five years.');
    expect(c).toMatchObject({ measure: 'money' });
    expect(c.subject?.text ?? null).not.toBe('England');
    expect(c.subject?.text ?? null).not.toBe('LEEDS');
  });

  it('may still be where a toll was counted', () => {
    const [c] = claimsOf('KANDAR, Ardenia, May 4 — A car bomb killed 12 people outside a market on Sunday.');
    expect(c).toMatchObject({ measure: 'deaths', subject: expect.objectContaining({ text: 'Ardenia' }) });
  });

  it('needs a city in capitals to be a dateline', () => {
    const [c] = claimsOf('Many Ardenians - who made up 46 percent of the voters, according to a survey - backed the plan.');
    expect(c.measure).toBe('share');
  });
});

describe('a figure judged in a clause of “who”', () => {
  const text = 'Analysts were scathing. “This is a credibility problem,” said Marta Lindqvist, an analyst at Nordbank Research, who cut her price target to 30 euros from 120 euros.';

  it('is the judgment of the person named before it', () => {
    const claims = claimsOf(text);
    const target = claims.find((c) => c.measure === 'money' && c.value?.stated === 30);
    expect(target?.speaker).toMatchObject({ name: 'Marta Lindqvist', kind: 'person' });
    expect(claims.map((c) => c.value?.stated)).not.toContain(120);
  });

  it('is not what the clause tells of the person', () => {
    const [c] = claimsOf('A photo of the boxer Tomas Reyes, who died Friday at age 74, was shown on the screen. “He was the greatest,” said his trainer, Luis Ortega.');
    expect(c?.speaker?.name ?? null).not.toBe('Tomas Reyes');
  });
});
