/**
 * Text rendering of eval metrics and of the worst errors, for the terminal.
 */
import type { Outcome, QuoteMetrics, Rate } from './score-quotes';

function pct(r: Rate): string {
  return r.total === 0 ? '   –  ' : `${((100 * r.right) / r.total).toFixed(1).padStart(5)}%`;
}

function table(title: string, rows: Record<string, Rate>): string[] {
  const lines = [title];
  for (const [k, r] of Object.entries(rows).sort((a, b) => b[1].total - a[1].total)) lines.push(`  ${k.padEnd(22)} ${pct(r)}  (${r.right}/${r.total})`);
  return lines;
}

/** The metrics block. */
export function formatMetrics(m: QuoteMetrics): string {
  const lines = [
    `quotes          P ${(m.precision * 100).toFixed(2)}%  R ${(m.recall * 100).toFixed(2)}%  F1 ${(m.f1 * 100).toFixed(2)}%   (tp ${m.tp}, fp ${m.fp}, fn ${m.fn}, neutral ${m.neutral})`,
    `speaker mention ${pct(m.mention)}  (${m.mention.right}/${m.mention.total})`,
    `named speaker   ${pct(m.named)}  (${m.named.right}/${m.named.total})`,
    ...table('by gold speaker type (mention accuracy)', m.byType),
    ...table('by predicted attribution form (mention accuracy)', m.byForm),
    'calibration (predicted confidence → share right; false positives count as wrong)',
    ...m.calibration.map((c) => `  ${c.bucket.padEnd(22)} ${pct(c)}  (${c.right}/${c.total})`),
  ];
  return lines.join('\n');
}

function snippet(text: string, start: number, end: number): string {
  const s = text.slice(Math.max(0, start - 60), Math.min(text.length, end + 60)).replace(/\s+/g, ' ');
  return s.length > 240 ? `${s.slice(0, 237)}…` : s;
}

/** Worst errors first: confident wrong speakers, then false positives and misses. */
export function formatErrors(outcomes: Outcome[], texts: Map<string, string>, limit: number): string {
  const wrong = outcomes.filter((o) => (o.type === 'match' && o.mentionRight === false) || o.type === 'false-positive' || o.type === 'missed');
  const score = (o: Outcome): number => (o.type === 'missed' ? 0.5 : (o.pred?.confidence ?? 0));
  wrong.sort((a, b) => score(b) - score(a));
  const lines: string[] = [`worst errors (${wrong.length} in all, showing ${Math.min(limit, wrong.length)})`];
  for (const o of wrong.slice(0, limit)) {
    const text = texts.get(o.articleId) ?? '';
    const r = o.pred ?? { start: o.gold?.start ?? 0, end: o.gold?.end ?? 0 };
    const got = o.pred ? `${o.pred.speakerMention?.text ?? '∅'} → ${o.pred.speaker?.name ?? '∅'} [${o.pred.evidence.rule} ${o.pred.confidence}]` : '';
    const want = o.gold ? `gold: ${o.gold.speaker?.text ?? '∅'} (${o.gold.speakerType})` : '';
    lines.push(`- ${o.type} ${o.articleId}\n    ${got} ${want}\n    ${snippet(text, r.start, r.end)}`);
  }
  return lines.join('\n');
}
