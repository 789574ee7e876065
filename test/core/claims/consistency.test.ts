import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkConsistency, toTopicClaim, type ClaimValue, type TopicClaim } from '../../../src/core/claims';
import { claimsOf } from './helpers';

let seq = 0;
/** A hand-made claim: eastern Aleppo civilian deaths unless told otherwise. */
function tc(over: Partial<TopicClaim>): TopicClaim {
  seq++;
  return {
    id: `c${seq}`, kind: 'count', subject: { text: 'eastern Aleppo' }, measure: 'deaths', group: 'civilians', value: null, unit: 'person',
    time: null, impliedStart: null, polarity: 'affirmed', speakerKey: `speaker${seq}`, saidAt: '2016-12-18', citedSourceKey: null, ...over,
  };
}
const exact = (n: number): ClaimValue => ({ low: n, high: n, stated: n, qualifier: 'exact' });
const atLeast = (n: number): ClaimValue => ({ low: n, high: null, stated: n, qualifier: 'at-least' });
const week = { from: '2016-12-05', to: '2016-12-11' };

describe('checkConsistency finding kinds', () => {
  it('divergence: same period, figures more than the factor apart', () => {
    const a = tc({ value: exact(300), time: week });
    const b = tc({ value: exact(3000), time: week });
    const f = checkConsistency([a, b]);
    expect(f).toEqual([expect.objectContaining({ kind: 'divergence', claimIds: [a.id, b.id], topic: 'eastern aleppo|deaths:civilian' })]);
    expect(f[0].reason).toContain('10.0-fold');
  });

  it('no divergence within the factor, and a larger factor silences it', () => {
    expect(checkConsistency([tc({ value: exact(300), time: week }), tc({ value: exact(500), time: week, saidAt: '2016-12-19' })])).toEqual([]);
    expect(checkConsistency([tc({ value: exact(300), time: week }), tc({ value: exact(3000), time: week, saidAt: '2016-12-19' })], { divergenceFactor: 20 })).toEqual([]);
  });

  it('discrepancy: two sources’ figures for the same period on the same day, within the factor', () => {
    const a = tc({ value: exact(87), saidAt: '2024-06-03' });
    const b = tc({ value: exact(112), saidAt: '2024-06-03' });
    const f = checkConsistency([a, b]);
    expect(f).toEqual([expect.objectContaining({ kind: 'discrepancy', claimIds: [a.id, b.id] })]);
    expect(f[0].reason).toBe(`${a.speakerKey}, 87 (2024-06-03) and ${b.speakerKey}, 112 (2024-06-03): different figures on the same day for the same period (29% apart)`);
    // the same stated period too
    expect(checkConsistency([tc({ value: exact(300), time: week }), tc({ value: exact(500), time: week })])).toEqual([expect.objectContaining({ kind: 'discrepancy' })]);
    // beyond the factor it stays a divergence
    expect(checkConsistency([tc({ value: exact(300), time: week }), tc({ value: exact(3000), time: week })])).toEqual([expect.objectContaining({ kind: 'divergence' })]);
  });

  it('reads a running toll given days apart as rising: “over 150” after “40” is not at odds, a figure under an earlier least is', () => {
    const over = (n: number): ClaimValue => ({ low: n, high: null, stated: n, qualifier: 'over' });
    const early = tc({ value: exact(40), saidAt: '2025-08-04' });
    const later = tc({ value: over(150), saidAt: '2025-08-06' });
    expect(checkConsistency([early, later]).map((f) => f.kind)).toEqual([]);
    const fell = tc({ value: exact(68), saidAt: '2025-08-07' });
    expect(checkConsistency([later, fell]).map((f) => f.kind)).toEqual(['contradiction']);
    // on the same day, or for a stated period, a bound the other figure breaks is still a contradiction
    expect(checkConsistency([tc({ value: exact(40), saidAt: '2025-08-06' }), tc({ value: over(150), saidAt: '2025-08-06' })]).map((f) => f.kind)).toEqual(['contradiction']);
  });

  it('reads claims of one stored speaker as one speaker’s, whatever name each article gave them', () => {
    const a = tc({ speakerKey: 'ana castell', speakerId: '#7', value: exact(65), saidAt: '2024-06-03' });
    const b = tc({ speakerKey: 'castell', speakerId: '#7', value: exact(40), saidAt: '2024-06-05' });
    expect(checkConsistency([a, b])).toEqual([expect.objectContaining({ kind: 'revision', direction: 'lowered', claimIds: [a.id, b.id] })]);
    // two people of one surname are two speakers
    const c = tc({ speakerKey: 'castell', speakerId: '#8', value: exact(400), saidAt: '2024-06-03' });
    expect(checkConsistency([a, c]).map((f) => f.kind)).toEqual(['divergence']);
  });

  it('no discrepancy for close figures, other days, other periods, bounds that hold, one speaker or durations', () => {
    const day = { saidAt: '2024-06-03' };
    expect(checkConsistency([tc({ ...day, value: exact(100) }), tc({ ...day, value: exact(104) })])).toEqual([]); // within 5%
    expect(checkConsistency([tc({ ...day, value: exact(87) }), tc({ value: exact(112), saidAt: '2024-06-04' })])).toEqual([]); // tolls rise from day to day
    expect(checkConsistency([tc({ ...day, value: exact(87), time: { from: '2024-06-01', to: '2024-06-03' } }), tc({ ...day, value: exact(112) })])).toEqual([]);
    expect(checkConsistency([tc({ ...day, value: exact(87), time: { from: '2024-06-01', to: '2024-06-03' } }), tc({ ...day, value: exact(112), time: { from: '2024-06-02', to: '2024-06-03' } })])).toEqual([]);
    expect(checkConsistency([tc({ ...day, value: atLeast(87) }), tc({ ...day, value: exact(112) })])).toEqual([]);
    expect(checkConsistency([tc({ ...day, value: exact(87), speakerKey: 'ministry' }), tc({ ...day, value: exact(112), speakerKey: 'ministry' })])).toEqual([]);
    const siege = { kind: 'duration' as const, measure: 'siege-duration' as const, group: null, unit: 'month', ...day };
    expect(checkConsistency([tc({ ...siege, value: exact(24) }), tc({ ...siege, value: exact(30) })])).toEqual([]);
  });

  it('no finding for periods that do not overlap', () => {
    expect(checkConsistency([tc({ value: exact(300), time: week }), tc({ value: exact(3000), time: { from: '2016-11-01', to: '2016-11-30' } })])).toEqual([]);
  });

  it('unstated periods compare only when said within a week of each other', () => {
    const marchers = { measure: 'turnout' as const };
    expect(checkConsistency([tc({ ...marchers, value: exact(300) }), tc({ ...marchers, value: exact(3000), saidAt: '2016-12-20' })])).toHaveLength(1);
    expect(checkConsistency([tc({ ...marchers, value: exact(300) }), tc({ ...marchers, value: exact(3000), saidAt: '2017-03-01' })])).toEqual([]);
    // a running toll that fell tenfold within a week too
    expect(checkConsistency([tc({ value: exact(3000) }), tc({ value: exact(300), saidAt: '2016-12-20' })])).toHaveLength(1);
    expect(checkConsistency([tc({ value: exact(3000) }), tc({ value: exact(300), saidAt: '2017-03-01' })])).toEqual([]);
  });

  it('contradiction: a bound that the other figure breaks', () => {
    const a = tc({ value: atLeast(300), time: week });
    const b = tc({ value: exact(120), time: week });
    expect(checkConsistency([a, b])).toEqual([expect.objectContaining({ kind: 'contradiction', claimIds: [a.id, b.id] })]);
  });

  it('contradiction: one denies the figure the other affirms', () => {
    const a = tc({ value: exact(3000), time: week });
    const b = tc({ value: exact(3000), time: week, polarity: 'negated' });
    const [f] = checkConsistency([a, b]);
    expect(f).toMatchObject({ kind: 'contradiction' });
    expect(f.reason).toContain('denies');
  });

  it('no contradiction when a bound holds', () => {
    expect(checkConsistency([tc({ value: atLeast(300), time: week }), tc({ value: exact(3000), time: week })])).toEqual([]);
  });

  it('duration-mismatch: implied starts further apart than the precision', () => {
    const siege = { subject: { text: 'Fuaa and Kafraya' }, measure: 'siege-duration' as const, group: null, kind: 'duration' as const, unit: 'year' };
    const a = tc({ ...siege, value: atLeast(3), saidAt: '2016-12-18', impliedStart: { earliest: null, latest: '2013-12-18', precision: 'year' } });
    const b = tc({ ...siege, value: exact(2), saidAt: '2017-02-20', impliedStart: { earliest: '2015-02-20', latest: '2015-02-20', precision: 'year' } });
    const f = checkConsistency([b, a]);
    expect(f).toEqual([expect.objectContaining({ kind: 'duration-mismatch', claimIds: [a.id, b.id], topic: 'fuaa and kafraya|siege-duration' })]);
    expect(f[0].reason).toContain('429 days apart');
    const c = tc({ ...siege, value: exact(3), saidAt: '2017-02-20', impliedStart: { earliest: '2014-02-20', latest: '2014-02-20', precision: 'year' } });
    expect(checkConsistency([a, c])).toEqual([]); // 64 days apart: within a year
  });

  it('revision: a speaker raising their own figure, and lowering it', () => {
    const a = tc({ speakerKey: 'united nations', value: exact(300), saidAt: '2016-12-14', time: week });
    const b = tc({ speakerKey: 'united nations', value: exact(450), saidAt: '2017-01-10', time: week });
    const c = tc({ speakerKey: 'united nations', value: exact(400), saidAt: '2017-02-01', time: week });
    const f = checkConsistency([a, b, c]);
    expect(f).toEqual([
      expect.objectContaining({ kind: 'revision', direction: 'raised', claimIds: [a.id, b.id] }),
      expect.objectContaining({ kind: 'revision', direction: 'lowered', claimIds: [b.id, c.id] }),
    ]);
  });

  it('no revision for the same figure restated or on the same day', () => {
    const a = tc({ speakerKey: 'un', value: exact(300), saidAt: '2016-12-14' });
    expect(checkConsistency([a, tc({ speakerKey: 'un', value: exact(300), saidAt: '2017-01-10' })])).toEqual([]);
    expect(checkConsistency([a, tc({ speakerKey: 'un', value: exact(350), saidAt: '2016-12-14' })])).toEqual([]);
  });

  it('cited-source-mismatch: a claim citing a source whose own figure differs', () => {
    const own = tc({ speakerKey: 'syrian observatory for human rights', value: exact(3000), time: week });
    const citing = tc({ speakerKey: 'al-watan', citedSourceKey: 'syrian observatory for human rights', value: exact(1000), time: week });
    const agreeing = tc({ speakerKey: 'reuters', citedSourceKey: 'syrian observatory for human rights', value: exact(3000), time: week });
    const f = checkConsistency([own, citing, agreeing]);
    expect(f).toEqual([
      expect.objectContaining({ kind: 'cited-source-mismatch', claimIds: [own.id, citing.id] }),
      // the two reports citing the same body also disagree with each other
      expect.objectContaining({ kind: 'divergence', claimIds: [citing.id, agreeing.id] }),
    ]);
    expect(f[0].reason).toContain('citing syrian observatory for human rights');
  });

  it('ignores claims in other topics and claims without figures', () => {
    expect(checkConsistency([tc({ value: exact(300), time: week }), tc({ value: exact(3000), time: week, subject: { text: 'Idlib' } }), tc({ value: null, time: week })])).toEqual([]);
  });
});

describe('a running toll told over several days', () => {
  it('reads an official’s higher toll of a later day as the toll going on, and a new figure for the same day as a revision', () => {
    const said = { subject: { text: 'Kavango East' }, group: null, measure: 'cases' as const, speakerKey: 'festus nangolo', speakerName: 'Festus Nangolo' };
    const monday = tc({ ...said, value: exact(46), saidAt: '2026-11-16' });
    const tuesday = tc({ ...said, value: exact(81), saidAt: '2026-11-17' });
    const wednesday = tc({ ...said, value: exact(97), saidAt: '2026-11-18' });
    expect(checkConsistency([monday, tuesday, wednesday])).toEqual([]);
    // “the correct figure for Monday was 49”, told on Tuesday
    const corrected = tc({ ...said, value: exact(49), saidAt: '2026-11-17', time: { from: '2026-11-16', to: '2026-11-16' } });
    expect(checkConsistency([monday, corrected, tuesday]).map((x) => [x.kind, x.direction, x.claimIds])).toEqual([['revision', 'raised', [monday.id, corrected.id]]]);
  });

  const outbreak = { subject: { text: 'Velmora' }, group: null };
  const thursday = { from: '2025-09-04', to: '2025-09-04' };

  it('reads a minister correcting his own toll in the next day’s paper as lowered, beside his figure of the day before', () => {
    const monday = tc({ ...outbreak, speakerKey: 'tomas varga', speakerName: 'Tomas Varga', value: exact(4), saidAt: '2025-09-01' });
    // “Varga said on Thursday evening that 12 people had died. On Friday he told a news conference that the correct figure was nine.”
    const twelve = tc({ ...outbreak, speakerKey: 'tomas varga', speakerName: 'Tomas Varga', value: exact(12), saidAt: '2025-09-05', time: thursday });
    // “Three patients who died at St. Cyril were reported by the hospital and again by the district”: a part of the day's toll
    const three = tc({ ...outbreak, speakerKey: 'tomas varga', speakerName: 'Tomas Varga', value: exact(3), saidAt: '2025-09-05' });
    const nine = tc({ ...outbreak, speakerKey: 'tomas varga', speakerName: 'Tomas Varga', value: exact(9), saidAt: '2025-09-05' });
    const f = checkConsistency([monday, twelve, three, nine]);
    // (Monday's 4, then Thursday's 12, is the toll going on: no revision)
    expect(f.map((x) => [x.kind, x.direction, x.claimIds])).toEqual([
      ['revision', 'lowered', [twelve.id, nine.id]],
    ]);
    expect(f[0].reason).toBe('Tomas Varga lowered the figure from 12 (2025-09-04, said 2025-09-05) to 9 (2025-09-05)');
    // told apart from his figure of the day before in the same article only by its day, the correction is still seen
    expect(checkConsistency([twelve, nine]).map((x) => x.direction)).toEqual(['lowered']);
  });

  it('finds two sources’ figures for the same day, told the same day or the next', () => {
    const ministry = tc({ ...outbreak, speakerKey: 'tomas varga', value: exact(12), saidAt: '2025-09-05', time: thursday });
    // “According to the Global Health Organization, … 11 deaths had been recorded by Thursday night”
    const agency = tc({ ...outbreak, speakerKey: 'global health organization', value: exact(11), saidAt: '2025-09-05', time: thursday });
    expect(checkConsistency([ministry, agency]).map((x) => x.kind)).toEqual(['discrepancy']);
    const toldOnThursday = tc({ ...ministry, id: 'told-on-thursday', saidAt: '2025-09-04', time: null });
    const [f] = checkConsistency([toldOnThursday, agency]);
    expect(f).toBeUndefined(); // a figure of no stated period is not that of “by Thursday night”
    const agencyOnThursday = tc({ ...agency, id: 'agency-on-thursday', saidAt: '2025-09-04', time: null });
    expect(checkConsistency([toldOnThursday, agencyOnThursday]).map((x) => x.kind)).toEqual(['discrepancy']);
  });

  it('puts no divergence between the first day’s toll and a later day’s, whatever period each states', () => {
    const claims = [
      tc({ ...outbreak, speakerKey: 'tomas varga', value: exact(4), saidAt: '2025-09-01' }),
      tc({ ...outbreak, speakerKey: 'tomas varga', value: exact(4), saidAt: '2025-09-01', time: { from: '2025-09-01', to: '2025-09-01' } }),
      // “six patients had died at the hospital since Thursday”
      tc({ ...outbreak, speakerKey: 'ilse marren', value: exact(6), saidAt: '2025-09-02', time: { from: '2025-08-28', to: '2025-09-02' } }),
      // “142 cases … since Aug. 28, with 17 deaths”
      tc({ ...outbreak, speakerKey: null, value: exact(17), saidAt: '2025-09-08', time: { from: '2025-08-28', to: '2025-09-08' } }),
      tc({ ...outbreak, speakerKey: 'global health organization', value: exact(18), saidAt: '2025-09-08' }),
      tc({ ...outbreak, speakerKey: 'health ministry', value: exact(17), saidAt: '2025-09-08', time: { from: '2025-09-08', to: '2025-09-08' } }),
    ];
    expect(checkConsistency(claims).filter((x) => x.kind !== 'revision')).toEqual([]);
  });

  it('still finds a toll that fell far within the week, and one that fell under an earlier “at least”', () => {
    const first = tc({ ...outbreak, speakerKey: 'ngo', value: exact(40), saidAt: '2025-09-01' });
    const later = tc({ ...outbreak, speakerKey: 'ministry', value: exact(9), saidAt: '2025-09-05' });
    const [f] = checkConsistency([first, later]);
    expect(f).toMatchObject({ kind: 'divergence', claimIds: [first.id, later.id] });
    expect(f.reason).toBe('ngo, 40 (2025-09-01) and ministry, 9 (2025-09-05) differ 4.4-fold, the later the lower (a running toll does not fall; more than 2×)');
    const bound = tc({ ...outbreak, speakerKey: 'ngo', value: atLeast(12), saidAt: '2025-09-01' });
    expect(checkConsistency([bound, later]).map((x) => x.kind)).toEqual(['contradiction']);
  });

  it('compares a toll of a stretch of its own as a period, not as the toll of its last day', () => {
    // “in 2019, when 31 people fell ill and nine died”
    const past = tc({ ...outbreak, value: exact(9), saidAt: '2025-09-01', time: { from: '2019-01-01', to: '2019-12-31' } });
    expect(checkConsistency([past, tc({ ...outbreak, value: exact(40), saidAt: '2025-09-01' })])).toEqual([]);
    const lastWeek = { from: '2016-12-05', to: '2016-12-11' };
    expect(checkConsistency([tc({ value: atLeast(300), time: lastWeek, saidAt: '2016-12-14' }), tc({ value: exact(30), time: lastWeek, saidAt: '2016-12-16' })]).map((x) => x.kind)).toEqual(['contradiction']);
  });
});

describe('scenario: six statements, two topics, over several months', () => {
  const seed = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'seeds', '000_be9bedc69788db0f.txt');
  const seedText = (() => { try { return readFileSync(seed, 'utf8'); } catch { return null; } })();
  const statements: [string, string, string][] = [
    // [published, speaker key the database holds, text]
    ['2016-12-14', 'united nations', 'At least 300 civilians were killed in eastern Aleppo last week, the UN said on Wednesday.'],
    ['2016-12-16', 'syrian foreign ministry', '“Only 30 civilians died in east Aleppo last week,” the Syrian foreign ministry said.'],
    ['2016-12-18', 'syrian observatory for human rights', 'The Syrian Observatory for Human Rights said 3,000 civilians were killed in eastern Aleppo last week.'],
    ['2017-01-10', 'united nations', 'At least 450 civilians were killed in eastern Aleppo in December, the UN said.'],
    ['2016-12-18', 'ali shamkhani', seedText ?? '“Fuaa and Kafraya have been under siege by terrorists for over three years,” Shamkhani said.'],
    ['2017-02-20', 'hezbollah', '“Fuaa and Kafraya have been under siege for two years,” a Hezbollah commander said.'],
  ];

  it('yields exactly two contradictions, one divergence, one revision and one duration mismatch', () => {
    const claims: TopicClaim[] = [];
    statements.forEach(([date, speakerKey, text], i) => {
      const found = claimsOf(text, date).filter((c) => c.kind === 'count' || c.kind === 'duration');
      expect(found).toHaveLength(1);
      claims.push(toTopicClaim(found[0], { id: `s${i + 1}`, speakerKey }));
    });
    expect(claims.map((c) => c.subject?.text)).toEqual(['eastern Aleppo', 'east Aleppo', 'eastern Aleppo', 'eastern Aleppo', 'Fuaa and Kafraya', 'Fuaa and Kafraya']);
    const findings = checkConsistency(claims);
    const brief = findings.map((f) => [f.kind, f.claimIds.join('+'), f.direction ?? ''].join(' '));
    expect(brief).toEqual([
      'contradiction s1+s2 ',
      'contradiction s2+s4 ',
      'divergence s2+s3 ',
      'revision s1+s4 raised',
      'duration-mismatch s5+s6 ',
    ].sort((a, b) => order(a) - order(b)));
    for (const f of findings) expect(f.reason.length).toBeGreaterThan(20);
  });
});

/** The order checkConsistency reports in: topics as first seen, pairs by said-at, revisions last in a topic. */
function order(line: string): number {
  return ['contradiction s1+s2 ', 'divergence s2+s3 ', 'contradiction s2+s4 ', 'revision s1+s4 raised', 'duration-mismatch s5+s6 '].indexOf(line);
}

describe('checkConsistency for new claims only (pairsWith, revisionsOf)', () => {
  it('compares only pairs with a new claim and follows only the given speakers’ revision chains', () => {
    const old1 = tc({ value: exact(300), time: week, speakerKey: 'un' });
    const old2 = tc({ value: exact(3000), time: week, speakerKey: 'ngo' });
    const old3 = tc({ value: exact(400), time: week, speakerKey: 'ngo', saidAt: '2016-12-19' });
    const fresh = tc({ value: exact(900), time: week, speakerKey: 'un', saidAt: '2016-12-20' });
    const all = [old1, old2, old3, fresh];
    const full = checkConsistency(all).map((f) => `${f.kind} ${f.claimIds.join('+')}`);
    // The old pairs (300 vs 3,000 diverge; the NGO lowered its figure) are there in full.
    expect(full).toEqual(expect.arrayContaining([`divergence ${old1.id}+${old2.id}`, `revision ${old2.id}+${old3.id}`, `revision ${old1.id}+${fresh.id}`]));
    const added = checkConsistency(all, { pairsWith: new Set([fresh.id]), revisionsOf: new Set(['un']) }).map((f) => `${f.kind} ${f.claimIds.join('+')}`);
    // Only what involves the new claim: 3,000 vs 900 diverge, 900 vs 400 too, and the UN raised its figure.
    expect(added.sort()).toEqual([`divergence ${old2.id}+${fresh.id}`, `divergence ${old3.id}+${fresh.id}`, `revision ${old1.id}+${fresh.id}`].sort());
    // Every incremental finding is one the full check finds.
    for (const f of added) expect(full).toContain(f);
  });
});

describe('figures in different units', () => {
  const duration = (n: number, unit: string, over: Partial<TopicClaim> = {}) =>
    tc({ kind: 'duration', subject: { text: 'Port Aveline' }, measure: 'detention-duration', group: null, value: exact(n), unit, time: week, ...over });

  it('compares durations in one unit: 2 years and 30 months are close, 2 years and 10 years diverge', () => {
    expect(checkConsistency([duration(2, 'year'), duration(30, 'month')])).toEqual([]);
    const f = checkConsistency([duration(2, 'year'), duration(120, 'month')]);
    expect(f).toEqual([expect.objectContaining({ kind: 'divergence' })]);
    expect(f[0].reason).toContain('5.0-fold');
  });

  it('neither flags nor matches amounts in currencies that do not convert', () => {
    const money = (n: number, unit: string) => tc({ kind: 'amount', subject: { text: 'the harbour strike' }, measure: 'money', group: 'losses', value: exact(n), unit, time: week });
    expect(checkConsistency([money(40e6, 'USD'), money(900e6, 'EUR')])).toEqual([]);
    expect(checkConsistency([money(40e6, 'USD'), money(900e6, 'USD')])).toEqual([expect.objectContaining({ kind: 'divergence' })]);
  });

  it('a revision is read in one unit, and the reasons name the speaker as written', () => {
    const a = duration(2, 'year', { speakerKey: 'anna holm', speakerName: 'Anna Holm', saidAt: '2016-01-10', time: null });
    const b = duration(24, 'month', { speakerKey: 'anna holm', speakerName: 'Anna Holm', saidAt: '2016-03-10', time: null });
    const c = duration(3, 'year', { speakerKey: 'anna holm', speakerName: 'Anna Holm', saidAt: '2016-05-10', time: null });
    const f = checkConsistency([a, b, c]);
    expect(f.map((x) => [x.kind, x.claimIds])).toEqual([['revision', [b.id, c.id]]]);
    expect(f[0].reason).toBe('Anna Holm raised the figure from 24 months (2016-03-10) to 3 years (2016-05-10)');
  });

  it('says where each duration puts the start, a single day as one date', () => {
    const a = tc({ kind: 'duration', measure: 'siege-duration', subject: { text: 'Tel Marun' }, group: null, value: atLeast(3), unit: 'year', speakerName: 'Omar Saleh', saidAt: '2016-12-18', impliedStart: { earliest: null, latest: '2013-12-18', precision: 'year' } });
    const b = tc({ kind: 'duration', measure: 'siege-duration', subject: { text: 'Tel Marun' }, group: null, value: exact(2), unit: 'year', speakerKey: null, saidAt: '2017-02-20', impliedStart: { earliest: '2015-02-20', latest: '2015-02-20', precision: 'year' } });
    const [f] = checkConsistency([a, b]);
    expect(f.reason).toMatch(/^Omar Saleh, at least 3 years \(2016-12-18\) puts the start on or before 2013-12-18; the article, 2 years \(2017-02-20\) puts it on 2015-02-20: \d+ days apart/);
  });
});

describe('shares and amounts are compared only when they say of what', () => {
  const share = (n: number, of: string | null, group: string | null = of): TopicClaim =>
    tc({ kind: 'percentage', measure: 'share', subject: null, group, of, unit: 'percent', value: exact(n) });

  it('finds no conflict between inflation and growth, or between shares of unstated things', () => {
    expect(checkConsistency([share(8.2, 'inflation'), share(1.1, 'growth', 'inflation')])).toEqual([]);
    expect(checkConsistency([share(8.2, null), share(1.1, null)])).toEqual([]);
  });

  it('still compares two figures for the same thing', () => {
    const [f] = checkConsistency([share(8.2, 'Inflation'), share(2.1, 'inflation')]);
    expect(f).toMatchObject({ kind: 'divergence' });
  });

  it('pairs amounts of money only when both name the same thing, as in a real article', () => {
    const text = [
      'The government has pledged 150 million euros in emergency aid.',
      '“The damage is closer to 2 billion euros,” opposition leader Ilse Brandt said.',
      'A further 300 million euros will follow in the spring, Prime Minister Jonas Aberg said.',
      'Inflation hit 8.2 percent in October, the statistics office said. Growth fell to 1.1 percent, the central bank said.',
    ].join('\n\n');
    const claims = claimsOf(text, '2026-11-06');
    expect(claims.filter((c) => c.measure === 'money').map((c) => c.group)).toEqual(['aid', 'damage', null]);
    expect(claims.filter((c) => c.measure === 'share').map((c) => c.group)).toEqual(['Inflation', 'Growth']);
    const topicClaims = claims.map((c, i) => toTopicClaim(c, { id: String(i) }));
    expect(checkConsistency(topicClaims)).toEqual([]);
  });
});

describe('the figure a change started from', () => {
  it('is no claim: “raising its toll from 22”, “up from 4.6 percent”', () => {
    const claims = claimsOf('At least 37 people have died, the agency said on Tuesday, raising its toll from 22.\n\nUnemployment stood at 5.1 percent, up from 4.6 percent.', '2026-11-06');
    expect(claims.map((c) => c.value?.stated)).toEqual([37, 5.1]);
    expect(checkConsistency(claims.map((c, i) => toTopicClaim(c, { id: String(i) })))).toEqual([]);
  });
});

describe('a denied figure is no one’s figure', () => {
  const hostages = (over: Partial<TopicClaim>) => tc({ subject: { text: 'Korvana' }, measure: 'detention', group: 'hostages', ...over });
  it('takes no part in a speaker’s chain of revisions', () => {
    const a = hostages({ speakerKey: 'ines kovar', value: exact(9), saidAt: '2017-03-04' });
    const never = hostages({ speakerKey: 'ines kovar', value: exact(14), saidAt: '2017-03-07', polarity: 'negated' });
    const b = hostages({ speakerKey: 'ines kovar', value: exact(9), saidAt: '2017-03-08' });
    expect(checkConsistency([a, never, b])).toEqual([]);
  });
  it('contradicts only the figure it denies, and is not at odds with another denial or other figures', () => {
    const fourteen = hostages({ speakerKey: 'santangelo', value: exact(14), saidAt: '2017-03-06' });
    const three = hostages({ speakerKey: 'police', value: exact(3), saidAt: '2017-03-07' });
    const never = hostages({ speakerKey: 'ines kovar', value: exact(14), saidAt: '2017-03-07', polarity: 'negated' });
    const neverNine = hostages({ speakerKey: 'someone', value: exact(9), saidAt: '2017-03-07', polarity: 'negated' });
    const kinds = checkConsistency([fourteen, three, never, neverNine]).map((f) => `${f.kind} ${f.claimIds.join('+')}`);
    expect(kinds).toEqual(expect.arrayContaining([`contradiction ${fourteen.id}+${never.id}`]));
    expect(kinds.filter((k) => k.includes(never.id) || k.includes(neverNine.id))).toEqual([`contradiction ${fourteen.id}+${never.id}`]);
  });
  it('agrees with a cited source’s other figure, and denies the one it names', () => {
    const own = hostages({ speakerKey: 'police', value: exact(9), saidAt: '2017-03-07' });
    const citingOther = hostages({ speakerKey: 'ines kovar', citedSourceKey: 'police', value: exact(14), polarity: 'negated', saidAt: '2017-03-07' });
    const citingSame = hostages({ speakerKey: 'ines kovar', citedSourceKey: 'police', value: exact(9), polarity: 'negated', saidAt: '2017-03-07' });
    expect(checkConsistency([own, citingOther])).toEqual([]);
    expect(checkConsistency([own, citingSame])).toEqual([expect.objectContaining({ kind: 'cited-source-mismatch' })]);
  });
  it('puts no start date on a duration', () => {
    const started = (latest: string, polarity: 'affirmed' | 'negated') => tc({
      subject: { text: 'Korvana' }, measure: 'siege-duration', group: null, kind: 'duration', unit: 'year', value: exact(3), polarity,
      impliedStart: { earliest: latest, latest, precision: 'year' },
    });
    expect(checkConsistency([started('2013-12-18', 'affirmed'), started('2016-01-01', 'negated')])).toEqual([]);
  });
});

describe('releases', () => {
  const released = (over: Partial<TopicClaim>) => tc({ subject: { text: 'Korvana' }, measure: 'releases', group: 'hostages', ...over });
  it('of different days are separate releases: neither a revision nor at odds', () => {
    const three = released({ speakerKey: 'police', value: exact(3), saidAt: '2017-03-04' });
    const seven = released({ speakerKey: 'police', value: exact(7), saidAt: '2017-03-07' });
    const one = released({ speakerKey: 'ministry', value: exact(1), saidAt: '2017-03-05' });
    expect(checkConsistency([three, seven, one])).toEqual([]);
  });
  it('of the same day are compared', () => {
    const three = released({ speakerKey: 'police', value: exact(3), saidAt: '2017-03-04' });
    const ten = released({ speakerKey: 'ministry', value: exact(10), saidAt: '2017-03-04' });
    expect(checkConsistency([three, ten])).toEqual([expect.objectContaining({ kind: 'divergence' })]);
  });
});

describe('counts of people in a state that ends (missing, evacuated, held) told over several days', () => {
  /** The claims of one article told on `saidAt`, of the measure asked for. */
  const told = (text: string, saidAt: string, measure: string): TopicClaim[] =>
    claimsOf(text, saidAt).filter((c) => c.measure === measure).map((c, i) => toTopicClaim(c, { id: `${saidAt}-${measure}-${i}` }));
  const monday = 'At least 14 people died when the river burst its banks in the Dravan valley. Rescue teams were searching for at least 40 missing people, the regional police said.';
  const wednesday = 'The death toll from the floods in the Dravan valley rose to 31. Civil protection chief Lena Horvat said 12 people were still missing.';

  it('reads a missing count falling as people are found as the count at two times, not a contradiction', () => {
    const claims = [...told(monday, '2025-05-12', 'missing'), ...told(wednesday, '2025-05-14', 'missing')];
    expect(claims.map((c) => [c.subject?.text, c.value?.stated, c.speakerKey])).toEqual([['Dravan', 40, 'regional police'], ['Dravan', 12, 'lena horvat']]);
    expect(checkConsistency(claims)).toEqual([]);
  });

  it('still compares two sources’ counts of the same day, and a death toll that fell', () => {
    const police = told(monday, '2025-05-12', 'missing');
    const sameDay = told('Civil protection chief Lena Horvat said 12 people were missing in the Dravan valley.', '2025-05-12', 'missing');
    expect(checkConsistency([...police, ...sameDay]).map((f) => f.kind)).toEqual(['contradiction']);
    const deaths = [...told(wednesday, '2025-05-14', 'deaths'), ...told('Lena Horvat said 12 people had died in the Dravan valley.', '2025-05-16', 'deaths')];
    expect(checkConsistency(deaths).map((f) => f.kind)).toEqual(['divergence']);
  });

  it('keeps one speaker’s falling count a revision, of the day each figure stood at', () => {
    const a = tc({ measure: 'missing', group: null, speakerKey: 'amra begic', value: atLeast(30), saidAt: '2025-05-12' });
    const b = tc({ measure: 'missing', group: null, speakerKey: 'amra begic', value: exact(22), saidAt: '2025-05-13' });
    // “Begić said on Tuesday that nine were still missing”, in Wednesday's paper
    const c = tc({ measure: 'evacuation', group: null, speakerKey: 'the county', value: exact(3500), saidAt: '2025-05-14', time: { from: '2025-05-13', to: '2025-05-13' } });
    const d = tc({ measure: 'evacuation', group: null, speakerKey: 'the county', value: exact(2000), saidAt: '2025-05-14' });
    expect(checkConsistency([a, b, c, d]).map((f) => [f.kind, f.direction])).toEqual([['revision', 'lowered'], ['revision', 'lowered']]);
  });
});
