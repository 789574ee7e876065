/**
 * Two sources' counts of one crowd: those taking part are counted as such, “the figure” another source puts them at is
 * the same count, and the two are at odds when they are far apart.
 */
import { analyseArticle } from '../../../src/core';
import { checkConsistency, extractClaims, toTopicClaim, topicKey } from '../../../src/core/claims';
import { claimsOf } from './helpers';

const SAID = '2026-04-12';
const text = 'Thousands marched through the centre of Ostrava on Saturday against the closure of the steelworks.\n\n'
  + 'Police said 12,000 people took part. The unions put the figure at 45,000.\n\n'
  + 'A police spokesman said the count was made from the air.';

describe('crowd counts', () => {
  it('counts people taking part, and carries their count to the figure another source puts it at', () => {
    const claims = claimsOf(text, SAID).filter((c) => c.value?.stated === 12000 || c.value?.stated === 45000);
    expect(claims.map((c) => [c.measure, c.value?.stated])).toEqual([['turnout', 12000], ['turnout', 45000]]);
    expect(topicKey(claims[0]).key).toBe(topicKey(claims[1]).key);
  });

  it('finds police and organisers far apart on the same day', () => {
    const analysis = analyseArticle(text, { publishedAt: SAID });
    const claims = extractClaims(text, analysis, { publishedAt: SAID }).filter((c) => c.measure === 'turnout');
    const speaker = (i: number): string | null => {
      const s = claims[i].source;
      return s.type === 'statement' ? analysis.statements[s.index!].speaker?.name ?? null : null;
    };
    const topic = claims.map((c, i) => toTopicClaim(c, { id: `t${i}`, speakerKey: speaker(i), saidAt: SAID }));
    const findings = checkConsistency(topic).filter((f) => f.kind === 'divergence');
    expect(findings).toHaveLength(1);
    expect(findings[0].reason).toMatch(/12,000.*45,000.*3\.8-fold/);
  });

  it('reads people turning out as taking part, and hostages coming out as released', () => {
    expect(claimsOf('About 20,000 people turned out despite the rain.', SAID).map((c) => c.measure)).toEqual(['turnout']);
    expect(claimsOf('Seven hostages came out of the building this morning.', SAID).map((c) => c.measure)).toEqual(['releases']);
  });
});
