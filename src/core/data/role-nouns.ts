import type { Token } from '../text/tokenize';
import { WordShapes } from '../text/word-shapes';

/**
 * Head nouns of speaker descriptions (“the Iranian official”, “a spokesman for the
 * ministry”, “the campaign”) and the roles each can stand for when resolving them.
 */

/** role noun → titles/roles it may refer back to (“the senator” ← Sen. Mark Kirk). */
export const ROLE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['official', ['secretary', 'minister', 'official', 'director', 'chief', 'commissioner', 'envoy', 'ambassador', 'spokesman', 'spokeswoman', 'deputy', 'governor', 'mayor', 'president']],
  ['officials', []], ['envoy', ['envoy', 'ambassador', 'diplomat']], ['diplomat', ['envoy', 'ambassador', 'diplomat', 'minister']],
  ['ambassador', ['ambassador', 'envoy']], ['minister', ['minister', 'secretary', 'premier']], ['secretary', ['secretary', 'minister']],
  ['senator', ['senator']], ['lawmaker', ['senator', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'assemblyman']],
  ['congressman', ['representative', 'congressman']], ['congresswoman', ['representative', 'congresswoman']],
  ['governor', ['governor']], ['mayor', ['mayor']], ['president', ['president']], ['leader', ['leader', 'president', 'premier', 'chairman', 'minister']],
  ['candidate', ['candidate', 'nominee', 'senator', 'governor']], ['nominee', ['nominee', 'candidate']], ['front-runner', ['candidate', 'nominee']],
  ['frontrunner', ['candidate', 'nominee']], ['hopeful', ['candidate']], ['contender', ['candidate']],
  ['spokesman', ['spokesman', 'spokesperson']], ['spokeswoman', ['spokeswoman', 'spokesperson']], ['spokesperson', ['spokesman', 'spokeswoman', 'spokesperson']],
  ['chairman', ['chairman', 'chair']], ['chairwoman', ['chairwoman', 'chair']], ['director', ['director']], ['chief', ['chief', 'director']],
  ['general', ['general']], ['commander', ['commander', 'general']], ['judge', ['judge', 'justice']], ['justice', ['justice', 'judge']],
  ['professor', ['professor']], ['doctor', ['doctor']], ['lawyer', ['attorney', 'lawyer']], ['attorney', ['attorney', 'lawyer']],
  ['businessman', ['businessman', 'ceo', 'founder']], ['businesswoman', ['businesswoman', 'ceo', 'founder']], ['billionaire', ['businessman', 'ceo']],
  ['mogul', ['businessman', 'ceo']], ['executive', ['ceo', 'director', 'executive']], ['ceo', ['ceo']], ['founder', ['founder']],
  ['aide', ['aide', 'adviser']], ['adviser', ['adviser', 'aide']], ['advisor', ['adviser', 'aide']], ['strategist', ['strategist']],
  ['analyst', ['analyst']], ['expert', ['analyst', 'professor']], ['economist', ['economist']], ['pollster', ['pollster']],
  ['host', ['host', 'anchor']], ['anchor', ['anchor', 'host']], ['reporter', ['correspondent', 'reporter']], ['columnist', ['columnist']], ['journalist', ['journalist', 'reporter', 'correspondent']],
  ['activist', ['activist']], ['pastor', ['pastor', 'reverend']], ['manager', ['manager']], ['prosecutor', ['attorney', 'prosecutor']],
  ['premier', ['premier', 'minister']], ['chancellor', ['chancellor']], ['king', ['king']], ['queen', ['queen']], ['speaker', ['speaker']],
  ['representative', ['representative']], ['deputy', ['deputy']], ['commissioner', ['commissioner']], ['sheriff', ['sheriff']],
  ['officer', ['officer']], ['author', ['author']], ['writer', ['author', 'columnist']], ['scientist', ['scientist', 'professor']],
  ['researcher', ['researcher', 'professor']], ['star', []], ['actor', []], ['actress', []], ['singer', []], ['rapper', []],
  ['coach', ['coach']], ['agent', ['agent']], ['coordinator', ['coordinator']], ['negotiator', ['negotiator', 'envoy']], ['mediator', ['mediator', 'envoy']],
  ['rapporteur', ['rapporteur']],
  ['administrator', ['administrator']], ['superintendent', ['superintendent']], ['treasurer', ['treasurer']], ['teacher', []], ['farmer', []], ['parent', []], ['shopper', []], ['survivor', []], ['commuter', []], ['passenger', []], ['trader', []], ['shopkeeper', []], ['pensioner', []], ['retiree', []], ['homeowner', []], ['tenant', []], ['landlord', []], ['patient', []], ['grandmother', []], ['grandfather', []], ['widow', []], ['widower', []], ['driver', []], ['nurse', []], ['chef', []], ['pilot', []],
  ['head', ['head', 'chief', 'director', 'chairman', 'chairwoman', 'leader']], ['epidemiologist', ['epidemiologist']], ['virologist', ['virologist']], ['physician', ['physician', 'doctor']],
  ['surgeon', ['surgeon', 'doctor']], ['accountant', ['accountant']], ['auditor', ['auditor']],
  ['historian', ['historian']], ['engineer', ['engineer']], ['architect', ['architect']], ['meteorologist', ['meteorologist']],
  ['seismologist', ['seismologist']], ['paramedic', ['paramedic']], ['pathologist', ['pathologist']], ['coroner', ['coroner']],
  ['priest', ['reverend', 'father']], ['inspector', ['inspector']], ['detective', ['detective']], ['spokesperson', []],
  ['man', []], ['woman', []], ['source', []], ['sources', []], ['person', []], ['someone', []], ['somebody', []], ['supporter', []], ['voter', []], ['resident', []],
  ['witness', []], ['student', []], ['veteran', []], ['member', []], ['critic', []], ['critics', []], ['observer', []],
  ['insider', []], ['confidant', []], ['ally', []], ['friend', []], ['staffer', []], ['operative', []], ['donor', []],
  ['worker', []], ['owner', []], ['organizer', []], ['volunteer', []], ['delegate', []], ['mother', []], ['father', []],
  ['wife', []], ['husband', []], ['son', []], ['daughter', []], ['sister', []], ['brother', []], ['relative', []], ['relatives', []],
  ['family', []], ['families', []], ['parents', []],
  ['campaign', []], ['ministry', []], ['department', []], ['agency', []], ['government', []], ['administration', []],
  ['committee', []], ['council', []], ['company', []], ['firm', []], ['group', []], ['organization', []], ['organisation', []],
  ['office', []], ['report', []], ['statement', []], ['poll', []], ['survey', []], ['study', []], ['court', []], ['police', []],
  ['party', []], ['network', []], ['newspaper', []], ['paper', []], ['magazine', []], ['website', []], ['board', []], ['union', []],
  ['team', []], ['aides', []], ['advisers', []], ['analysts', []], ['experts', []], ['supporters', []], ['voters', []],
  ['residents', []], ['democrats', []], ['republicans', []], ['lawmakers', []], ['leaders', []], ['people', []], ['protesters', []],
  ['military', []], ['army', []], ['spokesmen', []], ['diplomats', []], ['authorities', []], ['organizers', []], ['candidates', []],
  // bodies named by their kind (“the fire service said”, “the port authority said”, “the regulator said”)
  ['service', []], ['authority', []], ['commission', []], ['regulator', []], ['watchdog', []], ['bureau', []], ['embassy', []],
  ['hospital', []], ['club', []], ['federation', []], ['association', []], ['institute', []], ['charity', []], ['navy', []],
  ['airline', []], ['insurer', []], ['lender', []], ['broadcaster', []], ['manufacturer', []], ['retailer', []], ['tribunal', []],
  ['inspectorate', []], ['directorate', []], ['secretariat', []], ['coalition', []], ['alliance', []], ['league', []],
  ['colleague', []], ['neighbour', []], ['neighbor', []], ['classmate', []], ['teammate', []], ['colonel', ['colonel']],
  ['mission', []], ['delegation', []], ['panel', []], ['inquiry', []], ['guard', []], ['mp', ['mp']], ['mps', []],
  // members of a parliament by their seat or rank (“Backbencher Funmilayo Ade”, “the veteran parliamentarian”)
  ['backbencher', ['backbencher', 'mp', 'lawmaker']], ['frontbencher', ['frontbencher', 'mp', 'lawmaker']],
  ['parliamentarian', ['parliamentarian', 'mp', 'lawmaker']], ['legislator', ['legislator', 'lawmaker', 'senator', 'representative']],
  ['campaigner', ['campaigner', 'activist']], ['organiser', ['organiser', 'organizer']],
  // offices of a port, a school or a post office written as one word (“Harbourmaster Ingrid Solberg”)
  ['harbourmaster', ['harbourmaster', 'harbormaster']], ['harbormaster', ['harbormaster', 'harbourmaster']], ['headmaster', ['headmaster']],
  ['headmistress', ['headmistress']], ['headteacher', ['headteacher']], ['stationmaster', ['stationmaster']], ['postmaster', ['postmaster']],
]);

/**
 * Roles written as two words, neither of them a role alone: “Harbour master Captain Ingrid Solberg” is a harbour master
 * who holds a captain's rank. Lower case, one space.
 */
export const TWO_WORD_ROLES: ReadonlySet<string> = new Set([
  'harbour master', 'harbor master', 'port master', 'dock master', 'station master', 'head teacher', 'lock keeper', 'lighthouse keeper',
]);
/** The words of those roles, for a quick test before the pair is read. */
export const TWO_WORD_ROLE_WORDS: ReadonlySet<string> = new Set([...TWO_WORD_ROLES].flatMap((r) => r.split(' ')));

/** Descriptions whose head makes the speaker an organisation rather than a person. */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'campaign', 'ministry', 'department', 'agency', 'government', 'administration', 'committee', 'council', 'company',
  'firm', 'group', 'organization', 'organisation', 'office', 'court', 'police', 'party', 'network', 'newspaper',
  'paper', 'magazine', 'website', 'board', 'union', 'team', 'military', 'army', 'report', 'statement', 'poll', 'survey', 'study',
  'service', 'authority', 'commission', 'regulator', 'watchdog', 'bureau', 'embassy', 'hospital', 'club', 'federation',
  'association', 'institute', 'charity', 'navy', 'airline', 'insurer', 'lender', 'broadcaster', 'manufacturer', 'retailer',
  'tribunal', 'inspectorate', 'directorate', 'secretariat', 'coalition', 'alliance', 'league', 'mission', 'delegation', 'panel', 'inquiry', 'guard',
]);

/** Capitalised words that make a name an organisation: “Supreme National Security Council”. See also `namesOrganisation`. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'council', 'ministry', 'department', 'committee', 'agency', 'party', 'campaign', 'news', 'times', 'post', 'journal', 'wire',
  'network', 'university', 'college', 'institute', 'foundation', 'association', 'union', 'commission', 'court', 'congress',
  'senate', 'house', 'administration', 'bank', 'fund', 'group', 'inc', 'corp', 'corporation', 'company', 'co', 'llc', 'ltd',
  'organization', 'organisation', 'office', 'service', 'police', 'army', 'navy', 'force', 'forces', 'government', 'board', 'center',
  'centre', 'press', 'agency', 'tribune', 'herald', 'guardian', 'telegraph', 'daily', 'magazine', 'review', 'radio', 'tv',
  'television', 'channel', 'broadcasting', 'media', 'reuters', 'bureau', 'authority', 'assembly', 'parliament', 'cabinet',
  'coalition', 'alliance', 'front', 'movement', 'league', 'federation', 'church', 'school', 'hospital', 'club', 'pac', 'nations', 'infirmary',
  'programme', 'program', 'division',
  'project', 'watch', 'international', 'airlines', 'motors', 'holdings', 'partners', 'capital', 'republicans', 'democrats',
  'convention', 'conference', 'caucus', 'institution', 'patriarchate', 'secretariat', 'embassy', 'consulate', 'observatory',
  'mission', 'delegation', 'directorate', 'brigade', 'brigades', 'battalion', 'militia', 'forum', 'society', 'academy', 'trust',
  'charity', 'clinic', 'laboratory', 'museum', 'initiative', 'consortium', 'chamber', 'tribunal', 'federation', 'administration',
  'cooperative', 'co-op', 'utility', 'utilities', 'authority', 'gazette', 'chronicle', 'courier', 'observer', 'examiner',
  'sentinel', 'dispatch', 'inquirer', 'enquirer', 'bulletin', 'monitor', 'newswire', 'ledger', 'globe',
  // companies: “Nordhavn Shipping”, “Fjord Securities”, “Varden Ferries”
  'shipping', 'securities', 'investments', 'insurance', 'logistics', 'industries', 'technologies', 'pharmaceuticals',
  'airways', 'railways', 'ferries', 'petroleum', 'chemicals', 'electronics', 'telecom', 'telecommunications', 'bancorp',
  'brewery', 'breweries', 'mining', 'steelworks', 'shipyard', 'shipyards', 'energy', 'enterprises', 'ventures', 'systems',
  'foods', 'textiles', 'pharma', 'aerospace', 'automotive', 'semiconductors', 'dairies',
  // aid groups: “Relief Without Borders”, “Christian Aid”
  'relief', 'aid',
]);

/** Bodies whose name goes on with “on” (“Committee on Foreign Relations”, “Commission on Presidential Debates”); “Republicans on Capitol Hill” says where. */
export const ON_BODIES: ReadonlySet<string> = new Set(['committee', 'subcommittee', 'commission', 'council', 'panel', 'conference', 'forum', 'caucus', 'board', 'institute', 'center', 'centre', 'office']);

/** Shapes of ORGANISATION_WORDS: most words of a name run are turned away without hashing. */
export const ORGANISATION_SHAPES = new WordShapes(ORGANISATION_WORDS);

/** Some token of [start, end) is a word marking an organisation (“Association”, “Office”). */
export function namesOrganisation(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (ORGANISATION_SHAPES.hasShape(tokens[i].shape) && ORGANISATION_WORDS.has(tokens[i].lower)) return true;
    // the Red Cross, the Red Crescent (a surname Cross stays a person's)
    if (i > start && tokens[i - 1].lower === 'red' && (tokens[i].lower === 'cross' || tokens[i].lower === 'crescent')) return true;
  }
  return false;
}

/**
 * Last words of organisations whose names join two parts with “and” (“Food and Drink Federation”, “Ways and Means
 * Committee”, “Henry Holt and Company”). Not outlets, parties or their members: “MSNBC and Fox News”, “Clinton and
 * Democrats” name two speakers.
 */
const JOINED_NAME_HEADS: ReadonlySet<string> = new Set([
  'federation', 'service', 'department', 'committee', 'subcommittee', 'foundation', 'project', 'directorate', 'company', 'co',
  'association', 'council', 'commission', 'agency', 'administration', 'institute', 'society', 'trust', 'office', 'bureau',
  'authority', 'board', 'union', 'league', 'alliance', 'coalition', 'center', 'centre', 'fund', 'corporation', 'inc', 'ltd',
  'llc', 'partners', 'movement', 'initiative', 'consortium', 'chamber', 'museum', 'school', 'college', 'university',
  'hospital', 'clinic', 'laboratory', 'academy', 'forum', 'ministry', 'tribunal', 'programme', 'program', 'division',
]);

/**
 * “Food and Drink Federation”, “Fish and Wildlife Service”: the runs of capitalised words [a, and) and
 * (and, b) around the “and” (or “&”) at token `and` are one organisation's name — a short first run with no
 * organisation word of its own and not an abbreviation (“CGI and Clinton Foundation” are two), a short
 * second run ending in such a body's word, and no possessive in either.
 */
export function joinsOrganisationName(tokens: readonly Token[], a: number, and: number, b: number): boolean {
  const t = tokens[and];
  // (up to four words before “and”: “the National Disaster Risk Reduction and Management Authority”)
  if (!t || (t.lower !== 'and' && t.text !== '&') || and - a < 1 || and - a > 4 || b - and - 1 < 1 || b - and - 1 > 3) return false;
  // (“Brandt & Kessel”: two names joined by an ampersand are a firm, whatever they end with)
  if (t.text !== '&' && (!JOINED_NAME_HEADS.has(tokens[b - 1].lower) || namesOrganisation(tokens, a, and))) return false;
  // (a plural's bare apostrophe inside the second part still joins: “the Transport and Maritime Workers’ Union”)
  for (let j = a; j < b; j++) if (j !== and && (!tokens[j].cap || (/['’]s?$/.test(tokens[j].text) && !(j > and && j < b - 1 && /s['’]$/.test(tokens[j].text))))) return false;
  for (let j = a; j < and; j++) if (tokens[j].text.length > 1 && tokens[j].text === tokens[j].text.toUpperCase()) return false;
  return true;
}
