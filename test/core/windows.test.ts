import { analyseArticle } from '../../src/core';
import { scanQuotes } from '../../src/core/quotes/scan-quotes';
import { LEAD_IN_CHARS, planWindows, WHOLE_MAX_CHARS, WINDOW_CHARS, WindowMerger } from '../../src/core/windows';
import type { EntityResult, QuoteResult } from '../../src/core';
import { assertInvariants } from './invariants';

/** Paragraphs of a long wire report: each names its speaker in full, with a role. */
const SPEAKERS = [
  ['Maria Kovacs', 'a spokeswoman for the World Food Programme'],
  ['Daniel Okafor', 'the regional director of the International Rescue Committee'],
  ['Leila Haddad', 'a nurse at the Dar al-Shifa hospital'],
  ['Tomas Lindqvist', 'the head of the UN monitoring mission'],
  ['Yusuf Demir', 'a Turkish foreign ministry official'],
] as const;

const LINES = [
  'We have not been able to reach the eastern districts for eleven days',
  'The convoy was stopped at the last checkpoint and turned back without explanation',
  'Families are burning furniture to keep their children warm at night',
  'There is no safe corridor until both sides put the agreement in writing',
  'We counted forty trucks waiting at the crossing this morning',
];

function paragraph(i: number): { text: string; speaker: string } {
  const [name, role] = SPEAKERS[i % SPEAKERS.length];
  const line = LINES[(i * 3) % LINES.length];
  const surname = name.split(' ')[1];
  return {
    text: `Aid deliveries resumed briefly on day ${i + 1} of the operation, officials said. “${line},” said ${name}, ${role}. ${surname} added that teams would try again on Thursday.\n\n`,
    speaker: name,
  };
}

/** A report far longer than one window: an opening paragraph, then numbered updates. */
function longReport(minChars: number): { text: string; speakers: string[] } {
  let text = 'GENEVA — Foreign Minister Sergei Lavrov said on Monday that talks on the ceasefire would resume next week.\n\n';
  const speakers: string[] = [];
  for (let i = 0; text.length < minChars; i++) {
    const p = paragraph(i);
    text += p.text;
    speakers.push(p.speaker);
  }
  return { text, speakers };
}

describe('long texts are analysed in windows', () => {
  it('analyses an article up to the window limit whole', () => {
    const { text } = longReport(WHOLE_MAX_CHARS - 1000);
    expect(planWindows(text, scanQuotes(text))).toEqual([{ from: 0, own: 0, to: text.length }]);
  });

  it('cuts at paragraph starts outside quotations, each window with a lead-in of the text before it', () => {
    const { text } = longReport(5 * WHOLE_MAX_CHARS);
    const raw = scanQuotes(text);
    const windows = planWindows(text, raw);
    expect(windows.length).toBeGreaterThan(5 * WHOLE_MAX_CHARS / WINDOW_CHARS - 1);
    expect(windows[0].own).toBe(0);
    expect(windows[windows.length - 1].to).toBe(text.length);
    for (let k = 0; k < windows.length; k++) {
      const w = windows[k];
      if (k > 0) {
        expect(w.own).toBe(windows[k - 1].to); // own parts tile the text
        expect(text[w.own - 1]).toBe('\n'); // at a paragraph start
        expect(w.own - w.from).toBeGreaterThanOrEqual(LEAD_IN_CHARS);
        expect(w.own - w.from).toBeLessThanOrEqual(2 * LEAD_IN_CHARS);
      }
      expect(w.to - w.own).toBeLessThanOrEqual(WINDOW_CHARS);
      for (const cut of [w.from, w.own, w.to]) for (const q of raw) expect(q.outer.start < cut && cut < q.outer.end).toBe(false);
    }
  });

  it('finds every quote of a long report with its speaker, offsets into the whole text', () => {
    const { text, speakers } = longReport(4 * WHOLE_MAX_CHARS);
    const a = analyseArticle(text);
    assertInvariants(text, a);
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(speakers);
    for (const q of a.quotes) expect(q.speakerMention?.text).toBe(q.speaker?.name);
    // one entry per person across all windows, holding the mentions of every window
    const names = a.people.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    const kovacs = a.people.find((p) => p.name === 'Maria Kovacs');
    expect(kovacs?.mentions.length).toBeGreaterThan(speakers.filter((s) => s === 'Maria Kovacs').length);
    expect(kovacs?.mentions[kovacs.mentions.length - 1].start).toBeGreaterThan(3 * WHOLE_MAX_CHARS);
  });

  it('gives a surname far from the full name to the one person it ends', () => {
    const { text: body } = longReport(3 * WHOLE_MAX_CHARS);
    const text = `${body}“Nobody in Geneva wants the talks to fail,” Lavrov told reporters.\n`;
    const a = analyseArticle(text);
    assertInvariants(text, a);
    const last = a.quotes[a.quotes.length - 1];
    expect(last.text).toBe('Nobody in Geneva wants the talks to fail');
    expect(last.speaker?.name).toBe('Sergei Lavrov');
    expect(a.people.filter((p) => /Lavrov/.test(p.name)).map((p) => p.name)).toEqual(['Sergei Lavrov']);
  });

  it('tells each window who was named before it, so a surname and the pronoun after it reach the full name', () => {
    const { text: body } = longReport(3 * WHOLE_MAX_CHARS);
    const text = `${body}Lavrov returned to the question of the corridor on Friday. “We are ready to talk again,” he said.\n`;
    const a = analyseArticle(text);
    assertInvariants(text, a);
    const last = a.quotes[a.quotes.length - 1];
    expect(last.speakerMention?.text).toBe('he');
    expect(last.speaker?.name).toBe('Sergei Lavrov');
    const lavrov = a.people.find((p) => p.name === 'Sergei Lavrov');
    expect(lavrov?.mentions.map((m) => m.text)).toEqual(['Sergei Lavrov', 'Lavrov', 'he']);
  });

  it('never cuts a quotation that runs over several paragraphs', () => {
    const { text: head } = longReport(WHOLE_MAX_CHARS + WINDOW_CHARS - 300);
    const long = '“The first convoy reached the square at dawn.\n\n“The second was turned back at the bridge, and the third never left the depot.\n\n“We will try again tomorrow,” said Maria Kovacs.\n\n';
    const { text: tail } = longReport(WHOLE_MAX_CHARS);
    const text = head + long + tail;
    const a = analyseArticle(text);
    assertInvariants(text, a);
    const q = a.quotes.find((x) => x.text.startsWith('The first convoy'));
    expect(q?.segments.map((s) => s.text)).toEqual([
      'The first convoy reached the square at dawn.',
      'The second was turned back at the bridge, and the third never left the depot.',
      'We will try again tomorrow',
    ]);
    expect(q?.speaker?.name).toBe('Maria Kovacs');
  });

  it('plans the windows of a text with no newline in work linear in its length', () => {
    // a search for the last newline before each cut ran back to the start of such a text: the
    // characters the planner reads are counted (not timed, so a busy machine cannot fail it)
    const sentence = 'The monitor said the shelling had stopped, according to Leila Haddad, ';
    const readsFor = (mb: number): number => {
      const plain = sentence.repeat(Math.ceil((mb << 20) / sentence.length));
      const raw = scanQuotes(plain);
      let reads = 0;
      // every character read one at a time, and every character a search method would run over
      const counted = Object.assign(new String(plain), {
        charCodeAt(this: string, i: number) {
          reads++;
          return String.prototype.charCodeAt.call(this, i);
        },
        lastIndexOf(this: string, search: string, from?: number) {
          const r = String.prototype.lastIndexOf.call(this, search, from);
          reads += (from ?? this.length) - Math.max(r, 0);
          return r;
        },
        indexOf(this: string, search: string, from?: number) {
          const r = String.prototype.indexOf.call(this, search, from);
          reads += (r < 0 ? this.length : r) - (from ?? 0);
          return r;
        },
      });
      const windows = planWindows(counted as unknown as string, raw);
      expect(windows.length).toBeGreaterThan(1);
      return reads;
    };
    // 8× the text: linear is about 8, the old search about 64
    expect(readsFor(16) / readsFor(2)).toBeLessThan(12);
  });

  it('cuts one huge paragraph at sentence ends and keeps every quote', () => {
    const sentence = 'The monitor said the shelling had stopped. “We heard nothing after midnight,” Leila Haddad said. ';
    const text = sentence.repeat(Math.ceil((3 * WHOLE_MAX_CHARS) / sentence.length));
    const windows = planWindows(text, scanQuotes(text));
    expect(windows.length).toBeGreaterThan(1);
    for (const w of windows.slice(1)) expect(text.slice(w.own - 2, w.own)).toBe('. ');
    const a = analyseArticle(text);
    assertInvariants(text, a);
    expect(a.quotes).toHaveLength(text.split('“').length - 1);
    expect(a.quotes.every((q) => q.speaker?.name === 'Leila Haddad')).toBe(true);
  });
});

describe('joining the results of windows', () => {
  const person = (name: string, start: number): EntityResult => ({ name, kind: 'person', mentions: [{ text: name, start, end: start + name.length }] });
  const quote = (start: number, name: string, entity: number): QuoteResult => ({
    text: 'q', start, end: start + 1, segments: [{ text: 'q', start, end: start + 1 }], kind: 'direct', form: 'quote-cue-speaker',
    speaker: { name, kind: 'person', entity }, speakerMention: { text: name, start: start + 4, end: start + 4 + name.length },
    cue: null, confidence: 0.9, evidence: { rule: 'r', detail: 'd' }, outer: { start: start - 1, end: start + 2 },
  });

  it('shifts offsets into the whole text, drops the lead-in’s results and gives a lone surname to the one full name ending with it', () => {
    const m = new WindowMerger();
    m.add({ from: 0, own: 0, to: 100 }, { quotes: [quote(10, 'Sergei Lavrov', 0)], statements: [], people: [person('Sergei Lavrov', 2)] });
    // second window: its lead-in [80, 100) holds a quote the first window already has
    m.add({ from: 80, own: 100, to: 200 }, {
      quotes: [quote(5, 'Maria Kovacs', 1), quote(40, 'Lavrov', 0)],
      statements: [],
      people: [person('Lavrov', 30), person('Maria Kovacs', 3)],
    });
    const r = m.result();
    expect(r.people.map((p) => [p.name, p.mentions.map((x) => x.start)])).toEqual([['Sergei Lavrov', [2, 110]]]);
    expect(r.quotes.map((q) => [q.start, q.speaker?.name, q.speaker?.entity, q.speakerMention?.start])).toEqual([
      [10, 'Sergei Lavrov', 0, 14],
      [120, 'Sergei Lavrov', 0, 124],
    ]);
  });
});
