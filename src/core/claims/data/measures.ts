/**
 * What a figure counts: event words (“killed”, “displaced”), counted groups
 * (“civilians”, “children”), time units, currencies and unit nouns.
 */
import type { Measure } from '../types';

/** Event words near a head count: “300 civilians were killed”, “killing 45”, “the death toll rose to 300”. */
export const MEASURE_WORDS: ReadonlyMap<string, Measure> = new Map<string, Measure>([
  ...['killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dying', 'death', 'deaths', 'fatalities', 'toll', 'bodies',
    'massacred', 'slaughtered', 'perished', 'drowned', 'lives', 'executed', 'murdered'].map((w) => [w, 'deaths'] as [string, Measure]),
  ...['wounded', 'wounding', 'injured', 'injuring', 'injuries', 'injures', 'hurt', 'maimed'].map((w) => [w, 'injuries'] as [string, Measure]),
  ['casualties', 'casualties'], ['missing', 'missing'], ['disappeared', 'missing'],
  ...['displaced', 'displacing', 'fled', 'flee', 'fleeing', 'uprooted', 'homeless', 'idps'].map((w) => [w, 'displacement'] as [string, Measure]),
  ...['evacuated', 'evacuation', 'evacuate', 'evacuees', 'evacuating', 'bussed'].map((w) => [w, 'evacuation'] as [string, Measure]),
  // (not “stranded”: commuters left stranded by a strike are held up, not besieged)
  ...['besieged', 'trapped', 'encircled'].map((w) => [w, 'besieged'] as [string, Measure]),
  ...['detained', 'arrested', 'imprisoned', 'jailed', 'detainees', 'prisoners', 'abducted', 'kidnapped', 'captured', 'hostages']
    .map((w) => [w, 'detention'] as [string, Measure]),
  // people let go are no longer held: “released three hostages”, “Three hostages were freed”
  ...['released', 'releasing', 'freed', 'freeing', 'escaped', 'liberated']
    .map((w) => [w, 'releases'] as [string, Measure]),
  // people brought out of danger, a disaster's count of its own: “38 people had been rescued alive”, “rescued 40 miners”
  // (hostages rescued are released: the group decides)
  ...['rescued', 'rescuing'].map((w) => [w, 'rescued'] as [string, Measure]),
  // the survivors of a wreck and the people saved are the ones brought out alive: “The correct figure is 29 survivors”,
  // “31 people were saved”
  ...['survivors', 'saved'].map((w) => [w, 'rescued'] as [string, Measure]),
  ['refugees', 'refugees'], ['asylum-seekers', 'refugees'],
  // an outbreak's spread is its count of cases: “has infected more than 12,000 people”, “900 infections”
  ...['infected', 'infecting', 'infections', 'sickened', 'contracted'].map((w) => [w, 'cases'] as [string, Measure]),
  ...['airstrikes', 'air-strikes', 'strikes', 'attacks', 'raids', 'bombings', 'shells', 'rockets', 'missiles', 'barrel-bombs']
    .map((w) => [w, 'attacks'] as [string, Measure]),
  // how many took part in a protest, a strike or a rally: “10,000 people marched”, “organisers put the crowd at 50,000”
  ...['marched', 'protested', 'rallied', 'demonstrated', 'protesters', 'demonstrators', 'marchers', 'strikers', 'crowd', 'turnout',
    'rally', 'demonstration', 'vigil']
    .map((w) => [w, 'turnout'] as [string, Measure]),
]);

/** Verbs that with “out”, “free” or “go” after them tell of people let out: “Seven hostages came out”, “were set free”, “let go”. */
export const EXIT_VERBS: ReadonlySet<string> = new Set(['came', 'come', 'comes', 'coming', 'walked', 'walk', 'walking', 'got', 'get', 'set', 'let', 'allowed']);
/** The word after an exit verb that makes it a release. */
export const EXIT_PARTICLES: ReadonlySet<string> = new Set(['out', 'free', 'go']);
/** People held, whose coming out is a release (“Seven hostages came out”; not voters who “came out in 2008”). */
export const HELD_GROUPS: ReadonlySet<string> = new Set(['hostages', 'captives', 'prisoners', 'detainees', 'inmates', 'hostage', 'captive', 'prisoner', 'detainee']);

/** Counted groups: “300 civilians”, “45 children”. The value says which casualty topic they belong to. */
export const GROUP_NOUNS: ReadonlyMap<string, string> = new Map([
  ...['people', 'persons', 'civilians', 'citizens', 'residents', 'inhabitants', 'individuals', 'victims', 'villagers', 'families', 'patients', 'person']
    .map((w) => [w, 'civilian'] as [string, string]),
  ...['children', 'kids', 'minors', 'babies', 'infants', 'child'].map((w) => [w, 'child'] as [string, string]),
  ['women', 'women'],
  ...['soldiers', 'troops', 'fighters', 'militants', 'rebels', 'terrorists', 'insurgents', 'jihadists', 'combatants', 'militiamen', 'policemen', 'officers']
    .map((w) => [w, 'combatant'] as [string, string]),
  ['journalists', 'journalist'], ['aid-workers', 'aid worker'], ['medics', 'medical worker'], ['doctors', 'medical worker'],
  ['protesters', 'civilian'], ['demonstrators', 'civilian'], ['marchers', 'civilian'], ['strikers', 'civilian'],
  ['migrants', 'civilian'], ['refugees', 'civilian'], ['detainees', 'civilian'], ['prisoners', 'civilian'], ['hostages', 'civilian'],
  // the people of a workplace disaster: “17 miners remained trapped”, “Four workers were confirmed dead”
  ['miners', 'civilian'], ['workers', 'civilian'],
  // (“Three dockworkers died when a crane collapsed”)
  ...['dockworkers', 'dockers', 'longshoremen', 'steelworkers', 'farmworkers', 'labourers', 'laborers', 'employees', 'firefighters', 'personnel',
    'fishermen', 'crewmen'].map((w) => [w, 'civilian'] as [string, string]),
  // homes counted as such (“Waiting lists have grown by 3,400 households”), and travellers and crowds counted by a service
  // or a club (“would affect about 1.5 million passengers”, “in front of 41,200 fans”)
  ['households', 'civilian'], ['passengers', 'civilian'], ['commuters', 'civilian'], ['fans', 'civilian'], ['spectators', 'civilian'],
]);

/** Measures whose topic splits by counted group (“civilian deaths” vs “combatant deaths”). */
export const GROUPED_MEASURES: ReadonlySet<Measure> = new Set<Measure>(['deaths', 'injuries', 'casualties', 'missing', 'detention']);

/** Words an auxiliary chain may cross between a head count and its event word: “300 civilians have reportedly been killed”. */
export const CHAIN_WORDS: ReadonlySet<string> = new Set([
  'have', 'has', 'had', 'been', 'were', 'was', 'are', 'is', 'being', 'be', 'reportedly', 'also', 'already', 'now', 'still', 'allegedly',
  'apparently', 'got', 'who', 'that', 'whom', 'either', 'left', 'remain', 'remained', 'remaining', 'confirmed', 'feared', 'believed',
  'reported', 'listed', 'declared', 'presumed', 'found', 'may', 'might', 'could', 'would', 'will', 'possibly', 'probably', 'not', 'never',
  // “82 civilians shot dead”
  'shot',
  // “640 people had been treated for injuries”
  'treated', 'hospitalised', 'hospitalized', 'for',
  // “and 18 others were critically injured”
  'others', 'critically', 'seriously', 'severely', 'badly', 'slightly', 'lightly',
  // “65 people were now known to have died”
  'known', 'to',
]);

/** Time units: “three years”, “18 months”, “a decade”. */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map([
  ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'], ['month', 'month'], ['months', 'month'], ['week', 'week'],
  ['weeks', 'week'], ['day', 'day'], ['days', 'day'], ['hour', 'hour'], ['hours', 'hour'], ['decade', 'decade'], ['decades', 'decade'],
]);

/** Words that tell what a duration measures: “under siege … for over three years”. */
export const DURATION_CONTEXT: ReadonlyMap<string, Measure> = new Map<string, Measure>([
  ...['siege', 'besieged', 'blockade', 'blockaded', 'encircled', 'encirclement', 'sieges', 'surrounded']
    .map((w) => [w, 'siege-duration'] as [string, Measure]),
  ...['war', 'conflict', 'fighting', 'crisis', 'insurgency', 'occupation', 'civil', 'uprising', 'bombardment', 'campaign', 'offensive']
    .map((w) => [w, 'conflict-duration'] as [string, Measure]),
  ...['detained', 'detention', 'prison', 'jail', 'jailed', 'imprisoned', 'custody', 'held', 'captivity', 'sentenced', 'sentence']
    .map((w) => [w, 'detention-duration'] as [string, Measure]),
  ...['displaced', 'camp', 'camps', 'exile', 'refugee', 'refugees'].map((w) => [w, 'displacement-duration'] as [string, Measure]),
  // an agreement's term, a duration of its own: “Ferreira signed a five-year contract”
  ...['contract', 'lease'].map((w) => [w, 'duration'] as [string, Measure]),
]);

/** Words before a duration that make it a claim: “for over three years”, “lasted two years”. */
export const DURATION_LEADS: ReadonlySet<string> = new Set(['for', 'lasted', 'lasting', 'spanning', 'spanned', 'entering', 'endured', 'enduring']);

/** Percent words: “40 percent”, “40 per cent”, “40%”. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'per', '%', 'pc', 'percentage']);

/** Currencies by word or sign: “$1.2 billion”, “5 million euros”. */
export const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['dollars', 'USD'], ['usd', 'USD'], ['€', 'EUR'], ['euros', 'EUR'], ['eur', 'EUR'], ['£', 'GBP'],
  ['pounds', 'GBP'], ['gbp', 'GBP'], ['rials', 'IRR'], ['lira', 'TRY'], ['liras', 'TRY'], ['roubles', 'RUB'], ['rubles', 'RUB'], ['yuan', 'CNY'],
  // words that name one currency only (not kroner, francs, pesos, dinars or rupees, which several countries use)
  ['yen', 'JPY'], ['renminbi', 'CNY'], ['kronor', 'SEK'], ['zlotys', 'PLN'], ['zloty', 'PLN'], ['shekels', 'ILS'], ['hryvnias', 'UAH'],
  ['hryvnia', 'UAH'], ['naira', 'NGN'], ['forints', 'HUF'], ['baht', 'THB'], ['ringgit', 'MYR'], ['rupiah', 'IDR'], ['jpy', 'JPY'], ['cny', 'CNY'],
  ['chf', 'CHF'], ['sek', 'SEK'], ['nok', 'NOK'], ['dkk', 'DKK'], ['inr', 'INR'], ['₹', 'INR'],
  // words several countries' currencies share keep the word as their unit: “Rs 18,171 crore” (India's, Pakistan's or
  // Nepal's rupees), “480 million kwacha”, “346 billion shillings”; an amount is compared only with one in the same unit
  ['rs', 'rupees'], ['rupees', 'rupees'], ['kwacha', 'kwacha'], ['shillings', 'shillings'],
  ['crowns', 'crowns'], ['kroner', 'kroner'], ['krone', 'kroner'], ['pesos', 'pesos'], ['francs', 'francs'], ['dinars', 'dinars'],
  ['dirhams', 'dirhams'], ['riyals', 'riyals'],
  // more words of one currency each: “a 4.2 billion rand bailout”, “850 million reais”
  ['krona', 'SEK'], ['forint', 'HUF'], ['rand', 'ZAR'], ['reais', 'BRL'], ['cedis', 'GHS'], ['tenge', 'KZT'], ['taka', 'BDT'],
  ['birr', 'ETB'], ['koruna', 'CZK'], ['korunas', 'CZK'], ['leva', 'BGN'], ['lari', 'GEL'], ['hkd', 'HKD'],
  ['aud', 'AUD'], ['cad', 'CAD'], ['nzd', 'NZD'], ['sgd', 'SGD'], ['brl', 'BRL'], ['mxn', 'MXN'], ['zar', 'ZAR'], ['krw', 'KRW'],
  ['pln', 'PLN'], ['huf', 'HUF'], ['czk', 'CZK'], ['idr', 'IDR'], ['thb', 'THB'], ['myr', 'MYR'],
  ['php', 'PHP'], ['pkr', 'PKR'], ['ngn', 'NGN'], ['egp', 'EGP'], ['aed', 'AED'], ['isk', 'ISK'],
]);

/**
 * Words that are a currency only after a scale (“5 billion won”, “2 trillion dong”), where the plain word is English
 * (“the 12 won”), or after a country's word (“South Korean won”, see `NATIONAL_CURRENCIES`).
 */
export const SCALED_CURRENCIES: ReadonlyMap<string, string> = new Map([['won', 'KRW'], ['dong', 'VND']]);

/** Currency words that are a name when capitalised: “8 Rand Paul” in a list of candidates is no 8 rand. */
export const CURRENCIES_LOWER_ONLY: ReadonlySet<string> = new Set(['rand']);

/** A country's words, the words of the currencies it names, and the currency's code. */
const NATIONS: ReadonlyArray<readonly [readonly string[], readonly string[], string]> = [
  [['swedish'], ['crowns', 'crown', 'kronor', 'krona'], 'SEK'],
  [['norwegian'], ['crowns', 'crown', 'kroner', 'krone'], 'NOK'],
  [['danish'], ['crowns', 'crown', 'kroner', 'krone'], 'DKK'],
  [['icelandic'], ['crowns', 'crown', 'kronur', 'krona'], 'ISK'],
  [['czech'], ['crowns', 'crown', 'koruna', 'korunas'], 'CZK'],
  [['chilean'], ['pesos', 'peso'], 'CLP'], [['mexican'], ['pesos', 'peso'], 'MXN'], [['argentine', 'argentinian', 'argentinean'], ['pesos', 'peso'], 'ARS'],
  [['colombian'], ['pesos', 'peso'], 'COP'], [['philippine', 'filipino'], ['pesos', 'peso'], 'PHP'], [['cuban'], ['pesos', 'peso'], 'CUP'],
  [['uruguayan'], ['pesos', 'peso'], 'UYU'], [['dominican'], ['pesos', 'peso'], 'DOP'],
  [['indian'], ['rupees', 'rupee'], 'INR'], [['pakistani'], ['rupees', 'rupee'], 'PKR'], [['sri lankan'], ['rupees', 'rupee'], 'LKR'],
  [['nepalese', 'nepali'], ['rupees', 'rupee'], 'NPR'], [['mauritian'], ['rupees', 'rupee'], 'MUR'],
  [['swiss'], ['francs', 'franc'], 'CHF'], [['cfa'], ['francs', 'franc'], 'XOF'], [['congolese'], ['francs', 'franc'], 'CDF'],
  [['rwandan'], ['francs', 'franc'], 'RWF'], [['guinean'], ['francs', 'franc'], 'GNF'],
  [['south korean', 'korean'], ['won'], 'KRW'], [['north korean'], ['won'], 'KPW'], [['brazilian'], ['real', 'reais'], 'BRL'],
  [['south african'], ['rand'], 'ZAR'], [['vietnamese'], ['dong'], 'VND'], [['japanese'], ['yen'], 'JPY'], [['chinese'], ['yuan', 'renminbi'], 'CNY'],
  [['turkish'], ['lira', 'liras'], 'TRY'], [['lebanese'], ['lira', 'pounds'], 'LBP'], [['syrian'], ['lira', 'pounds'], 'SYP'],
  [['egyptian'], ['pounds', 'pound'], 'EGP'], [['sudanese'], ['pounds', 'pound'], 'SDG'],
  [['kenyan'], ['shillings', 'shilling'], 'KES'], [['ugandan'], ['shillings', 'shilling'], 'UGX'], [['tanzanian'], ['shillings', 'shilling'], 'TZS'],
  [['somali'], ['shillings', 'shilling'], 'SOS'], [['zambian'], ['kwacha'], 'ZMW'], [['malawian'], ['kwacha'], 'MWK'],
  [['moroccan'], ['dirhams', 'dirham'], 'MAD'], [['uae', 'emirati'], ['dirhams', 'dirham'], 'AED'],
  [['saudi'], ['riyals', 'riyal'], 'SAR'], [['qatari'], ['riyals', 'riyal'], 'QAR'], [['iranian'], ['rials', 'rial'], 'IRR'],
  [['omani'], ['rials', 'rial'], 'OMR'], [['yemeni'], ['rials', 'riyals'], 'YER'],
  [['iraqi'], ['dinars', 'dinar'], 'IQD'], [['jordanian'], ['dinars', 'dinar'], 'JOD'], [['kuwaiti'], ['dinars', 'dinar'], 'KWD'],
  [['libyan'], ['dinars', 'dinar'], 'LYD'], [['algerian'], ['dinars', 'dinar'], 'DZD'], [['tunisian'], ['dinars', 'dinar'], 'TND'],
  [['serbian'], ['dinars', 'dinar'], 'RSD'], [['bahraini'], ['dinars', 'dinar'], 'BHD'],
  [['polish'], ['zlotys', 'zloty'], 'PLN'], [['hungarian'], ['forints', 'forint'], 'HUF'], [['thai'], ['baht'], 'THB'],
  [['malaysian'], ['ringgit'], 'MYR'], [['indonesian'], ['rupiah'], 'IDR'], [['nigerian'], ['naira'], 'NGN'],
  [['ukrainian'], ['hryvnias', 'hryvnia'], 'UAH'], [['russian'], ['roubles', 'rubles'], 'RUB'], [['israeli'], ['shekels', 'shekel'], 'ILS'],
  [['ghanaian'], ['cedis'], 'GHS'], [['romanian'], ['lei'], 'RON'], [['bulgarian'], ['leva'], 'BGN'],
  [['australian'], ['dollars', 'dollar'], 'AUD'], [['canadian'], ['dollars', 'dollar'], 'CAD'], [['new zealand'], ['dollars', 'dollar'], 'NZD'],
  [['hong kong'], ['dollars', 'dollar'], 'HKD'], [['singapore', 'singaporean'], ['dollars', 'dollar'], 'SGD'], [['taiwan', 'taiwanese'], ['dollars', 'dollar'], 'TWD'],
  [['zimbabwean', 'zimbabwe'], ['dollars', 'dollar'], 'ZWL'], [['jamaican'], ['dollars', 'dollar'], 'JMD'],
];

/**
 * A currency named by its country's words before a word several countries use (“1.41 billion Swedish crowns”,
 * “23 million Mexican pesos”, “South Korean won”), keyed by the words in lower case: “swedish crowns” → SEK.
 */
export const NATIONAL_CURRENCIES: ReadonlyMap<string, string> = new Map(
  NATIONS.flatMap(([nations, words, code]) => nations.flatMap((n) => words.map((w) => [`${n} ${w}`, code] as [string, string]))),
);

/**
 * The currencies a word several countries use may be (“crowns”: SEK, NOK, DKK, ISK, CZK), keyed by the unit that word
 * keeps alone: an article that names one of them (“1.41 billion Swedish crowns”) means it by the bare word too.
 */
export const CURRENCY_FAMILIES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const families = new Map<string, Set<string>>();
  for (const [, words, code] of NATIONS) {
    for (const w of words) {
      const bare = CURRENCIES.get(w);
      if (!bare || /^[A-Z]{3}$/.test(bare)) continue;
      const set = families.get(bare) ?? new Set<string>();
      set.add(code);
      families.set(bare, set);
    }
  }
  return families;
})();

/** The longest country's words in `NATIONAL_CURRENCIES` (“south korean”, “new zealand”). */
export const NATION_WORDS_MAX = 2;

/** Unit nouns, and the words before them, that name the same unit as another: “121,900 tons”, “418,300 metric tons”. */
export const UNIT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['tons', 'tonnes'], ['metric tons', 'tonnes'], ['metric tonnes', 'tonnes'],
  // a speed in its short form is the rate spelt out: “gusts of up to 95 mph” as “winds of 130 miles per hour”
  ['mph', 'miles per hour'], ['kph', 'kilometres per hour'],
]);

/** Unit nouns that make a figure an amount: “500 tonnes of aid”, “20 trucks”. */
export const UNIT_NOUNS: ReadonlySet<string> = new Set([
  'tonnes', 'tons', 'trucks', 'lorries', 'convoys', 'km', 'kilometres', 'kilometers', 'miles', 'barrels', 'homes', 'houses',
  'buildings', 'hospitals', 'schools', 'villages', 'towns', 'buses', 'meals', 'rations', 'litres', 'liters', 'hectares', 'flights',
  'jobs',
  // vessels counted at a port or a blockade: “140 ships were waiting to enter the harbour”
  'ships', 'vessels',
  // homes built or promised and traffic carried: “approved 1,150 affordable units”, “carries about 32,000 vehicles a day”
  'units', 'apartments', 'flats', 'dwellings', 'vehicles',
  // a service's paying members: “We added 4.3 million members in the quarter”
  'members', 'subscribers', 'customers',
  // land and water as Indian reports measure them: “4.5 lakh acres of paddy”, “release 10,000 cusecs”, “48 tmcft of water”
  'acres', 'cusecs', 'tmcft', 'metres', 'meters',
  // a wind's speed: “gusts of up to 95 mph”
  'mph', 'kph',
]);

/** Words before “cases” that make them cases of an illness: “23 confirmed cases”, “88 suspected and confirmed cases”. */
export const CASE_QUALIFIERS: ReadonlySet<string> = new Set([
  'confirmed', 'suspected', 'probable', 'possible', 'laboratory-confirmed', 'lab-confirmed', 'diagnosed', 'recorded', 'reported',
  'registered', 'known', 'documented', 'positive', 'symptomatic', 'asymptomatic', 'total', 'cumulative',
]);

/** Verbs after “cases” that make them cases of an illness: “142 cases had been confirmed”. */
export const CASE_VERBS: ReadonlySet<string> = new Set(['confirmed', 'diagnosed', 'detected', 'recorded', 'registered', 'identified']);

/**
 * Words of an illness: a sentence naming one counts cases of it (“the outbreak has grown to 300 cases”), and so does
 * “cases of” one (“140 cases of cholera”). Not “corruption cases” or “a dozen cases far worse”, which are a court's.
 */
export const ILLNESS_WORDS: ReadonlySet<string> = new Set([
  'outbreak', 'outbreaks', 'epidemic', 'pandemic', 'virus', 'viruses', 'fever', 'disease', 'diseases', 'infection', 'infections',
  'illness', 'flu', 'influenza', 'cholera', 'measles', 'ebola', 'covid', 'covid-19', 'coronavirus', 'dengue', 'malaria', 'mpox',
  'monkeypox', 'tuberculosis', 'polio', 'typhoid', 'plague', 'anthrax', 'hepatitis', 'meningitis', 'zika', 'diphtheria',
  'arenavirus', 'hantavirus', 'salmonella', 'listeria', 'legionnaires', 'sars', 'mers', 'infected', 'symptoms',
]);
