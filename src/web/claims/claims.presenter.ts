import type { ClaimEntity } from '../../db/entities/claim.entity';
import type { VerdictEntity } from '../../db/entities/verdict.entity';
import type { ClaimFindingEntity } from '../../db/entities/claim-finding.entity';
import type { ClaimTopicEntity } from '../../db/entities/claim-topic.entity';
import { claimValue, describeClaimFigure } from '../../services/refresh-topic';
import { figureWithUnit } from '../../core/claims/compare';

/** Readable names of the finding kinds. */
export const FINDING_LABELS: Record<string, string> = {
  contradiction: 'Contradiction',
  divergence: 'Divergence',
  discrepancy: 'Same-day discrepancy',
  'duration-mismatch': 'Duration arithmetic',
  revision: 'Revision',
  'cited-source-mismatch': 'Cited-source mismatch',
};

/** Where a claim's words sit in its article page. */
export function articleHref(c: ClaimEntity): string {
  return c.sourceType === 'quote' && c.sourcePosition !== null ? `/articles/${c.articleId}#q-${c.sourcePosition}` : `/articles/${c.articleId}`;
}

/** A claim for lists and tables. */
export function presentClaim(c: ClaimEntity & { articleTitle?: string; outlet?: string | null; topicLabel?: string }) {
  return {
    id: c.id,
    href: `/claims/${c.id}`,
    text: c.text,
    // as said: “not 14” for a denied figure
    figure: describeClaimFigure(c),
    valueText: c.valueText,
    period: c.timeText,
    measure: c.measure,
    kind: c.kind,
    speakerName: c.speakerName ?? 'the article',
    speakerId: c.speakerId,
    saidAt: c.saidAt,
    polarity: c.polarity,
    hedged: c.hedged,
    worthiness: Math.round(c.checkWorthiness * 100),
    conflicts: c.conflictCount,
    topicId: c.topicId,
    topicLabel: c.topicLabel ?? null,
    articleId: c.articleId,
    articleTitle: c.articleTitle ?? null,
    outlet: c.outlet ?? null,
    articleHref: articleHref(c),
  };
}

/** A finding as stored, or as found for one claim's page (which has no id). */
type AnyFinding = Pick<ClaimFindingEntity, 'claimIds' | 'reason'> & { id?: number; kind: string; direction: string | null };

/** A finding with its reason and links to the claims. */
export function presentFinding(f: AnyFinding) {
  return { id: f.id ?? null, kind: f.kind, label: FINDING_LABELS[f.kind] ?? f.kind, reason: f.reason, direction: f.direction, claimIds: f.claimIds };
}

/** The structured slots of a claim, as label/value rows. */
export function claimSlots(c: ClaimEntity): Array<[string, string]> {
  const v = claimValue(c);
  const rows: Array<[string, string | null]> = [
    ['Kind', c.kind],
    ['Measure', c.measure],
    ['Group', c.groupText],
    ['Subject', c.subjectText ? `${c.subjectText}${c.subjectKind ? ` (${c.subjectKind})` : ''}` : null],
    ['Figure', describeClaimFigure(c)],
    ['As written', c.valueText],
    ['Low – high', v ? `${v.low ?? '…'} – ${v.high ?? '…'}` : null],
    ['Qualifier', c.qualifier],
    ['Unit', c.unit],
    ['Period', c.timeText ? `${c.timeText} (${c.timeFrom ?? '…'} to ${c.timeTo ?? '…'}, ${c.timePrecision})` : null],
    ['Implied start', impliedStartWords(c)],
    ['Polarity', c.polarity],
    ['Hedged', c.hedged ? 'yes' : 'no'],
    ['Cited source', c.citedSource],
    ['Check-worthiness', `${Math.round(c.checkWorthiness * 100)}%`],
    ['Said at', c.saidAt],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== null && r[1] !== '');
}

/** Where a duration puts the start: “on 2015-02-20”, “on or before 2013-12-18”, “between … and …”, with its precision. */
function impliedStartWords(c: ClaimEntity): string | null {
  const from = c.impliedStartEarliest;
  const to = c.impliedStartLatest;
  if (!from && !to) return null;
  const when = from && to ? (from === to ? `on ${from}` : `between ${from} and ${to}`) : to ? `on or before ${to}` : `on or after ${from}`;
  return c.impliedStartPrecision ? `${when} (to the ${c.impliedStartPrecision})` : when;
}

/** A topic row for the topic list. */
export function presentTopic(t: ClaimTopicEntity) {
  const spread = t.minValue !== null && t.maxValue !== null ? figureWithUnit(t.minValue, t.maxValue, t.unit) : null;
  return { id: t.id, href: `/topics/${t.id}`, label: t.label, measure: t.measure, claims: t.claimCount, conflicts: t.conflictCount, latestFigure: t.latestFigure, latestSaidAt: t.latestSaidAt, spread, unit: t.unit, recheckPending: t.recheckRequestedAt !== null };
}

/** JSON shape of a claim for the API. */
export function claimJson(c: ClaimEntity) {
  return {
    id: c.id,
    href: `/api/v1/claims/${c.id}`,
    articleId: c.articleId,
    topicId: c.topicId,
    kind: c.kind,
    measure: c.measure,
    group: c.groupText,
    subject: c.subjectText ? { text: c.subjectText, kind: c.subjectKind } : null,
    value: claimValue(c),
    unit: c.unit,
    // the figure as said, with its denial: “not 14” (`value` holds the figure denied when `polarity` is negated)
    figure: claimValue(c) ? describeClaimFigure(c) : null,
    valueText: c.valueText,
    time: c.timeText ? { text: c.timeText, from: c.timeFrom, to: c.timeTo, precision: c.timePrecision } : null,
    impliedStart: c.impliedStartEarliest || c.impliedStartLatest ? { earliest: c.impliedStartEarliest, latest: c.impliedStartLatest, precision: c.impliedStartPrecision } : null,
    polarity: c.polarity,
    hedged: c.hedged,
    checkWorthiness: c.checkWorthiness,
    speaker: c.speakerName ? { id: c.speakerId, name: c.speakerName, key: c.speakerKey } : null,
    source: { type: c.sourceType, position: c.sourcePosition, quoteId: c.quoteId, statementId: c.statementId },
    text: c.text,
    start: c.startOffset,
    end: c.endOffset,
    sentence: { start: c.sentenceStart, end: c.sentenceEnd },
    citedSource: c.citedSource ? { text: c.citedSource, key: c.citedSourceKey } : null,
    saidAt: c.saidAt,
    conflictCount: c.conflictCount,
    // from a version of its page that a later one replaced: not counted in its topic
    superseded: c.superseded,
  };
}

/** JSON shape of a finding. */
export function findingJson(f: AnyFinding) {
  return { id: f.id ?? null, kind: f.kind, claimIds: f.claimIds, reason: f.reason, direction: f.direction };
}

/** JSON shape of a topic. */
export function topicJson(t: ClaimTopicEntity) {
  return {
    id: t.id,
    href: `/api/v1/topics/${t.id}`,
    key: t.key,
    label: t.label,
    measure: t.measure,
    claimCount: t.claimCount,
    conflictCount: t.conflictCount,
    latest: t.latestFigure ? { figure: t.latestFigure, saidAt: t.latestSaidAt } : null,
    spread: t.minValue !== null ? { min: t.minValue, max: t.maxValue, unit: t.unit } : null,
    // an editor's change moved claims of the topic and the worker has not yet checked it again: the findings are as before it
    recheckPending: t.recheckRequestedAt !== null,
  };
}

/** A verdict as the claim page shows it. */
export function presentVerdict(v: VerdictEntity, forEditors = false) {
  return {
    id: v.id,
    rating: v.rating,
    ratingDefinition: v.ratingDefinition,
    ratingValue: v.ratingValue,
    ratingBest: v.ratingBest,
    explanation: v.explanation,
    sources: v.sources,
    reference:
      v.referenceValue !== null
        ? { value: v.referenceValue, unit: v.referenceUnit, figure: figureWithUnit(v.referenceValue, null, v.referenceUnit), sourceUrl: v.referenceSourceUrl, sourceTitle: v.referenceSourceTitle, date: v.referenceDate }
        : null,
    error: v.errorValue !== null ? { value: v.errorValue, unit: v.errorUnit, relative: v.errorRelative, summary: v.errorSummary } : null,
    published: v.published,
    supersedesId: v.supersedesId,
    // an author known only by an e-mail address is shown to readers as “an editor”: addresses stay inside the newsroom
    author: forEditors || !v.authorLabel.includes('@') ? v.authorLabel : 'an editor',
    createdAt: v.createdAt.toISOString(),
    date: v.createdAt.toISOString().slice(0, 10),
  };
}
