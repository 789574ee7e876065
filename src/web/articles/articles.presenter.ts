import type { ArticleDetail } from '../../services/get-article';
import type { QuoteChanges } from '../../services/quote-changes';
import { diffRuns } from '../word-diff.presenter';
import type { Publication } from '../../db/repositories/publication.repository';

/** Number of distinct speaker colours in the stylesheet (sp-0 … sp-9). */
const PALETTE = 10;

/** A run of article text, highlighted when it belongs to a quote. */
export interface BodyPiece {
  text: string;
  quote?: { position: number; speakerLabel: string; colour: string; anchor: boolean; kind: string };
}

/** One entry of the legend: who speaks in this article, in which colour. */
export interface LegendEntry {
  label: string;
  colour: string;
  count: number;
  /** The speaker's page, when the words name a stored speaker. */
  href: string | null;
}

/** Speaker label shown to readers for a stored quote or statement. */
export function speakerLabel(q: { speakerName: string | null; speakerKind: string }): string {
  if (!q.speakerName) return 'Unattributed';
  if (q.speakerKind === 'anonymous') return `${q.speakerName} (anonymous)`;
  // “they said” with no one it can stand for, “the official” matching no one named: words, not a person
  if (q.speakerKind === 'unknown') return `“${q.speakerName}” (not identified)`;
  return q.speakerName;
}

/** The page of the stored speaker a quote or statement is attributed to; none for words that identify no one. */
export function speakerHref(q: { speakerId: number | null; speakerName: string | null; speakerKind: string }): string | null {
  return q.speakerId !== null && q.speakerName && q.speakerKind !== 'unknown' ? `/speakers/${q.speakerId}` : null;
}

/**
 * View model of the article page: paragraphs split into pieces so that every quote
 * segment is highlighted in its speaker's colour, plus the legend and the quote list.
 */
/** Longest stretch between a cue and what it reports shown with the cue (“told parliament on Saturday that”). */
const CUE_GAP = 80;

/**
 * A statement's cue as the article writes it up to what was said: “told parliament on Saturday that” rather than “told”,
 * which would read “Jouni Halla told 38 buildings had collapsed”. The cue alone when the words reported come before it
 * or far after it.
 */
export function cueAsWritten(text: string, s: { cue: string; cueStart: number; cueEnd: number; contentStart: number }): string {
  if (s.contentStart < s.cueEnd || s.contentStart - s.cueStart > CUE_GAP) return s.cue;
  const written = text.slice(s.cueStart, s.contentStart).replace(/\s+/g, ' ').trim();
  return written && !/[“”"«»\n]/.test(written) ? written : s.cue;
}

/**
 * Who a legend entry stands for: a stored speaker by id, anyone else by their label with case aside — the article's
 * “A senior official at the Health Ministry” opening a sentence and a reviewer's “a senior official at the Health
 * Ministry” are one unnamed source, in one colour.
 */
function legendKey(q: { speakerId: number | null; speakerName: string | null; speakerKind: string }): string {
  return q.speakerId !== null && q.speakerKind !== 'unknown' ? `#${q.speakerId}` : speakerLabel(q).toLowerCase();
}

export function presentArticle(detail: ArticleDetail) {
  const { article, quotes: all, statements } = detail;
  // What reviewers marked as not a quote stays in the list, struck out, but is not highlighted.
  const quotes = all.filter((q) => q.reviewStatus !== 'rejected');
  const colours = new Map<string, string>();
  const legend: LegendEntry[] = [];
  const entries = new Map<string, LegendEntry>();
  for (const q of quotes) {
    const key = legendKey(q);
    let entry = entries.get(key);
    if (!entry) {
      const colour = q.speakerName && q.speakerKind !== 'unknown' ? `sp-${colours.size % PALETTE}` : 'sp-none';
      colours.set(key, colour);
      entry = { label: speakerLabel(q), colour, count: 0, href: speakerHref(q) };
      entries.set(key, entry);
      legend.push(entry);
    }
    entry.count++;
  }

  const marks = quotes
    .flatMap((q) =>
      (q.segments.length ? q.segments : [{ start: q.startOffset, end: q.endOffset }]).map((s, i) => ({
        start: s.start,
        end: s.end,
        quote: {
          position: q.position,
          speakerLabel: speakerLabel(q),
          colour: colours.get(legendKey(q))!,
          anchor: i === 0,
          kind: q.kind,
        },
      })),
    )
    .sort((a, b) => a.start - b.start);

  const body = article.body;
  const paragraphs: BodyPiece[][] = [];
  let m = 0;
  let paraStart = 0;
  while (paraStart <= body.length) {
    const nl = body.indexOf('\n', paraStart);
    const paraEnd = nl === -1 ? body.length : nl;
    const pieces: BodyPiece[] = [];
    let pos = paraStart;
    while (m < marks.length && marks[m].end <= paraStart) m++;
    for (let k = m; k < marks.length && marks[k].start < paraEnd; k++) {
      const start = Math.max(marks[k].start, pos);
      const end = Math.min(marks[k].end, paraEnd);
      if (end <= start) continue;
      if (start > pos) pieces.push({ text: body.slice(pos, start) });
      pieces.push({ text: body.slice(start, end), quote: marks[k].quote });
      pos = end;
    }
    if (pos < paraEnd) pieces.push({ text: body.slice(pos, paraEnd) });
    if (pieces.some((p) => p.text.trim() !== '')) paragraphs.push(pieces);
    if (nl === -1) break;
    paraStart = nl + 1;
  }

  return {
    article,
    versions: detail.versions.map((v) => ({
      id: v.id,
      version: v.version,
      createdAt: v.createdAt,
      isCurrent: v.isCurrent,
      // the first earlier version with the same text, when the page went back to its wording
      sameAs: detail.versions.find((e) => e.version < v.version && e.contentHash === v.contentHash)?.version ?? null,
    })),
    sameText: sameTextNotes(detail),
    changes: withRuns(detail.changes),
    figureChanges: detail.figureChanges,
    statementChanges: withRuns(detail.statementChanges),
    snapshots: detail.snapshots,
    // an address is a link only when it is a web page's (a stored value is never trusted as a javascript: link)
    publications: detail.publications.map((p) => ({ ...p, href: p.url && /^https?:\/\//i.test(p.url) ? p.url : null })),
    headlineQuotes: detail.headlineQuotes.map((h) => ({ ...h, percent: h.similarity === null ? null : Math.round(h.similarity * 100), runs: h.diff ? diffRuns(h.diff) : null })),
    paragraphs,
    legend,
    quotes: all.map((q) => ({
      id: q.id,
      position: q.position,
      text: q.text,
      kind: q.kind,
      speaker: speakerLabel(q),
      speakerId: q.speakerId,
      speakerHref: speakerHref(q),
      attributed: !!q.speakerName,
      colour: colours.get(legendKey(q)) ?? 'sp-none',
      mention: q.speakerMention,
      cue: q.cue,
      confidence: Math.round(q.confidence * 100),
      evidence: q.evidence,
      form: q.attributionForm,
      reviewStatus: q.reviewStatus,
    })),
    statements: statements.map((s) => ({
      position: s.position,
      speaker: speakerLabel(s),
      speakerHref: speakerHref(s),
      cue: cueAsWritten(article.body, s),
      content: s.content,
      confidence: Math.round(s.confidence * 100),
    })),
  };
}

/**
 * What the article page says of a text stored more than once: the earlier versions this one
 * restores the wording of, the later version that went back to this one's wording, or the
 * other article whose text this version took.
 */
function sameTextNotes(detail: ArticleDetail) {
  const { article, sameTextVersions, versions } = detail;
  const earlier = sameTextVersions.filter((v) => v < article.version);
  const current = versions.find((v) => v.isCurrent);
  const list = (ns: number[]) => (ns.length === 1 ? `version ${ns[0]}` : `versions ${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`);
  return {
    restores: earlier.length ? `Same text as ${list(earlier)}: version ${article.version} restores the wording of version ${earlier[0]}.` : null,
    returnedIn: !article.isCurrent && current && current.version > article.version && sameTextVersions.includes(current.version) ? current.version : null,
    article: detail.sameTextArticle,
  };
}

/** JSON shape of a stored quote in the API. */
export function quoteJson(q: ArticleDetail['quotes'][number]) {
  return {
    id: q.id,
    position: q.position,
    text: q.text,
    start: q.startOffset,
    end: q.endOffset,
    segments: q.segments,
    kind: q.kind,
    speaker: q.speakerName ? { id: q.speakerId, name: q.speakerName, kind: q.speakerKind, role: q.speakerRole } : null,
    speakerMention:
      q.speakerMention !== null ? { text: q.speakerMention, start: q.speakerMentionStart, end: q.speakerMentionEnd } : null,
    cue: q.cue !== null ? { text: q.cue, start: q.cueStart, end: q.cueEnd } : null,
    confidence: q.confidence,
    attribution: { form: q.attributionForm, rule: q.attributionRule, evidence: q.evidence },
    reviewStatus: q.reviewStatus,
    nested: q.nested ?? [],
  };
}

/** JSON shape of a stored article with its quotes and statements. */
export function articleJson(detail: ArticleDetail) {
  const a = detail.article;
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    byline: a.byline,
    language: a.language,
    version: a.version,
    previousVersionId: a.previousVersionId,
    isCurrent: a.isCurrent,
    sameTextAsId: a.sameTextAsId,
    publishedAt: a.publishedAt ? a.publishedAt.toISOString() : null,
    source: a.source,
    text: a.body,
    createdAt: a.createdAt.toISOString(),
    quoteCount: a.quoteCount,
    speakerCount: a.speakerCount,
    quotes: detail.quotes.map(quoteJson),
    statements: detail.statements.map((s) => ({
      id: s.id,
      content: { text: s.content, start: s.contentStart, end: s.contentEnd },
      speaker: s.speakerName ? { id: s.speakerId, name: s.speakerName, kind: s.speakerKind } : null,
      speakerMention:
        s.speakerMention !== null ? { text: s.speakerMention, start: s.speakerMentionStart, end: s.speakerMentionEnd } : null,
      cue: { text: s.cue, start: s.cueStart, end: s.cueEnd },
      confidence: s.confidence,
    })),
    changes: detail.changes && detail.figureChanges && detail.statementChanges ? { quotes: detail.changes, figures: detail.figureChanges, statements: detail.statementChanges } : null,
    publications: detail.publications.map(publicationJson),
    headlineQuotes: detail.headlineQuotes.map((h) => ({
      text: h.text,
      verdict: h.verdict,
      quote: h.quote && { id: h.quote.id, position: h.quote.position, speakerName: h.quote.speakerName },
      similarity: h.similarity,
      diff: h.diff,
    })),
  };
}

/** JSON shape of another publication of an article's text. */
export function publicationJson(p: Publication) {
  return { id: p.id, outlet: p.outlet, url: p.url, title: p.title, publishedAt: p.publishedAt ? p.publishedAt.toISOString() : null, firstSeenAt: p.firstSeenAt.toISOString(), source: p.source };
}

/** A version's changes with each altered text's word diff ready to show. */
function withRuns(changes: QuoteChanges | null) {
  return changes && { ...changes, altered: changes.altered.map((c) => ({ ...c, runs: diffRuns(c.diff) })) };
}
