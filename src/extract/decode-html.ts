import { decodeWindows1252 } from './windows-1252';

/** Decoded page text and how the charset was chosen. */
export interface DecodedHtml {
  html: string;
  /** The charset actually used, as TextDecoder names it (e.g. "utf-8", "windows-1252"). */
  charset: string;
  /** Problems worth logging, e.g. an unknown charset label that fell back to utf-8. */
  notes: string[];
}

// How far into the page a <meta charset> may appear (the HTML spec prescans 1024 bytes;
// real pages often put it later, after long comments).
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\s[^>]{0,500}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.()-]{1,40})/i;

function bomCharset(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal: false });
  } catch {
    return null;
  }
}

/**
 * Turns page bytes into text. Priority follows browsers: BOM, then the Content-Type
 * charset, then <meta charset>, then utf-8. Invalid bytes become U+FFFD instead of failing;
 * an unknown label falls back to utf-8 and says so in `notes`.
 */
export function decodeHtml(input: string | Buffer, headerCharset?: string | null): DecodedHtml {
  if (typeof input === 'string') return { html: input, charset: 'utf-8', notes: [] };
  const notes: string[] = [];
  const sniffed = META_CHARSET.exec(input.subarray(0, PRESCAN_BYTES).toString('latin1'))?.[1] ?? null;
  const label = bomCharset(input) ?? headerCharset ?? sniffed ?? 'utf-8';
  let decoder = decoderFor(label);
  if (!decoder) {
    notes.push(`unknown charset "${label}", decoded as utf-8`);
    decoder = new TextDecoder('utf-8', { fatal: false });
  }
  // TextDecoder drops a BOM that matches its encoding, so no stray U+FEFF reaches the text.
  const html = decoder.encoding === 'windows-1252' ? decodeWindows1252(input) : decoder.decode(input);
  return { html, charset: decoder.encoding, notes };
}
