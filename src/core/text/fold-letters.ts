/**
 * Letters that no Unicode decomposition takes apart, written as the plain Latin letters English copy puts in their
 * place: the Turkish dotless ı (“Aydın” is “Aydin” in an agency's copy), Polish ł (“Wałęsa”, “Walesa”), Nordic ø and æ,
 * ð and þ, đ, ħ, German ß, French œ. Accents that do decompose (é, ş, ä) are taken off by NFD and dropping the marks;
 * these are not, and a name written both ways was two names.
 */
const FOLDS: Readonly<Record<string, string>> = {
  ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H',
  ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'Th',
};
const UNDECOMPOSED = /[ıłŁøØđĐðÐħĦßẞæÆœŒþÞ]/g;

/** `s` with the letters above written as plain Latin letters (other characters as they are). */
export function foldLetters(s: string): string {
  return s.replace(UNDECOMPOSED, (ch) => FOLDS[ch]);
}
