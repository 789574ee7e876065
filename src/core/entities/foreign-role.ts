/**
 * A French apposition after a name gives the person's role: “Sandrine Rousseau, députée écologiste, a déclaré …” is a
 * députée écologiste; “…, a déclaré Arnaud Rousseau, président du syndicat,” the union's president. English
 * appositions are read by `readProfile`; French ones put the noun first and its qualifiers after it.
 */
import type { Token } from '../text/tokenize';
import { FRENCH_APPOSITION_OPENERS, FRENCH_ROLE_NOUNS } from '../data/foreign-roles';

/** Longest role kept whole, in words; a longer apposition gives its noun alone. */
const MAX_ROLE_TOKENS = 6;

/** The role and the gender its noun shows, read from the apposition in tokens [from, to); null when it opens with no French role noun. */
export function frenchApposedRole(tokens: readonly Token[], from: number, to: number): { role: string; gender: 'male' | 'female' | null } | null {
  let k = from;
  // (up to two openers: “l’ancienne”, “la nouvelle”)
  for (let n = 0; n < 2 && k < to && FRENCH_APPOSITION_OPENERS.has(tokens[k].lower); n++) k++;
  const noun = tokens[k];
  if (k >= to || !noun || noun.kind !== 'word') return null;
  const gender = FRENCH_ROLE_NOUNS.get(noun.lower);
  if (gender === undefined) return null;
  const end = to - k <= MAX_ROLE_TOKENS ? to : k + 1;
  return { role: joinWritten(tokens, k, end), gender };
}

/** Tokens [start, end) as written, with the spaces between them as one space and none before a comma or after an apostrophe. */
function joinWritten(tokens: readonly Token[], start: number, end: number): string {
  let out = tokens[start].text;
  for (let i = start + 1; i < end; i++) {
    const t = tokens[i];
    const glued = t.start === tokens[i - 1].end;
    out += glued ? t.text : ` ${t.text}`;
  }
  return out;
}
