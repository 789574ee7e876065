/**
 * Public surface of the claim parser: claims out of an analysed article, topic keys to
 * group them, and consistency checks across claims. All pure.
 */
export { extractClaims } from './extract-claims';
export { topicKey } from './topic-key';
export { checkConsistency, speakerIdentity } from './consistency';
export { sourceKey } from './source-key';
export { toTopicClaim } from './topic-claim';
export { compareDenialWithReference, compareWithReference, compatibleUnits, type ReferenceComparison, type ReferenceFigure } from './reference';
export type * from './types';
