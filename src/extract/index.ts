/** Article extraction: readable text and metadata from a fetched page. */
export { extractArticle, type ExtractOptions, type ExtractedArticle } from './extract-article';
export { ExtractError, type ExtractErrorCode } from './extract-error';
export { BOILERPLATE_RULES, boilerplateRule } from './boilerplate';
export { htmlToText, looksLikeHtml, type HtmlToTextOptions } from './html-to-text';
export { splitLeadingByline } from './byline';
