import { MAX_IMPORT_ROWS, parseImportFile } from '../../src/services/imports';

/** Rows as [number, title or null, error or null]. */
function read(content: string | Buffer, filename = 'file.csv') {
  const { format, encoding, rows } = parseImportFile(Buffer.isBuffer(content) ? content : Buffer.from(content), filename);
  return { format, encoding, rows: rows.map((r) => [r.rowNumber, (r.payload?.title as string | undefined) ?? null, r.error] as const) };
}

const QUOTE_AFTER_CLOSE = 'cannot be read as CSV: a quoted field goes on after its closing quote (inside quotes, write a quote twice: "")';
const QUOTE_INSIDE = 'cannot be read as CSV: a field has a quote inside but does not start with one (put the field in quotes and write each quote in it twice: "")';

describe('reading an import file', () => {
  describe('CSV', () => {
    it('numbers rows by the line they start on, the header being line 1, across cells with line breaks and blank lines', () => {
      expect(read('title,text\nA,"one\nmore"\n\nB,two\r\nC,"x\ny\nz"\nD,d').rows).toEqual([
        [2, 'A', null],
        [5, 'B', null],
        [6, 'C', null],
        [9, 'D', null],
      ]);
      expect(read('title,text\rA,one\rB,two\r').rows).toEqual([
        [2, 'A', null],
        [3, 'B', null],
      ]);
    });

    it('lists a record with text after a closing quote as failed, by its line, and reads the next line on', () => {
      expect(read('title,text\nA,one\n"B "bad" x",two\nC,three\n').rows).toEqual([
        [2, 'A', null],
        [3, null, `line 3 ${QUOTE_AFTER_CLOSE}`],
        [4, 'C', null],
      ]);
      expect(read('title,text\r\nA,one\r\n"B " x",two\r\nC,three\r\n').rows).toEqual([
        [2, 'A', null],
        [3, null, `line 3 ${QUOTE_AFTER_CLOSE}`],
        [4, 'C', null],
      ]);
    });

    it('lists a record with a quote inside an unquoted field as failed and reads the next line on', () => {
      expect(read('title,text\nTitle with "quote" inside,one\nC,three\nD,"four"\n').rows).toEqual([
        [2, null, `line 2 ${QUOTE_INSIDE}`],
        [3, 'C', null],
        [4, 'D', null],
      ]);
    });

    it('reads on from the line after a quote that is never closed', () => {
      expect(read('title,text\nA,one\n"B,two\nC,three\n').rows).toEqual([
        [2, 'A', null],
        [3, null, 'line 3 cannot be read as CSV: a quote opened here is never closed; the lines after it are read as new records'],
        [4, 'C', null],
      ]);
    });

    it('gives back the next record a stray opening quote ran into', () => {
      expect(read('title,text\n"A stray,one\nB,two\nC,"three"\nD,d\n').rows).toEqual([
        [2, null, `lines 2–3 ${QUOTE_AFTER_CLOSE}`],
        [4, 'C', null],
        [5, 'D', null],
      ]);
    });

    it('keeps a quoted cell with unescaped quotes and line breaks together as one failed row', () => {
      const csv = 'title,text\n"Bridge","Para one.\nThe mayor said "we will reopen" today.\nPara two, no quotes.\nPara three."\n"Next","ok"\n';
      expect(read(csv).rows).toEqual([
        [2, null, `lines 2–5 ${QUOTE_AFTER_CLOSE}`],
        [6, 'Next', null],
      ]);
    });

    it('refuses only a file that cannot be read at all', () => {
      expect(() => read('"title,text\nA,b\n')).toThrow("The CSV file's header row cannot be read: a quote opened here is never closed");
      expect(() => read('title,text\n')).toThrow('The file has no rows.');
      const garbage = ['title,text', ...Array.from({ length: 10_001 }, (_, i) => `"a "b ${i}`)].join('\n');
      expect(() => read(garbage)).toThrow(/^The CSV file cannot be read: more than 10,000 of its records are malformed, the first: line 2 /);
    });
  });

  describe('JSON', () => {
    it('takes a top-level array of objects, one row per item', () => {
      const json = JSON.stringify([{ title: 'a', text: 'x' }, 3, null, { headline: 'b', body: 'y' }], null, 2);
      expect(read(json, 'export.json')).toEqual({
        format: 'json',
        encoding: 'utf-8',
        rows: [
          [1, 'a', null],
          [2, null, 'item 2 is not a JSON object'],
          [3, null, 'item 3 is not a JSON object'],
          [4, 'b', null],
        ],
      });
      // by content too, whatever the name
      expect(read('\n  [{"title": "c"}]', 'upload').format).toBe('json');
    });

    it('refuses an array that does not parse, or has too many items, with one message', () => {
      expect(() => read('[{"title": "a"},\n{"title": ', 'cut.json')).toThrow(/^The JSON file cannot be read: /);
      expect(() => read(`[${'{},'.repeat(MAX_IMPORT_ROWS)}{}]`, 'big.json')).toThrow('Import files can have at most 100,000 rows.');
    });

    it('still reads JSON Lines by line', () => {
      expect(read('{"title":"a"}\nbroken\n\n{"title":"c"}', 'x.jsonl').rows).toEqual([
        [1, 'a', null],
        [2, null, `line 2 is not a JSON object: Unexpected token 'b', "broken" is not valid JSON`],
        [4, 'c', null],
      ]);
    });
  });

  describe('encodings', () => {
    it('reads bytes that are not UTF-8 as Windows-1252, curly quotes, dashes and euro included', () => {
      // “Café” – 5 € … in Windows-1252
      const bytes = Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x20, 0x85]);
      const csv = read(Buffer.concat([Buffer.from('title,text\n'), bytes, Buffer.from(',x\n')]));
      expect(csv.encoding).toBe('windows-1252');
      expect(csv.rows).toEqual([[2, '“Café” – 5 € …', null]]);
      const jsonl = read(Buffer.concat([Buffer.from('{"title": "'), bytes, Buffer.from('"}\n')]), 'x.jsonl');
      expect(jsonl).toEqual({ format: 'jsonl', encoding: 'windows-1252', rows: [[1, '“Café” – 5 € …', null]] });
    });

    it('drops a UTF-8 byte order mark and follows a UTF-16 one', () => {
      const bom = read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('title,text\nCafé,b\n')]));
      expect(bom).toEqual({ format: 'csv', encoding: 'utf-8', rows: [[2, 'Café', null]] });
      const utf16 = read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title,text\nCafé,b\n', 'utf16le')]));
      expect(utf16).toEqual({ format: 'csv', encoding: 'utf-16le', rows: [[2, 'Café', null]] });
    });
  });
});
