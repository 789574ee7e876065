// Node 20's TextDecoder decodes windows-1252 (and so latin1/iso-8859-1/ascii, which WHATWG
// maps to it) as ISO-8859-1, turning “ ” – € into invisible C1 controls. This table gives
// 0x80–0x9F their windows-1252 meanings; the five undefined bytes keep their code point.
const C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes windows-1252 bytes exactly as browsers do. */
export function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]);
}
