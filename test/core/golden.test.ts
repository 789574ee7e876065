import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseArticle } from '../../src/core';
import { assertInvariants } from './invariants';

interface Expected {
  quotes: {
    text: string; start: number; end: number; segments: { start: number; end: number }[]; kind: string; form: string;
    speaker: { name: string; kind: string } | null; speakerMention: { text: string; start: number; end: number } | null;
  }[];
  statements: { speaker: string | null; speakerMention: string | null; cue: string; content: { start: number; end: number } }[];
  people: { name: string; kind: string; role?: string; organisation?: string; organisationAbbreviation?: string; country?: string }[];
}

const root = path.join(__dirname, '..', 'fixtures', 'articles');
const cases = readdirSync(root).filter((d) => !d.startsWith('.'));

describe('golden fixtures', () => {
  it('has the seed article and at least six more cases', () => {
    expect(cases).toContain('seed-iran-russia');
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  describe.each(cases)('%s', (name) => {
    const text = readFileSync(path.join(root, name, 'input.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as Expected;
    const a = analyseArticle(text);

    it('keeps the invariants', () => assertInvariants(text, a));

    it('finds the expected quotes with their offsets and speakers', () => {
      expect(a.quotes.map((q) => ({
        text: q.text, start: q.start, end: q.end, segments: q.segments.map((s) => ({ start: s.start, end: s.end })), kind: q.kind, form: q.form,
        speaker: q.speaker ? { name: q.speaker.name, kind: q.speaker.kind } : null,
        speakerMention: q.speakerMention ? { text: q.speakerMention.text, start: q.speakerMention.start, end: q.speakerMention.end } : null,
      }))).toEqual(expected.quotes);
    });

    it('finds the expected statements', () => {
      expect(a.statements.map((s) => ({ speaker: s.speaker?.name ?? null, speakerMention: s.speakerMention?.text ?? null, cue: s.cue.text, content: { start: s.content.start, end: s.content.end } }))).toEqual(expected.statements);
    });

    it('finds the expected people', () => {
      expect(a.people.map((p) => ({ name: p.name, kind: p.kind, ...(p.role ? { role: p.role } : {}), ...(p.organisation ? { organisation: p.organisation } : {}), ...(p.organisationAbbreviation ? { organisationAbbreviation: p.organisationAbbreviation } : {}), ...(p.country ? { country: p.country } : {}) }))).toEqual(expected.people);
    });
  });
});

describe('seed article', () => {
  const text = readFileSync(path.join(root, 'seed-iran-russia', 'input.txt'), 'utf8');
  const a = analyseArticle(text);

  it('attributes all three direct quotes to Ali Shamkhani with his profile', () => {
    expect(a.quotes).toHaveLength(3);
    for (const q of a.quotes) {
      expect(q.speaker).toMatchObject({ name: 'Ali Shamkhani', kind: 'person', role: 'Secretary', organisation: 'Supreme National Security Council', organisationAbbreviation: 'SNSC', country: 'Iran' });
    }
    expect(a.quotes[1].speakerMention?.text).toBe('He');
  });

  it('reads the descriptions as statements by the right people', () => {
    const byMention = new Map(a.statements.map((s) => [s.speakerMention?.text, s.speaker?.name]));
    expect(byMention.get('The Iranian official')).toBe('Ali Shamkhani');
    expect(byMention.get('The Russian envoy')).toBe('Alexander Lavrentiev');
    expect(byMention.get('Shamkhani')).toBe('Ali Shamkhani');
  });
});
