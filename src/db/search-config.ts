/**
 * The text search configuration of quotes: PostgreSQL's English stemming, with accents folded
 * first (`unaccent`), so that "Fernandez" finds "Fernández" and "Adebayo" finds "Adébáyọ̀".
 * Created by migration 1795572401000; every vector, query and headline of quotes uses it.
 */
export const SEARCH_CONFIG = 'whosaid_english';
