import ts from 'typescript';
import type { VerdictEntity } from '../../src/db/entities/verdict.entity';
import { buildClaimReview, type ClaimReviewParts } from '../../src/services/claim-review';

/**
 * The schema.org vocabulary as published in schema-dts (generated from schema.org's own
 * definitions): for a type name, every property it and its supertypes accept.
 */
function vocabulary() {
  const file = require.resolve('schema-dts/dist/schema.d.ts');
  const program = ts.createProgram([file], { noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  const exports = new Map(checker.getExportsOfModule(module).map((s) => [s.getName(), s]));
  const cache = new Map<string, Set<string> | null>();
  return (typeName: string): Set<string> | null => {
    if (!cache.has(typeName)) {
      const symbol = exports.get(`${typeName}Leaf`);
      cache.set(typeName, symbol ? new Set(checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol)).map((p) => p.getName())) : null);
    }
    return cache.get(typeName)!;
  };
}

/** Every property of every typed node that the vocabulary does not define for its type. */
function unknownTerms(node: unknown, propertiesOf: (t: string) => Set<string> | null, at = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => unknownTerms(n, propertiesOf, `${at}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const out: string[] = [];
  const type = o['@type'];
  if (typeof type === 'string') {
    const props = propertiesOf(type);
    if (!props) out.push(`${at}: unknown type ${type}`);
    else for (const key of Object.keys(o)) if (!key.startsWith('@') && !props.has(key)) out.push(`${at}.${key} is not a property of ${type}`);
  }
  for (const [key, value] of Object.entries(o)) out.push(...unknownTerms(value, propertiesOf, `${at}.${key}`));
  return out;
}

const verdict = {
  id: 7,
  claimId: 3,
  rating: 'False',
  ratingDefinition: 'The claim is wrong.',
  ratingValue: 1,
  ratingBest: 6,
  ratingWorst: 1,
  explanation: 'Records date the encirclement to April 2015.',
  sources: [{ url: 'https://reliefweb.example/r', title: 'Access report', publisher: 'UN OCHA', accessedAt: '2016-12-20' }],
  errorSummary: 'claimed over 3 years; the reference shows 20 months: overstated by at least 16 months (+80%)',
  createdAt: new Date('2016-12-21T10:00:00Z'),
} as VerdictEntity;

const parts: ClaimReviewParts = {
  claim: { id: 3, text: 'under siege by terrorists for over three years', speakerId: 12, speakerName: 'Ali Shamkhani', saidAt: '2016-12-18' },
  sentence: 'He voiced concern for the villages of Fuaa and Kafraya, who have been under siege by terrorists for over three years.',
  speakerKind: 'person',
  appearances: [
    { articleId: 1, title: 'Security chief on Fuaa', url: 'https://presstv.example/a', outlet: 'Press TV', at: new Date('2016-12-18T08:00:00Z') },
    { articleId: 2, title: 'Shamkhani: Fuaa', url: null, outlet: 'Tasnim', at: new Date('2016-12-19T08:00:00Z') },
  ],
  verdict,
  organisationName: 'Fact Desk',
  baseUrl: 'https://factdesk.example',
};

describe('ClaimReview', () => {
  const propertiesOf = vocabulary();

  it('uses only schema.org types and properties', () => {
    expect(unknownTerms(buildClaimReview(parts), propertiesOf)).toEqual([]);
    // The check itself catches a misspelt property and an invented type.
    expect(unknownTerms({ '@type': 'ClaimReview', claimReviewd: 'x', itemReviewed: { '@type': 'Claimm' } }, propertiesOf)).toEqual([
      '$.claimReviewd is not a property of ClaimReview',
      '$.itemReviewed: unknown type Claimm',
    ]);
  });

  it('has the fields Google’s fact-check guidelines require and recommend', () => {
    const r = buildClaimReview(parts) as unknown as Record<string, any>;
    expect(r['@context']).toBe('https://schema.org');
    expect(r.url).toBe('https://factdesk.example/claims/3#verdict-7');
    expect(r.claimReviewed).toBe(parts.sentence);
    expect(r.datePublished).toBe('2016-12-21');
    expect(r.author).toEqual({ '@type': 'Organization', name: 'Fact Desk', url: 'https://factdesk.example' });
    expect(r.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 1, bestRating: 6, worstRating: 1, alternateName: 'False', ratingExplanation: 'The claim is wrong.' });
    expect(r.itemReviewed).toMatchObject({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Ali Shamkhani', url: 'https://factdesk.example/speakers/12' },
      datePublished: '2016-12-18',
    });
    expect(r.itemReviewed.appearance).toHaveLength(2);
    // An article stored without its own address appears under its page in whosaid.
    expect(r.itemReviewed.appearance[1].url).toBe('https://factdesk.example/articles/2');
    expect(r.itemReviewed.firstAppearance).toEqual(r.itemReviewed.appearance[0]);
    expect(r.reviewBody).toContain('overstated by at least 16 months');
  });

  it('names an organisation as an organisation and leaves out what is unknown', () => {
    const r = buildClaimReview({ ...parts, speakerKind: 'organisation', claim: { ...parts.claim, speakerId: null, speakerName: 'UNHCR' }, appearances: [], verdict: { ...verdict, sources: [], errorSummary: null } as VerdictEntity }) as unknown as Record<string, any>;
    expect(r.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'UNHCR' });
    expect(r.itemReviewed.appearance).toBeUndefined();
    expect(r.citation).toBeUndefined();
    expect(r.reviewBody).toBe(verdict.explanation);
    expect(unknownTerms(r, propertiesOf)).toEqual([]);
  });

  it('cuts a long sentence to a short summary', () => {
    const long = 'word '.repeat(200);
    const r = buildClaimReview({ ...parts, sentence: long }) as unknown as Record<string, string>;
    expect(r.claimReviewed.length).toBe(498);
    expect(r.claimReviewed.endsWith('…')).toBe(true);
  });
});

