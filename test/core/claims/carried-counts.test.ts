/**
 * Counts a news story carries from one figure to the next: “raised the figure to 214”, “the count of people killed …
 * stood at 318”, a group named with a noun before it, and the part of a count told after it.
 */
import { claimsOf } from './helpers';

const counts = (text: string, said = '2025-03-13'): Array<[string, number | undefined]> => claimsOf(text, said).map((c) => [c.measure, c.value?.stated]);

describe('counts carried to a new figure', () => {
  it('reads “the figure” a count was raised to as that count', () => {
    const claims = claimsOf('The disaster authority had reported 128 deaths on Monday night and raised the figure to 214 on Tuesday.', '2025-03-12');
    expect(claims.map((c) => [c.measure, c.value?.stated, c.time?.from])).toEqual([['deaths', 128, '2025-03-10'], ['deaths', 214, '2025-03-11']]);
  });

  it('reads a count named as “the count of” before the verb carrying it', () => {
    expect(counts("The government's count of people killed in Monday's earthquake in Jajarkot and Rukum West stood at 318 on Thursday evening, according to the authority."))
      .toEqual([['deaths', 318]]);
  });

  it('dates the earlier figure, not the new one, with the day told after “from the”', () => {
    const [c] = claimsOf('The Ministry of Health lowered its own death toll to 297, from the 341 it had announced on Wednesday.', '2025-03-13');
    expect([c.value?.stated, c.time]).toEqual([297, null]);
  });
});

describe('groups and their parts', () => {
  it('counts a group named with a noun before it, and not the part told after it', () => {
    expect(counts('He said 63 police officers had been injured, nine of them seriously.')).toEqual([['injuries', 63]]);
  });

  it('counts the people of “cases of people”', () => {
    expect(counts('She said monitors had documented 38 cases of people who had been taken from their homes at night by men in plain clothes.'))
      .toEqual([['people', 38]]);
  });
});

describe('the clause of “when” after “since”', () => {
  it('dates its figure to that year, not to all the time since', () => {
    const claims = claimsOf('It was the deadliest earthquake in Nepal since 2015, when nearly 9,000 people were killed.', '2025-03-12');
    const toll = claims.find((c) => c.measure === 'deaths');
    expect([toll?.time?.from, toll?.time?.to]).toEqual(['2015-01-01', '2015-12-31']);
  });
});

describe('a toll carried past a phrase naming its event', () => {
  it('reads the toll a verb raised, past the event and its possessive', () => {
    const claims = claimsOf("Civil protection officials raised the death toll from last month's floods to 87 on Sunday.", '2025-03-17');
    expect(claims.map((c) => [c.measure, c.value?.stated, c.time?.from])).toEqual([['deaths', 87, '2025-03-16']]);
  });

  it('needs a verb carrying the toll: a toll only mentioned is no count of the figure', () => {
    expect(claimsOf("The toll from the storm's first day was a worry to 14 towns.", '2025-03-17').filter((c) => c.measure === 'deaths')).toEqual([]);
  });
});
