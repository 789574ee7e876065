/** The SSRF-safe fetcher: the only way the app reaches URLs supplied by users or feeds. */
export { checkTarget, safeFetch, type FetchResult, type SafeFetchOptions } from './safe-fetch';
export { FetchError, isFetchError, type FetchErrorCode } from './fetch-error';
export { forbiddenAddressReason } from './address-policy';
export { DEFAULT_CONTENT_TYPES, FEED_CONTENT_TYPES } from './content-type';
export type { Resolver } from './resolve-target';
