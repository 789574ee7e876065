/**
 * Matches a definite description to someone introduced earlier by comparing its words
 * with each person’s role, organisation and country: “the Iranian official”.
 */
import type { ArticleContext, Mention } from '../context';
import { NATIONALITIES } from '../data/places';
import { ROLE_NOUNS } from '../data/role-nouns';
import type { Entity, Registry } from './registry';

function lastMentionBefore(e: Entity, at: number): number {
  let pos = -1;
  for (const m of e.mentions) if (m.start < at && m.start > pos) pos = m.start;
  return pos;
}

/** Best earlier entity for a description, or null when nothing fits. */
export function matchDescription(ctx: ArticleContext, reg: Registry, m: Mention): Entity | null {
  const words: string[] = [];
  for (let i = m.start; i < m.end; i++) words.push(ctx.tokens[i].lower.replace(/[’']s$/, ''));
  const head = ctx.tokens[(m.head ?? m).start].lower;
  const roles = ROLE_NOUNS.get(head);
  const country = words.map((w) => NATIONALITIES.get(w)).find(Boolean);
  let best: Entity | null = null;
  let bestScore = 0;
  for (const e of reg.entities) {
    const pos = lastMentionBefore(e, m.start);
    if (pos < 0) continue;
    let score = 0;
    const role = e.role?.toLowerCase() ?? '';
    if (roles && roles.some((r) => role.includes(r))) score += 3;
    else if (role && role.includes(head)) score += 3;
    if (country && e.country === country) score += 2;
    else if (country && e.country) score -= 3;
    const org = e.organisation?.toLowerCase() ?? '';
    if (words.some((w) => w.length > 3 && (org.includes(w) || e.name.toLowerCase().includes(w)))) score += 2;
    if (e.kind === 'organisation' && e.name.toLowerCase().includes(head)) score += 3;
    if (score <= 0) continue;
    score += pos / Math.max(1, ctx.tokens.length); // recency breaks ties
    if (score > bestScore) { best = e; bestScore = score; }
  }
  return bestScore >= 2 ? best : null;
}
