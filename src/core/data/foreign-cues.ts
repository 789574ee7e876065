/**
 * Reporting cues of French, German, Spanish, Italian and Portuguese, as English copy keeps them after a
 * quotation left in its own language and its own marks: « … », a déclaré Arnaud Rousseau · „…“, sagte
 * Weselsky · „…“, so Weselsky · «…», dijo el ministro. Read only after such marks (see `foreign-cue.ts`):
 * “a”, “so” and “dit” are English words too. Lower case, words separated by one space.
 */

/** Verbs of saying (past or present), written before or after the speaker: “a déclaré X”, “X sagte”. */
export const FOREIGN_SPEECH_CUES: readonly string[] = [
  // French: the perfect (“a déclaré”) and the present of headlines and live copy (“déclare”)
  'a déclaré', 'a dit', 'a affirmé', 'a ajouté', 'a expliqué', 'a assuré', 'a souligné', 'a estimé', 'a indiqué',
  'déclare', 'affirme', 'explique', 'ajoute', 'assure', 'souligne',
  // German
  'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte',
  // Spanish
  'dijo', 'afirmó', 'declaró', 'explicó', 'añadió', 'aseguró', 'señaló',
  // Italian
  'ha detto', 'ha dichiarato', 'ha affermato', 'ha spiegato',
  // Portuguese
  'disse', 'afirmou', 'declarou', 'explicou',
];

/** Words naming the source, as “according to” does: “« … », selon le ministère”, „…“, so Weselsky. */
export const FOREIGN_SOURCE_CUES: readonly string[] = ['selon', 'so', 'laut', 'según', 'secondo', 'segundo'];

/** Opening marks of the quotations these cues may follow: guillemets either way round, „…“ and ‚…‘. */
export const FOREIGN_QUOTE_OPENERS: ReadonlySet<string> = new Set(['«', '»', '‹', '›', '„', '‚']);
