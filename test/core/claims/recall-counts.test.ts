/**
 * Things counted are counted one kind at a time: a company's and a regulator's counts of the same things are compared,
 * counts of different things never share a topic.
 */
import { analyseArticle } from '../../../src/core';
import { checkConsistency, extractClaims, toTopicClaim, topicKey } from '../../../src/core/claims';
import { claimsOf } from './helpers';

const SAID = '2026-05-20';
const text = 'The van maker Termora said on Tuesday it would replace a valve in its delivery vans.\n\n'
  + '"We have identified 9,500 vehicles built between January and June 2025 that need the new part," spokesman Ivo Brandt said. '
  + '"Our inspectors estimate that at least 30,000 vehicles have the old valve," said Rhea Moss, the transport safety board\'s chief engineer.\n\n'
  + 'Moss said the board had received 64 complaints from households. Termora said it knew of only 20 complaints.';

describe('things counted', () => {
  it('reads a count of things someone knew of', () => {
    expect(claimsOf('The airline said it knew of only 14 complaints.', SAID).map((c) => [c.measure, c.unit, c.value?.stated])).toEqual([['quantity', 'complaints', 14]]);
    expect(claimsOf('She said she knew of two ways out.', SAID)).toEqual([]);
  });

  it('files vehicles and complaints apart', () => {
    const claims = claimsOf(text, SAID).filter((c) => c.measure === 'quantity');
    const keys = claims.map((c) => topicKey(c).key);
    expect(new Set(keys.filter((k) => k.endsWith('vehicle'))).size).toBe(1);
    expect(keys.filter((k) => k.endsWith('complaint'))).toHaveLength(2);
    expect(topicKey(claims.find((c) => c.unit === 'complaints')!).label).toMatch(/complaints$/);
  });

  it('does not date a count by when its things were made', () => {
    const [c] = claimsOf('"We have identified 9,500 vehicles built between January and June 2025 that need the new part," Brandt said.', SAID);
    expect(c.time).toBeNull();
  });

  it('finds the company and the regulator at odds over the same things', () => {
    const analysis = analyseArticle(text, { publishedAt: SAID });
    const claims = extractClaims(text, analysis, { publishedAt: SAID }).filter((c) => c.measure === 'quantity' && !c.subject);
    const who = (i: number): string | null => {
      const s = claims[i].source;
      return s.type === 'statement' ? analysis.statements[s.index!].speaker?.name ?? null : s.type === 'quote' ? analysis.quotes[s.index!].speaker?.name ?? null : null;
    };
    const findings = checkConsistency(claims.map((c, i) => toTopicClaim(c, { id: `q${i}`, speakerKey: who(i), saidAt: SAID })));
    expect(findings.map((f) => [f.kind, f.topic])).toEqual(expect.arrayContaining([['contradiction', '|quantity:vehicle'], ['divergence', '|quantity:complaint']]));
    expect(findings.every((f) => !(f.reason.includes('vehicles') && f.reason.includes('complaints')))).toBe(true);
  });
});
