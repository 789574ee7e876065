/**
 * Scores predicted quotes against one annotated article and accumulates the metrics of
 * `eval quotes`: span P/R/F1, speaker-mention and named-speaker accuracy, breakdowns and
 * calibration. Pure functions over plain data.
 */
import type { QuoteResult } from '../core/types';
import { goldNameKey, goldSpans, type GoldArticle, type GoldSpan } from './gold';
import { pairSpans, spansMatch, touches, type Range } from './match';

/** One predicted segment, with its quote. */
interface PredSpan extends Range {
  quote: QuoteResult;
}

/** What happened to one predicted or gold span; the error list is built from these. */
export interface Outcome {
  articleId: string;
  type: 'match' | 'false-positive' | 'missed' | 'neutral';
  pred?: QuoteResult;
  gold?: GoldSpan;
  /** Predicted mention overlaps the gold speaker span (matches with a gold speaker only). */
  mentionRight?: boolean;
  /** Resolved name contains the gold name’s key word (proper-name speakers only). */
  nameRight?: boolean;
}

function inside(r: Range, spans: Range[] | undefined): boolean {
  return !!spans && spans.some((s) => r.start >= s.start && r.end <= s.end || touches(r, s) && spansMatch(r, s));
}

/** Compare predictions with the gold annotations of one article. */
export function scoreArticle(article: GoldArticle, predicted: QuoteResult[]): Outcome[] {
  const ignore = article.ignoreSpans ?? [];
  const pred: PredSpan[] = predicted.flatMap((q) => q.segments.map((s) => ({ start: s.start, end: s.end, quote: q }))).filter((p) => !inside(p, ignore));
  const gold = goldSpans(article).filter((g) => !inside(g, ignore));
  const pairs = pairSpans(pred, gold);
  const out: Outcome[] = [];
  const matched = new Set<number>();
  pred.forEach((p, i) => {
    const gi = pairs[i];
    if (gi < 0) {
      const neutral = (article.otherQuotedSpans ?? []).some((o) => spansMatch(p, o));
      out.push({ articleId: article.id, type: neutral ? 'neutral' : 'false-positive', pred: p.quote });
      return;
    }
    matched.add(gi);
    const g = gold[gi];
    const o: Outcome = { articleId: article.id, type: 'match', pred: p.quote, gold: g };
    if (g.speaker) {
      const m = p.quote.speakerMention;
      o.mentionRight = !!m && touches(m, g.speaker);
      if (g.speakerType === 'named') {
        const key = goldNameKey(g.speaker.text).toLowerCase();
        // Both sides folded alike: the gold key drops apostrophes (O'Donnell → ODonnell), so the name must too.
        const name = p.quote.speaker?.name.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '') ?? '';
        o.nameRight = key.length > 0 && name.includes(key);
      }
    }
    out.push(o);
  });
  gold.forEach((g, gi) => { if (!matched.has(gi)) out.push({ articleId: article.id, type: 'missed', gold: g }); });
  return out;
}

/** A ratio with its counts. */
export interface Rate {
  right: number;
  total: number;
}

/** All figures printed by `eval quotes`. */
export interface QuoteMetrics {
  tp: number;
  fp: number;
  fn: number;
  neutral: number;
  precision: number;
  recall: number;
  f1: number;
  mention: Rate;
  named: Rate;
  byType: Record<string, Rate>;
  byForm: Record<string, Rate>;
  calibration: { bucket: string; right: number; total: number }[];
}

const BUCKETS = [0, 0.5, 0.7, 0.8, 0.9, 0.95];

function bump(map: Record<string, Rate>, key: string, right: boolean): void {
  const r = (map[key] ??= { right: 0, total: 0 });
  r.total++;
  if (right) r.right++;
}

/** Aggregate outcomes. A quote is “right” for calibration when it matched and its mention is right (or gold has no speaker). */
export function summarise(outcomes: Outcome[]): QuoteMetrics {
  let tp = 0, fp = 0, fn = 0, neutral = 0;
  const mention: Rate = { right: 0, total: 0 };
  const named: Rate = { right: 0, total: 0 };
  const byType: Record<string, Rate> = {};
  const byForm: Record<string, Rate> = {};
  const cal = BUCKETS.map((b, i) => ({ bucket: `${b.toFixed(2)}–${(BUCKETS[i + 1] ?? 1).toFixed(2)}`, right: 0, total: 0 }));
  for (const o of outcomes) {
    if (o.type === 'missed') { fn++; continue; }
    if (o.type === 'neutral') { neutral++; continue; }
    const c = o.pred ? o.pred.confidence : 0;
    const bucket = cal[Math.max(0, BUCKETS.findLastIndex((b) => c >= b))];
    bucket.total++;
    if (o.type === 'false-positive') { fp++; continue; }
    tp++;
    if (o.mentionRight !== false) bucket.right++;
    if (o.mentionRight === undefined) continue;
    mention.total++;
    if (o.mentionRight) mention.right++;
    bump(byType, o.gold?.speakerType ?? 'unknown', o.mentionRight);
    bump(byForm, o.pred?.form ?? 'none', o.mentionRight);
    if (o.nameRight !== undefined) { named.total++; if (o.nameRight) named.right++; }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, neutral, precision, recall, f1, mention, named, byType, byForm, calibration: cal };
}
