import type { DataSource } from 'typeorm';
import { GIVEN_NAME_GENDER } from '../core/data/given-names';
import {
  insertMatchCandidates,
  listNamesakes,
  writtenInLowerCase,
  type Namesake,
  type NewMatchCandidate,
} from '../db/repositories/speaker-match.repository';
import { withTransaction } from '../db/transaction';
import { GENERATIONAL } from './speaker-identity';
import { givenNamesCompatible, nameParts, normalizeName } from './speaker-names';

/** Surnames read and proposed per transaction. */
const SURNAMES_PER_BATCH = 500;

/** What a pass over the stored speakers proposed. */
export interface ProposalCounts {
  /** Surnames two or more live people share. */
  surnames: number;
  /** Possible matches added to the review list (pairs listed before, either way round, are left as they are). */
  proposed: number;
}

/**
 * Proposes, for review, the stored speakers that are one person under several names — those
 * created before ingest matched a middle name or initial (“Donald J. Trump” beside Donald Trump,
 * “H. Clinton” beside Hillary Clinton) — and the “people” made of a headline word and a name
 * (“Asserting Clinton”), most quoted speaker kept. Nothing is merged: an editor decides on
 * `/speakers/review`. A surname per group of people sharing it, a batch per transaction.
 */
export async function proposeSpeakerMatches(deps: { dataSource: DataSource }, progress?: (surnames: number) => void): Promise<ProposalCounts> {
  const common = new Map<string, boolean>();
  const counts: ProposalCounts = { surnames: 0, proposed: 0 };
  let after = '';
  for (;;) {
    const rows = await listNamesakes(deps.dataSource.manager, after, SURNAMES_PER_BATCH);
    if (rows.length === 0) break;
    const groups = new Map<string, Namesake[]>();
    for (const r of rows) groups.set(r.surnameKey, [...(groups.get(r.surnameKey) ?? []), r]);
    for (const word of new Set(rows.map(leadingWord).filter((w): w is string => w !== null))) {
      if (!common.has(word)) common.set(word, await writtenInLowerCase(deps.dataSource.manager, word));
    }
    const commonWords = new Set([...common].filter(([, yes]) => yes).map(([w]) => w));
    const proposals = [...groups.values()].flatMap((g) => namesakeMatches(g, commonWords));
    counts.proposed += await withTransaction(deps.dataSource, (em) => insertMatchCandidates(em, proposals));
    counts.surnames += groups.size;
    after = rows[rows.length - 1].surnameKey;
    progress?.(counts.surnames);
  }
  return counts;
}

/** The first word of a name that may be a headline's rather than a given name: not a known given name, nor an initial. */
function leadingWord(s: Pick<Namesake, 'name'>): string | null {
  const words = normalizeName(s.name).split(' ');
  if (words.length < 2 || words[0].length < 2 || GIVEN_NAME_GENDER.has(words[0])) return null;
  return words[0];
}

/**
 * Possible matches among live people who share a surname. `commonWords` are leading words the
 * articles also write in lower case (“asserting”, “six”), which make a headline's “person”.
 *
 * - A name whose given names fit only one person's names (“Donald J. Trump”, “Donald Trump”,
 *   “Donald John Trump”: each fits the others and nothing else) goes into the most quoted of them.
 *   Names that fit two people who do not fit each other (“George Bush” beside George W. and
 *   George H. W. Bush) are left alone, as are people who share only the surname (Bill and
 *   Hillary Clinton, Jeb and George W. Bush, Donald and Ivanka Trump).
 * - A headline word before a stored name (“Rival Hillary Clinton”) goes into that name's speaker;
 *   before the bare surname (“Asserting Clinton”), into the person articles call by that surname
 *   at least three times in four.
 */
export function namesakeMatches(group: Namesake[], commonWords: ReadonlySet<string>): NewMatchCandidate[] {
  if (group.length < 2 || GENERATIONAL.has(group[0].surnameKey)) return [];
  const junk = (s: Namesake) => {
    const w = leadingWord(s);
    return w !== null && commonWords.has(w);
  };
  const people = group.filter((s) => !junk(s)).map((s) => ({ s, given: nameParts(s.name).given })).filter((p) => p.given.length > 0);
  const fits = new Map(people.map((p) => [p.s.id, people.filter((q) => givenNamesCompatible(p.given, q.given)).map((q) => q.s.id).sort((a, b) => a - b).join(',')]));
  const out: NewMatchCandidate[] = [];
  for (const p of people) {
    const fit = people.filter((q) => givenNamesCompatible(p.given, q.given));
    // everyone the name fits fits exactly the same names: one person, whichever name they go by
    if (fit.length < 2 || !fit.every((q) => fits.get(q.s.id) === fits.get(p.s.id))) continue;
    const head = mostQuoted(fit.map((q) => q.s));
    if (head.id === p.s.id) continue;
    out.push({ speakerId: p.s.id, candidateId: head.id, articleId: null, mention: p.s.name, confidence: 0.9, reason: `“${p.s.name}” fits ${head.name} and no other stored person` });
  }

  const real = group.filter((q) => !junk(q));
  const totalSightings = real.reduce((n, q) => n + q.surnameSightings, 0);
  const bySurname = mostCalledBySurname(real);
  for (const s of group.filter(junk)) {
    const rest = normalizeName(s.name).split(' ').slice(1).join(' ');
    const named = real.filter((q) => q.names.includes(rest));
    const target =
      named.length === 1
        ? { speaker: named[0], confidence: 0.6, why: `a headline word before ${named[0].name}’s name` }
        : !rest.includes(' ') && bySurname && totalSightings >= 10 && bySurname.surnameSightings * 4 >= totalSightings * 3
          ? { speaker: bySurname, confidence: 0.5, why: `a headline word before the surname, which articles here nearly always use for ${bySurname.name}` }
          : null;
    if (target) out.push({ speakerId: s.id, candidateId: target.speaker.id, articleId: null, mention: s.name, confidence: target.confidence, reason: target.why });
  }
  return out;
}

function mostQuoted(list: Namesake[]): Namesake {
  return [...list].sort((a, b) => b.quoteCount - a.quoteCount || a.id - b.id)[0];
}

function mostCalledBySurname(list: Namesake[]): Namesake | null {
  const top = [...list].sort((a, b) => b.surnameSightings - a.surnameSightings || a.id - b.id)[0];
  return top && top.surnameSightings > 0 ? top : null;
}
