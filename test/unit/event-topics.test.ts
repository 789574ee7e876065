/**
 * Which topic an event's toll goes into: not one named after the body that gave it, not the event's when it is a part of
 * the toll.
 */
import type { ClaimResult } from '../../src/core/claims';
import { articleTopics } from '../../src/services/store-claims';
import { claimsOf } from '../core/claims/helpers';

/** The tolls of `text` with the topics the article stores them under. */
function topicsOf(text: string, day: string): Array<{ claim: ClaimResult; key: string; label: string }> {
  const claims = claimsOf(text, day);
  const topics = articleTopics(claims, text, 3);
  return claims.map((claim, i) => ({ claim, ...topics[i] }));
}

describe('the topic of a toll given by a body', () => {
  const QUAKE = 'BELRAN, May 6 (Wire) - The death toll from Sunday\'s earthquake in northern Carvania rose to 87 on Tuesday, '
    + 'the country\'s disaster agency said, as rescue teams reached villages cut off by landslides.\n\n'
    + 'The National Emergency Response and Civil Protection Authority (NERCPA) had reported 41 deaths on Sunday night and '
    + 'raised the figure to 62 on Monday. Its latest bulletin listed 87 dead and 420 injured.';

  it('is the event’s place, not the body’s name', () => {
    const tolls = topicsOf(QUAKE, '2025-05-06').filter((t) => t.claim.measure === 'deaths');
    const body = tolls.find((t) => t.claim.value?.stated === 41);
    expect(body).toBeDefined();
    expect(body!.label).toBe('Northern Carvania — deaths');
    expect(new Set(tolls.map((t) => t.key)).size).toBe(1);
  });
});

describe('a part of a toll', () => {
  const WARD = 'The health ministry lowered its death toll from the floods to 212 on Thursday.\n\n'
    + '"In my ward alone, 27 people are dead. I buried them myself," said Tomas Reyl, a ward chair.';
  const OFFICERS = 'The Interior Ministry said 58 police officers had been injured in the clashes, eleven of them seriously. '
    + 'The rights group said at least 130 protesters had been wounded.';

  it('keeps a topic of its own: a ward’s dead are not the whole toll', () => {
    const tolls = topicsOf(WARD, '2025-05-08').filter((t) => t.claim.measure === 'deaths');
    expect(tolls.map((t) => t.claim.value?.stated)).toEqual([212, 27]);
    expect(tolls[1].key).not.toBe(tolls[0].key);
    expect(tolls[1].label).toBe('Unspecified subject — deaths, part of a count (article 3)');
  });

  it('keeps those counted “of them” out of the topic of the whole', () => {
    const tolls = topicsOf(OFFICERS, '2025-05-08').filter((t) => t.claim.measure === 'injuries');
    const officers = tolls.find((t) => t.claim.value?.stated === 58);
    const wounded = tolls.find((t) => t.claim.value?.stated === 130);
    expect(officers).toBeDefined();
    expect(wounded).toBeDefined();
    // (“eleven of them seriously” is a part of the 58, read as no toll of its own, so nothing at odds with the 130)
    expect(tolls.find((t) => t.claim.value?.stated === 11)).toBeUndefined();
  });
});

describe('the figures of one wildfire told in two reports', () => {
  const FIRST = 'REDVALE, Ore. — A wind-driven wildfire raced through dry timber on Monday, forcing about 3,200 '
    + 'residents to flee, officials said.\n\nThe Larchmont fire had burned 6,400 acres by Monday night and was 10 percent '
    + 'contained, according to the state forestry agency. About 7,800 customers were without power, the utility said.';
  const SECOND = 'REDVALE, Ore. — Officials raised the number of people under evacuation orders to about 5,100 on Tuesday. '
    + 'The Larchmont fire has now scorched 15,900 acres, and containment stood at 4 percent.\n\n'
    + 'The utility said 11,500 customers were without electricity. A fire spokesman said the Monday night figure was '
    + '“closer to 7,000 acres.”';

  const keyOf = (topics: ReturnType<typeof topicsOf>, value: number) => topics.find((t) => t.claim.value?.stated === value)?.key;

  it('puts the evacuees, the acres, the containment and the outages of both under the fire the articles name', () => {
    const a = topicsOf(FIRST, '2025-08-11');
    const b = topicsOf(SECOND, '2025-08-12');
    // fled in the lead, before the fire is named, and ordered out the next day: one count, revised
    expect(keyOf(a, 3200)).toBe('larchmont|displacement');
    expect(keyOf(b, 5100)).toBe(keyOf(a, 3200));
    expect(keyOf(b, 15900)).toBe(keyOf(a, 6400));
    // (a correction of the first report's acreage, with no name of its own)
    expect(keyOf(b, 7000)).toBe(keyOf(a, 6400));
    expect(keyOf(a, 10)).toBe('larchmont|share:containment');
    expect(keyOf(b, 4)).toBe(keyOf(a, 10));
    expect(keyOf(a, 7800)).toBe('larchmont|outages');
    expect(keyOf(b, 11500)).toBe(keyOf(a, 7800));
  });

  it('leaves a toll with no place of its own alone when only a toll names a place after it', () => {
    const text = 'Three people were killed in the attack. Two years earlier, a gunman killed 14 people in Marlow.';
    const tolls = topicsOf(text, '2025-08-12').filter((t) => t.claim.measure === 'deaths');
    expect(tolls.find((t) => t.claim.value?.stated === 3)?.key).toBe('|deaths:civilian@article:3');
  });
});
