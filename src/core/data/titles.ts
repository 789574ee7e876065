/**
 * Titles and honorifics that precede a name (“Sen. Mark Kirk”, “Secretary Ali Shamkhani”),
 * with the role they name and, for gendered ones, the gender. Lower-case, no period.
 */

/** What a title tells about the person it precedes. */
export interface TitleInfo {
  role: string;
  gender?: 'male' | 'female';
  /** Honorifics (Mr., Dr.) name no role. */
  honorific?: boolean;
}

const M = 'male' as const;
const F = 'female' as const;

/** title → info. Multi-word titles (Prime Minister) are matched word by word through `TITLE_WORDS`. */
export const TITLES: ReadonlyMap<string, TitleInfo> = new Map<string, TitleInfo>([
  ['mr', { role: '', gender: M, honorific: true }], ['mister', { role: '', gender: M, honorific: true }],
  ['mrs', { role: '', gender: F, honorific: true }], ['ms', { role: '', gender: F, honorific: true }],
  ['miss', { role: '', gender: F, honorific: true }], ['madam', { role: '', gender: F, honorific: true }],
  ['sir', { role: '', gender: M, honorific: true }], ['dame', { role: '', gender: F, honorific: true }],
  // honorifics of other languages, as quoted in English copy too (“Mme Sorel”, “Herr Weber”, “Señora Ruiz”)
  ['mme', { role: '', gender: F, honorific: true }], ['mlle', { role: '', gender: F, honorific: true }], ['madame', { role: '', gender: F, honorific: true }],
  ['monsieur', { role: '', gender: M, honorific: true }], ['herr', { role: '', gender: M, honorific: true }], ['frau', { role: '', gender: F, honorific: true }],
  ['señor', { role: '', gender: M, honorific: true }], ['señora', { role: '', gender: F, honorific: true }], ['sra', { role: '', gender: F, honorific: true }],
  ['signor', { role: '', gender: M, honorific: true }], ['signora', { role: '', gender: F, honorific: true }],
  // Indian honorifics: “Chief Minister Shri H.S. Siddegowda”, “Smt. Kamala Rao”, “Thiru M. Elangovan”
  ['shri', { role: '', gender: M, honorific: true }], ['smt', { role: '', gender: F, honorific: true }],
  ['shrimati', { role: '', gender: F, honorific: true }], ['thiru', { role: '', gender: M, honorific: true }], ['thirumathi', { role: '', gender: F, honorific: true }],
  ['lord', { role: 'lord', gender: M }], ['lady', { role: 'lady', gender: F }],
  ['dr', { role: 'doctor', honorific: true }], ['prof', { role: 'professor' }], ['professor', { role: 'professor' }],
  ['sen', { role: 'senator' }], ['senator', { role: 'senator' }], ['rep', { role: 'representative' }],
  ['representative', { role: 'representative' }], ['congressman', { role: 'congressman', gender: M }],
  ['congresswoman', { role: 'congresswoman', gender: F }], ['gov', { role: 'governor' }], ['governor', { role: 'governor' }],
  ['lt', { role: 'lieutenant' }], ['gen', { role: 'general' }], ['general', { role: 'general' }], ['col', { role: 'colonel' }], ['colonel', { role: 'colonel' }],
  ['lieutenant', { role: 'lieutenant' }], ['sergeant', { role: 'sergeant' }], ['corporal', { role: 'corporal' }], ['brigadier', { role: 'brigadier' }],
  ['capt', { role: 'captain' }], ['captain', { role: 'captain' }], ['sgt', { role: 'sergeant' }], ['adm', { role: 'admiral' }], ['seal', { role: 'SEAL' }],
  ['admiral', { role: 'admiral' }], ['maj', { role: 'major' }], ['cmdr', { role: 'commander' }], ['commander', { role: 'commander' }],
  ['president', { role: 'president' }], ['vice', { role: 'vice' }], ['secretary', { role: 'secretary' }],
  ['minister', { role: 'minister' }], ['premier', { role: 'premier' }], ['taoiseach', { role: 'Taoiseach' }], ['tánaiste', { role: 'Tánaiste' }], ['chancellor', { role: 'chancellor' }],
  ['mayor', { role: 'mayor' }], ['judge', { role: 'judge' }], ['justice', { role: 'justice' }], ['chairman', { role: 'chairman', gender: M }],
  ['chairwoman', { role: 'chairwoman', gender: F }], ['chair', { role: 'chair' }], ['speaker', { role: 'speaker' }],
  ['ambassador', { role: 'ambassador' }], ['envoy', { role: 'envoy' }], ['director', { role: 'director' }],
  ['chief', { role: 'chief' }], ['king', { role: 'king', gender: M }], ['queen', { role: 'queen', gender: F }],
  ['prince', { role: 'prince', gender: M }], ['princess', { role: 'princess', gender: F }], ['pope', { role: 'pope', gender: M }],
  ['sheikh', { role: 'sheikh', gender: M }], ['ayatollah', { role: 'ayatollah', gender: M }], ['rev', { role: 'reverend' }],
  ['reverend', { role: 'reverend' }], ['father', { role: 'father', gender: M }], ['sister', { role: 'sister', gender: F }],
  ['rabbi', { role: 'rabbi' }], ['imam', { role: 'imam', gender: M }], ['bishop', { role: 'bishop' }], ['cardinal', { role: 'cardinal' }],
  ['commissioner', { role: 'commissioner' }], ['attorney', { role: 'attorney' }], ['sheriff', { role: 'sheriff' }],
  ['officer', { role: 'officer' }], ['inspector', { role: 'inspector' }], ['superintendent', { role: 'superintendent' }],
  ['constable', { role: 'constable' }], ['trooper', { role: 'trooper' }], ['detective', { role: 'detective' }], ['coach', { role: 'coach' }],
  ['spokesman', { role: 'spokesman', gender: M }], ['spokeswoman', { role: 'spokeswoman', gender: F }],
  ['spokesperson', { role: 'spokesperson' }], ['candidate', { role: 'candidate' }], ['nominee', { role: 'nominee' }],
  ['deputy', { role: 'deputy' }], ['assemblyman', { role: 'assemblyman', gender: M }], ['assemblywoman', { role: 'assemblywoman', gender: F }],
  ['councilman', { role: 'councilman', gender: M }], ['councilwoman', { role: 'councilwoman', gender: F }],
  ['councillor', { role: 'councillor' }], ['councilor', { role: 'councilor' }], ['alderman', { role: 'alderman', gender: M }], ['alderwoman', { role: 'alderwoman', gender: F }],
  ['businessman', { role: 'businessman', gender: M }], ['businesswoman', { role: 'businesswoman', gender: F }],
  ['leader', { role: 'leader' }], ['founder', { role: 'founder' }], ['ceo', { role: 'ceo' }], ['executive', { role: 'executive' }], ['host', { role: 'host' }],
  ['anchor', { role: 'anchor' }], ['correspondent', { role: 'correspondent' }], ['columnist', { role: 'columnist' }],
  ['strategist', { role: 'strategist' }], ['pollster', { role: 'pollster' }], ['analyst', { role: 'analyst' }],
  ['adviser', { role: 'adviser' }], ['advisor', { role: 'adviser' }], ['aide', { role: 'aide' }], ['manager', { role: 'manager' }],
  ['pastor', { role: 'pastor' }], ['activist', { role: 'activist' }], ['economist', { role: 'economist' }],
  // elections: “Challenger Miriam Castellane”, “Incumbent Daniel Petrakis”
  ['challenger', { role: 'challenger' }], ['incumbent', { role: 'incumbent' }], ['coordinator', { role: 'coordinator' }],
  ['negotiator', { role: 'negotiator' }], ['mediator', { role: 'mediator' }], ['administrator', { role: 'administrator' }],
  // sport: “Striker Kofi Mensah”, “goalkeeper Ana Lund”
  ['striker', { role: 'striker' }], ['midfielder', { role: 'midfielder' }], ['defender', { role: 'defender' }],
  ['goalkeeper', { role: 'goalkeeper' }], ['winger', { role: 'winger' }], ['skipper', { role: 'captain' }],
  ['quarterback', { role: 'quarterback' }], ['pitcher', { role: 'pitcher' }], ['referee', { role: 'referee' }],
]);

/** Words that join parts of a multi-word title: “Secretary of State”, “Minister for Foreign Affairs”. */
export const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'to', 'general', 'vice', 'deputy', 'prime', 'foreign', 'state', 'former', 'acting', 'special', 'senior', 'chief', 'executive']);

/** Words after a title that open its portfolio: “Minister for Health”, “Secretary of Defense”. */
export const PORTFOLIO_JOINERS: ReadonlySet<string> = new Set(['for', 'of', 'on']);

/** Words of a portfolio after a title and “for” or “of”: “Minister for Foreign Affairs”, “High Commissioner for Human Rights”. */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'health', 'defense', 'defence', 'foreign', 'affairs', 'human', 'rights', 'refugees', 'education', 'justice', 'trade', 'home',
  'interior', 'finance', 'energy', 'environment', 'transport', 'transportation', 'culture', 'agriculture', 'industry', 'labour',
  'labor', 'commerce', 'security', 'homeland', 'state', 'veterans', 'housing', 'development', 'economy', 'economic', 'treasury',
  'water', 'resources', 'women', 'children', 'family', 'families', 'social', 'welfare', 'public', 'works', 'infrastructure',
  'tourism', 'sport', 'sports', 'science', 'technology', 'information', 'communications', 'immigration', 'migration',
  'citizenship', 'local', 'government', 'rural', 'urban', 'food', 'fisheries', 'forestry', 'mines', 'mining', 'petroleum',
  'climate', 'digital', 'youth', 'arts', 'heritage', 'minorities', 'external', 'internal', 'national', 'planning', 'budget',
  'revenue', 'customs', 'irrigation', 'cooperation', 'international', 'legal', 'relations', 'policy', 'protection', 'equality',
  'employment', 'pensions', 'disabilities', 'enterprise', 'innovation', 'regional', 'tertiary', 'higher', 'further',
  'communities', 'indigenous', 'aboriginal', 'children', 'elections', 'peace', 'reconciliation', 'disaster', 'management', 'intelligence',
]);
