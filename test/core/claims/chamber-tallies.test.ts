/**
 * A chamber's tally is two claims, the votes for and the votes against, each in a topic of its own.
 */
import { claimsOf, assertClaimOffsets } from './helpers';
import { topicKey } from '../../../src/core/claims/topic-key';

/** The tally claims of a text as [measure, value]. */
function sides(text: string): Array<[string, number | undefined]> {
  const claims = claimsOf(text);
  assertClaimOffsets(text, claims);
  return claims.filter((c) => c.measure === 'votes-for' || c.measure === 'votes-against').map((c) => [c.measure, c.value?.stated]);
}

describe('chamber tallies', () => {
  it('reads votes to votes, a verb of voting and an outcome with a chamber named', () => {
    expect(sides('The housing bill passed by 203 votes to 117 on Tuesday.')).toEqual([['votes-for', 203], ['votes-against', 117]]);
    expect(sides('Deputies voted 288 to 231 in favour of the reform.')).toEqual([['votes-for', 288], ['votes-against', 231]]);
    expect(sides('The amendment was defeated 41-59 after a long debate.')).toEqual([['votes-for', 41], ['votes-against', 59]]);
    expect(sides('The board approved the merger by a vote of 7 to 2.')).toEqual([['votes-for', 7], ['votes-against', 2]]);
    expect(sides('The justices struck the law down in a 6-to-3 vote.')).toEqual([['votes-for', 6], ['votes-against', 3]]);
  });

  it('gives the larger side to the outcome, and reads “against” after the tally', () => {
    // the larger side rejected the deal
    expect(sides('Lawmakers rejected the pension deal by 389 votes to 174.')).toEqual([['votes-for', 174], ['votes-against', 389]]);
    expect(sides('The town council voted 5-2 against the new car park.')).toEqual([['votes-for', 2], ['votes-against', 5]]);
  });

  it('puts the two sides in topics of their own, labelled as such', () => {
    const claims = claimsOf('The housing bill passed by 203 votes to 117 on Tuesday.');
    const [a, b] = claims.map((c) => topicKey(c));
    expect(a.key).not.toBe(b.key);
    expect(a.label).toMatch(/votes for$/);
    expect(b.label).toMatch(/votes against$/);
  });

  it('reads an outcome told with what was voted on between it and the tally', () => {
    // voted down: the larger side was against
    expect(sides('Senators voted down the measure 45 to 55 late on Thursday.')).toEqual([['votes-for', 45], ['votes-against', 55]]);
    expect(sides('The Senate passed the spending bill 52-48 after a night of debate.')).toEqual([['votes-for', 52], ['votes-against', 48]]);
    expect(sides('The assembly rejected the amendment by 210 votes to 190.')).toEqual([['votes-for', 190], ['votes-against', 210]]);
    expect(sides('The council approved the parking plan 7-2 on Monday.')).toEqual([['votes-for', 7], ['votes-against', 2]]);
    // a match won with what was won between: no chamber, no tally
    expect(sides('United defeated their rivals 3-1 at home on Saturday.')).toEqual([]);
  });

  it('reads no score, range of years or of shares as a tally', () => {
    expect(sides('Rovers were defeated 3-1 at home on Saturday.')).toEqual([]);
    expect(sides('Support for the bill rose from 2015 to 2019 among voters.')).toEqual([]);
    expect(sides('The motion is backed by 48-52 percent of voters, polls show.')).toEqual([]);
  });
});
