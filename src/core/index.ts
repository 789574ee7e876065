/**
 * Public surface of the quote engine. Everything here is pure: text in, plain data out.
 */
export { analyseArticle } from './analyse';
export { MATCHERS, REFINERS } from './pipeline';
export type * from './types';
