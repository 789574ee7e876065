/**
 * Small closed word classes the matchers consult: pronouns, determiners, the adverbs and
 * auxiliaries that may sit between a speaker and its verb, and capitalised words that are
 * never names.
 */

/** pronoun → gender/number it refers to. */
export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'self' | 'neuter'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['we', 'plural'], ['i', 'self'], ['it', 'neuter'], ['you', 'self'],
]);

/** Possessive and object pronouns that reveal a referent’s gender: “… Trump, his …”. */
export const GENDERED_FORMS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'], ['his', 'male'], ['him', 'male'], ['himself', 'male'], ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
]);

/** Words that open a description: “the Iranian official”, “a senior official”, “his spokesman”. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'one', 'another', 'some', 'several', 'two', 'three', 'many', 'other',
  'this', 'that', 'these', 'those', 'both', 'most', 'few', 'each', 'every', 'no', 'my', 'your', 'four', 'five', 'all',
]);

/** Indefinite openers: “a senior official said” stays anonymous. */
export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'two', 'three', 'many', 'other', 'few', 'four', 'five']);

/** May stand between a speaker and its cue: “Shamkhani also said”, “he has repeatedly said”. */
export const CUE_MODIFIERS: ReadonlySet<string> = new Set([
  'also', 'later', 'further', 'then', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'might', 'once',
  'again', 'recently', 'previously', 'reportedly', 'repeatedly', 'often', 'frequently', 'publicly', 'privately', 'simply', 'flatly',
  'bluntly', 'quickly', 'angrily', 'calmly', 'quietly', 'loudly', 'firmly', 'strongly', 'emphatically', 'earlier', 'first',
  'finally', 'just', 'even', 'still', 'already', 'subsequently', 'separately', 'similarly', 'likewise', 'only', 'since',
  'never', 'always', 'now', 'openly', 'directly', 'explicitly', 'sharply', 'tersely', 'succinctly', 'famously', 'once', 'did',
  'does', 'do', 'may', 'can', 'should', 'must', 'not', "didn't", 'been', 'being', 'be', 'apparently', 'allegedly', 'wryly',
  'jokingly', 'yet', 'too', 'immediately', 'eventually', 'ultimately',
]);

/** Time words that may follow a cue: “said Sunday”, “said on Tuesday”. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'recently',
  'earlier', 'later', 'last', 'this', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'on', 'in', 'at', 'during',
]);

/** Capitalised words that are not names even in the middle of a sentence. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'i', 'the', 'a', 'an', 'and', 'but', 'or', 'if', 'in', 'on', 'at', 'to', 'for', 'of', 'by', 'with', 'as', 'it', 'he', 'she', 'we',
  'they', 'you', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'there', 'here', 'when', 'where', 'what', 'who', 'why',
  'how', 'while', 'after', 'before', 'since', 'so', 'yet', 'then', 'also', 'still', 'not', 'no', 'yes', 'now', 'but', 'some', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'god', 'mr', 'mrs', 'ms', 'dr', 'one', 'my', 'our',
  'your', 'its', 'is', 'was', 'are', 'were', 'be', 'do', 'did', 'does', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'all', 'many', 'most', 'more', 'every', 'each', 'both', 'any', 'just', 'even', 'only', 'asked', 'said', 'says',
  'meanwhile', 'however', 'instead', 'indeed', 'according', 'because', 'although', 'though', 'despite', 'during', 'other',
  'neither', 'nor', 'either', 'whether',
  'update', 'photo', 'video', 'related', 'read', 'watch', 'editor', 'note', 'q', 'a', 'ok', 'oh', 'well', 'like', 'let', 'thank',
  // adverbs and determiners that open sentences (“Often, families …”, “Perhaps the …”, “Such is …”): none is a name, nor
  // inside one. Words that are also surnames (Rather, Little, Young, From) are left out, and so are the ones that may
  // speak (“Another said …”, “Someone called it …”)
  'amid', 'amidst', 'among', 'amongst', 'upon', 'toward', 'towards', 'onto', 'into', 'unless', 'until', 'via', 'than',
  'often', 'sometimes', 'always', 'never', 'perhaps', 'maybe', 'again', 'already', 'almost', 'soon', 'once', 'twice',
  'finally', 'together', 'otherwise', 'therefore', 'thus', 'hence', 'nevertheless', 'nonetheless', 'moreover',
  'furthermore', 'anyway', 'such', 'much', 'something', 'anything', 'everything', 'nothing', 'whatever', 'which', 'whom',
  'whose', 'please', 'wow', 'hey', 'ah', 'earlier', 'later', 'secondly', 'thirdly', 'lastly', 'too', 'very', 'quite',
  'neighbouring', 'neighboring', 'nearby',
]);

/**
 * Prepositions that open sentences (“Under Florida law, …”, “Across town, …”, “Within half an hour, …”) but sit inside
 * names too (Doctors Without Borders, Mothers Against Drunk Driving, Under Armour): no name starts with one at the
 * start of a sentence.
 */
export const SENTENCE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'under', 'above', 'below', 'across', 'against', 'along', 'around', 'behind', 'beneath', 'beside', 'besides', 'between',
  'beyond', 'inside', 'outside', 'through', 'throughout', 'within', 'without', 'about', 'over', 'after', 'before', 'during',
  'alongside', 'amid', 'amidst', 'among', 'amongst', 'despite', 'unlike',
  // pronouns and articles of French, German, Spanish and Italian opening a sentence of a text in another language (“Il a
  // déclaré …”, “Une source proche …”, “Selon l'agence …”): no speaker (mid-sentence they may be part of a name: Des
  // Moines, Les Paul)
  'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'une', 'selon', 'les', 'des', 'er', 'sie', 'wir', 'ich', 'ella',
  'ellos', 'ellas', 'nosotros', 'lui', 'loro', 'noi', 'gli', 'он', 'она', 'оно', 'они', 'мы',
]);

/** Words before a verb of speech that deny it: “did not say”, “never said”, “didn't say”. */
export const NOTHING_SAID: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never', 'didn’t', "didn't", 'wouldn’t', "wouldn't", 'won’t', "won't", 'couldn’t', "couldn't"]);

/** Words opening a clause about the name before them: “Sara Oduya, whose brother …,”, “Tom Reed, who …,”. */
export const CLAUSE_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose']);

/** Conjunctions opening an adverbial clause set before the main clause: “While Okafor called the plan “…”, the council …”. */
export const FRONTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['while', 'although', 'though', 'whereas', 'when', 'as']);
