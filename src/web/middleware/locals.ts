import type { RequestHandler } from 'express';
import type { createSettingsCache } from '../../services/settings';

/**
 * Page data every template can use: the current path and user, the flash notice carried in
 * the query string, and the installation settings the role guards need.
 */
export function locals(settings: ReturnType<typeof createSettingsCache>): RequestHandler {
  return async (req, res, next) => {
    res.locals.path = req.path;
    res.locals.csrfToken ??= '';
    res.locals.user = req.user ?? null;
    res.locals.notice = typeof req.query.notice === 'string' ? noticeText(req.query.notice) : null;
    const s = await settings.get();
    res.locals.anonymousRead = s.anonymousRead;
    if (!req.user) res.locals.hasUsers = await settings.hasUsers();
    next();
  };
}

const NOTICES: Record<string, string> = {
  duplicate: 'This article was already in whosaid: here is the stored copy.',
  created: 'Article stored and analysed.',
  'created-from-html': 'Article stored and analysed. The text you pasted was HTML: it was converted to plain text first (scripts and styles dropped, paragraphs kept), and the quotes were found in that text.',
  'duplicate-from-html': 'The text you pasted was HTML: converted to plain text, it was already in whosaid. Here is the stored copy.',
  'published-elsewhere': 'This text was already in whosaid, as the article below: the copy you sent, from another outlet or address, is recorded as another publication of it, under “Also published by”.',
  'published-elsewhere-from-html': 'The text you pasted was HTML: converted to plain text, it was already in whosaid, as the article below. The copy you sent, from another outlet or address, is recorded as another publication of it, under “Also published by”.',
  'page-unchanged': 'The page was fetched again: its text has not changed since this version was stored.',
  'new-version': 'An article with this address was already stored, with another text: the text you sent is stored as its new version, with what changed in its quotes below.',
  'new-version-from-html': 'An article with this address was already stored, with another text: the text you sent (HTML, converted to plain text first) is stored as its new version, with what changed in its quotes below.',
  'page-changed': 'The page was fetched again and its text has changed: it is stored as this new version, with what changed in its quotes below.',
  'signed-out': 'You are signed out.',
  'signed-in': 'Welcome back.',
  'setup-done': 'whosaid is set up and you are signed in as its admin.',
  'user-created': 'Account created.',
  'user-updated': 'Account updated.',
  'token-revoked': 'Token revoked: it no longer works.',
  'settings-saved': 'Settings saved.',
  'feed-added': 'Feed added: its first poll is on its way.',
  'feed-poll-queued': 'Poll queued: new items appear below within a minute.',
  'feed-paused': 'Feed paused.',
  'feed-resumed': 'Feed resumed: it will be polled again now.',
  'quote-confirmed': 'Attribution confirmed.',
  'quote-rejected': 'Marked as not a quote: it no longer counts for its speaker.',
  'quote-reassigned': 'Speaker changed: the speaker pages, counters and claims follow.',
  'quote-reassigned-new': 'Speaker changed to a new speaker: the speaker pages, counters and claims follow.',
  'quote-unnamed': 'Quote given to an unnamed source, as described: no speaker page is made of it, and its claims follow.',
  'quote-reassigned-continued': 'Speaker changed, on this quote and the quotes that continue it: the speaker pages, counters and claims follow.',
  'quote-reassigned-new-continued': 'Speaker changed to a new speaker, on this quote and the quotes that continue it: the speaker pages, counters and claims follow.',
  'quote-unnamed-continued': 'Quote and the quotes that continue it given to an unnamed source, as described: no speaker page is made of it, and their claims follow.',
  'quote-span-fixed': 'Quote span corrected.',
  'claim-worthy': 'Claim marked check-worthy.',
  'claim-not-worthy': 'Claim marked not worth checking.',
  'claim-undecided': 'Check-worthiness decision cleared.',
  'verdict-added': 'Verdict added.',
  'verdict-published': 'Verdict published: it is public and in the ClaimReview feed.',
};

function noticeText(key: string): string | null {
  return NOTICES[key] ?? null;
}
