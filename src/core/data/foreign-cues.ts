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

/**
 * French verbs of saying written before their subject pronoun, joined to it by hyphens, after a quotation:
 * « … », a-t-il déclaré · « … », estime-t-elle · « … », poursuit-il. The auxiliary “a” takes one of the
 * participles after it; the present tense carries the pronoun itself.
 */
export const FRENCH_INVERTED_PARTICIPLES: readonly string[] = [
  'déclaré', 'dit', 'affirmé', 'ajouté', 'expliqué', 'assuré', 'souligné', 'estimé', 'indiqué', 'précisé', 'poursuivi',
  'martelé', 'insisté', 'lancé', 'répondu', 'conclu', 'reconnu', 'confié', 'jugé', 'prévenu', 'averti', 'regretté',
  'dénoncé', 'résumé', 'rappelé', 'admis', 'commenté', 'déploré', 'tranché', 'lâché', 'glissé', 'raconté', 'témoigné',
];

/** French verbs of saying in the present, before “-t-il”, “-elle”: “estime-t-il”, “dit-elle”, “poursuit-il”. */
export const FRENCH_INVERTED_VERBS: readonly string[] = [
  'estime', 'déclare', 'affirme', 'explique', 'ajoute', 'assure', 'souligne', 'indique', 'précise', 'poursuit', 'martèle',
  'insiste', 'lance', 'répond', 'conclut', 'reconnaît', 'reconnait', 'juge', 'dit', 'prévient', 'avertit', 'regrette',
  'dénonce', 'confie', 'résume', 'rappelle', 'admet', 'commente', 'déplore', 'tranche', 'lâche', 'glisse', 'raconte',
  'témoigne', 'ironise', 'tempête', 's’agace', 'observe', 'note', 'relève', 'analyse', 'avance', 'prévient',
];

/** The auxiliary of the perfect tense, inverted: “a-t-il”, “a-t-elle”. */
export const FRENCH_INVERTED_AUXILIARY = 'a';

/** French subject pronouns after an inverted verb, as the English pronoun they stand for. */
export const FRENCH_SUBJECT_PRONOUNS: ReadonlyMap<string, 'he' | 'she' | 'they'> = new Map([
  ['il', 'he'], ['elle', 'she'], ['ils', 'they'], ['elles', 'they'],
]);
