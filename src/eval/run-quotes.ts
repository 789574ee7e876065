/**
 * `eval quotes [file]`: run the engine over an annotated JSON Lines file and print the
 * metrics. The only I/O here is reading the file; scoring is in score-quotes.ts.
 */
import { readFileSync } from 'node:fs';
import { analyseArticle } from '../core';
import type { GoldArticle } from './gold';
import { scoreArticle, summarise, type Outcome } from './score-quotes';
import { formatErrors, formatMetrics } from './report';
import { emptyStatementMetrics, formatStatementMetrics, scoreStatements, type StatementMetrics } from './score-statements';

/** Options of the eval run. */
export interface EvalQuotesOptions {
  file: string;
  errors: number;
  includeTerms: boolean;
}

/** Evaluate and return the printable report (metrics, then the worst errors). */
export function evalQuotes(opts: EvalQuotesOptions): { report: string; metrics: ReturnType<typeof summarise> & { statements: StatementMetrics } } {
  const lines = readFileSync(opts.file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const outcomes: Outcome[] = [];
  const texts = new Map<string, string>();
  const statements = emptyStatementMetrics();
  for (const line of lines) {
    const article = JSON.parse(line) as GoldArticle;
    texts.set(article.id, article.text);
    const analysis = analyseArticle(article.text, { includeTerms: opts.includeTerms });
    outcomes.push(...scoreArticle(article, analysis.quotes));
    scoreStatements(statements, article.reportedSpeech ?? [], analysis.statements);
  }
  const metrics = summarise(outcomes);
  const report = [
    `${lines.length} articles from ${opts.file}${opts.includeTerms ? ' (terms included)' : ''}`,
    formatMetrics(metrics),
    formatStatementMetrics(statements),
    formatErrors(outcomes, texts, opts.errors),
  ].join('\n\n');
  return { report, metrics: { ...metrics, statements } };
}
