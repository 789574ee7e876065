/**
 * Nationality adjectives beyond the shared table (`NATIONALITIES`), with the country each names: “two Nigerien soldiers”
 * is of Niger, never a place called “Nigerien”.
 */
import { NATIONALITIES } from '../../data/places';

const MORE: ReadonlyArray<readonly [string, string]> = [
  ['nigerien', 'Niger'], ['malian', 'Mali'], ['chadian', 'Chad'], ['burkinabe', 'Burkina Faso'], ['burkinabé', 'Burkina Faso'],
  ['senegalese', 'Senegal'], ['ghanaian', 'Ghana'], ['congolese', 'Congo'], ['rwandan', 'Rwanda'], ['ugandan', 'Uganda'],
  ['tanzanian', 'Tanzania'], ['eritrean', 'Eritrea'], ['djiboutian', 'Djibouti'], ['cameroonian', 'Cameroon'], ['ivorian', 'Ivory Coast'],
  ['liberian', 'Liberia'], ['guinean', 'Guinea'], ['togolese', 'Togo'], ['beninese', 'Benin'], ['gabonese', 'Gabon'],
  ['mauritanian', 'Mauritania'], ['mozambican', 'Mozambique'], ['zimbabwean', 'Zimbabwe'], ['zambian', 'Zambia'],
  ['malawian', 'Malawi'], ['namibian', 'Namibia'], ['angolan', 'Angola'], ['botswanan', 'Botswana'], ['malagasy', 'Madagascar'],
  ['burundian', 'Burundi'], ['haitian', 'Haiti'], ['jamaican', 'Jamaica'], ['dominican', 'Dominican Republic'],
  ['guatemalan', 'Guatemala'], ['honduran', 'Honduras'], ['salvadoran', 'El Salvador'], ['nicaraguan', 'Nicaragua'],
  ['panamanian', 'Panama'], ['ecuadorian', 'Ecuador'], ['bolivian', 'Bolivia'], ['paraguayan', 'Paraguay'], ['uruguayan', 'Uruguay'],
  ['bangladeshi', 'Bangladesh'], ['nepali', 'Nepal'], ['nepalese', 'Nepal'], ['burmese', 'Myanmar'], ['cambodian', 'Cambodia'],
  ['laotian', 'Laos'], ['mongolian', 'Mongolia'], ['kazakh', 'Kazakhstan'], ['uzbek', 'Uzbekistan'], ['tajik', 'Tajikistan'],
  ['kyrgyz', 'Kyrgyzstan'], ['turkmen', 'Turkmenistan'], ['singaporean', 'Singapore'], ['taiwanese', 'Taiwan'],
  ['slovak', 'Slovakia'], ['slovenian', 'Slovenia'], ['bosnian', 'Bosnia'], ['albanian', 'Albania'], ['macedonian', 'North Macedonia'],
  ['montenegrin', 'Montenegro'], ['moldovan', 'Moldova'], ['icelandic', 'Iceland'], ['maltese', 'Malta'], ['cypriot', 'Cyprus'],
  ['welsh', 'Wales'], ['sri lankan', 'Sri Lanka'],
];

/** adjective (lower case) → country: the shared table and the ones above. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([...NATIONALITIES, ...MORE]);
