/**
 * The text search configuration of quotes: PostgreSQL's English stemming, with accents folded
 * first (`unaccent`), so that "Fernandez" finds "Fernández" and "Adebayo" finds "Adébáyọ̀".
 * Created by migration 1795572401000; every vector, query and headline of quotes uses it.
 */
export const SEARCH_CONFIG = 'whosaid_english';

/**
 * The same configuration with every word kept: the English stop words (“not”, “no”, “a”, “was”) are
 * words of a phrase like any other. A search rechecks the quotes found through the index against it
 * when a phrase holds such a word, so "is not a criminal" and "is a criminal" find different quotes.
 * Created by migration 1795572402510.
 */
export const SEARCH_CONFIG_ALL_WORDS = 'whosaid_english_all';
