/**
 * Nationality adjectives and the country each names, so “the Iranian official” can be
 * matched to someone introduced as working for “Iran’s Supreme National Security Council”.
 */

/** adjective (lower-case) → country. */
export const NATIONALITIES: ReadonlyMap<string, string> = new Map([
  ['iranian', 'Iran'], ['russian', 'Russia'], ['syrian', 'Syria'], ['american', 'United States'], ['british', 'United Kingdom'],
  ['french', 'France'], ['german', 'Germany'], ['chinese', 'China'], ['israeli', 'Israel'], ['turkish', 'Turkey'],
  ['saudi', 'Saudi Arabia'], ['iraqi', 'Iraq'], ['afghan', 'Afghanistan'], ['pakistani', 'Pakistan'], ['indian', 'India'],
  ['japanese', 'Japan'], ['korean', 'Korea'], ['mexican', 'Mexico'], ['canadian', 'Canada'], ['ukrainian', 'Ukraine'],
  ['egyptian', 'Egypt'], ['lebanese', 'Lebanon'], ['palestinian', 'Palestine'], ['qatari', 'Qatar'], ['emirati', 'United Arab Emirates'],
  ['jordanian', 'Jordan'], ['yemeni', 'Yemen'], ['libyan', 'Libya'], ['spanish', 'Spain'], ['italian', 'Italy'], ['dutch', 'Netherlands'],
  ['swedish', 'Sweden'], ['norwegian', 'Norway'], ['danish', 'Denmark'], ['polish', 'Poland'], ['greek', 'Greece'],
  ['brazilian', 'Brazil'], ['argentine', 'Argentina'], ['cuban', 'Cuba'], ['venezuelan', 'Venezuela'], ['nigerian', 'Nigeria'],
  ['kenyan', 'Kenya'], ['australian', 'Australia'], ['irish', 'Ireland'], ['scottish', 'Scotland'], ['belgian', 'Belgium'],
  ['swiss', 'Switzerland'], ['austrian', 'Austria'], ['hungarian', 'Hungary'], ['czech', 'Czech Republic'], ['finnish', 'Finland'],
  ['portuguese', 'Portugal'], ['colombian', 'Colombia'], ['chilean', 'Chile'], ['peruvian', 'Peru'], ['filipino', 'Philippines'],
  ['indonesian', 'Indonesia'], ['malaysian', 'Malaysia'], ['thai', 'Thailand'], ['vietnamese', 'Vietnam'], ['kurdish', 'Kurdistan'],
  ['ethiopian', 'Ethiopia'], ['somali', 'Somalia'], ['sudanese', 'Sudan'], ['algerian', 'Algeria'], ['moroccan', 'Morocco'],
  ['tunisian', 'Tunisia'], ['bahraini', 'Bahrain'], ['kuwaiti', 'Kuwait'], ['omani', 'Oman'], ['armenian', 'Armenia'],
  ['azerbaijani', 'Azerbaijan'], ['georgian', 'Georgia'], ['belarusian', 'Belarus'], ['serbian', 'Serbia'], ['croatian', 'Croatia'],
  ['romanian', 'Romania'], ['bulgarian', 'Bulgaria'], ['estonian', 'Estonia'], ['latvian', 'Latvia'], ['lithuanian', 'Lithuania'],
  ['european', 'Europe'], ['u.s', 'United States'], ['us', 'United States'], ['uk', 'United Kingdom'], ['un', 'United Nations'],
  ['nigerien', 'Niger'], ['malian', 'Mali'], ['chadian', 'Chad'], ['burkinabe', 'Burkina Faso'], ['burkinabé', 'Burkina Faso'],
  ['senegalese', 'Senegal'], ['ghanaian', 'Ghana'], ['congolese', 'Congo'], ['rwandan', 'Rwanda'], ['ugandan', 'Uganda'],
  ['tanzanian', 'Tanzania'], ['eritrean', 'Eritrea'], ['djiboutian', 'Djibouti'], ['cameroonian', 'Cameroon'], ['ivorian', 'Ivory Coast'],
  ['liberian', 'Liberia'], ['guinean', 'Guinea'], ['togolese', 'Togo'], ['beninese', 'Benin'], ['gabonese', 'Gabon'],
  ['mauritanian', 'Mauritania'], ['mozambican', 'Mozambique'], ['zimbabwean', 'Zimbabwe'], ['zambian', 'Zambia'],
  ['malawian', 'Malawi'], ['namibian', 'Namibia'], ['angolan', 'Angola'], ['botswanan', 'Botswana'], ['malagasy', 'Madagascar'],
  ['burundian', 'Burundi'], ['haitian', 'Haiti'], ['jamaican', 'Jamaica'],
  ['guatemalan', 'Guatemala'], ['honduran', 'Honduras'], ['salvadoran', 'El Salvador'], ['nicaraguan', 'Nicaragua'],
  ['panamanian', 'Panama'], ['ecuadorian', 'Ecuador'], ['bolivian', 'Bolivia'], ['paraguayan', 'Paraguay'], ['uruguayan', 'Uruguay'],
  ['bangladeshi', 'Bangladesh'], ['nepali', 'Nepal'], ['nepalese', 'Nepal'], ['burmese', 'Myanmar'], ['cambodian', 'Cambodia'],
  ['laotian', 'Laos'], ['mongolian', 'Mongolia'], ['kazakh', 'Kazakhstan'], ['uzbek', 'Uzbekistan'], ['tajik', 'Tajikistan'],
  ['kyrgyz', 'Kyrgyzstan'], ['turkmen', 'Turkmenistan'], ['singaporean', 'Singapore'], ['taiwanese', 'Taiwan'],
  ['slovak', 'Slovakia'], ['slovenian', 'Slovenia'], ['bosnian', 'Bosnia'], ['albanian', 'Albania'], ['macedonian', 'North Macedonia'],
  ['montenegrin', 'Montenegro'], ['moldovan', 'Moldova'], ['icelandic', 'Iceland'], ['maltese', 'Malta'], ['cypriot', 'Cyprus'],
  ['welsh', 'Wales'],
]);

/** Country names, to tell “Iran’s Supreme National Security Council” (country + organisation) from a person. */
export const COUNTRIES: ReadonlySet<string> = new Set([...NATIONALITIES.values()].map((c) => c.toLowerCase()).concat([
  'america', 'britain', 'england', 'usa', 'u.s', 'us', 'uk', 'korea', 'washington', 'moscow', 'tehran', 'beijing', 'damascus',
]));

/** Places of two or more words that read like names (“New Hampshire”, “South Carolina”, “Capitol Hill”): never people or organisations. */
export const MULTI_WORD_PLACES: ReadonlySet<string> = new Set([
  'new hampshire', 'new york', 'new jersey', 'new mexico', 'north carolina', 'south carolina', 'north dakota', 'south dakota',
  'west virginia', 'rhode island', 'new england', 'new orleans', 'los angeles', 'san francisco', 'san diego', 'san antonio',
  'san jose', 'las vegas', 'des moines', 'el paso', 'fort worth', 'west point', 'capitol hill', 'wall street', 'hong kong',
  'sri lanka', 'saudi arabia', 'new zealand', 'south africa', 'north korea', 'south korea', 'costa rica', 'puerto rico',
  'el salvador', 'united states', 'united kingdom', 'united arab emirates', 'west bank', 'gaza strip', 'tel aviv', 'east jerusalem',
  'rio de janeiro', 'buenos aires', 'sao paulo', 'mexico city', 'kuala lumpur', 'abu dhabi', 'deir ez-zor', 'eastern aleppo',
  // states, provinces and cities of other countries' press: “Tamil Nadu Chief Minister …”, “New South Wales Premier …”
  'tamil nadu', 'uttar pradesh', 'madhya pradesh', 'andhra pradesh', 'himachal pradesh', 'arunachal pradesh', 'west bengal',
  'new delhi', 'new south wales', 'western australia', 'south australia', 'northern territory', 'british columbia', 'nova scotia',
  'new brunswick', 'northern ireland', 'sierra leone', 'burkina faso', 'south sudan', 'north macedonia', 'east timor', 'cape town',
  'addis ababa', 'dar es salaam', 'port moresby', 'phnom penh', 'ho chi minh', 'st petersburg', 'the hague', 'santo domingo',
]);

/**
 * Nouns of events that happen somewhere, written after the place's name: “the Serra Alta wildfire”, “the Kavra
 * earthquake” — the name before them is a place (the claims' subjects and the article's names both read it so).
 */
export const PLACE_EVENTS: ReadonlySet<string> = new Set([
  'wildfire', 'wildfires', 'fire', 'fires', 'blaze', 'earthquake', 'quake', 'flood', 'floods', 'flooding', 'storm', 'hurricane', 'cyclone',
  'typhoon', 'landslide', 'landslides', 'eruption', 'tsunami', 'drought', 'famine', 'outbreak', 'epidemic', 'bombing', 'bombings', 'massacre',
  'shooting', 'explosion', 'blast', 'crash', 'collapse', 'offensive', 'siege', 'fighting', 'clashes', 'war',
]);

/** Forms of state written before a country's name: “the Republic of Ireland”, “the Kingdom of Bhutan”. */
export const STATE_FORMS: ReadonlySet<string> = new Set(['republic', 'kingdom', 'commonwealth', 'federation', 'principality', 'emirates', 'sultanate', 'confederation', 'emirate']);
