import type { RequestHandler } from 'express';

/** Page data every template can use: the current path and the flash notice carried in the query string. */
export function locals(): RequestHandler {
  return (req, res, next) => {
    res.locals.path = req.path;
    res.locals.csrfToken ??= '';
    res.locals.notice = typeof req.query.notice === 'string' ? noticeText(req.query.notice) : null;
    next();
  };
}

const NOTICES: Record<string, string> = {
  duplicate: 'This article was already in whosaid: here is the stored copy.',
  created: 'Article stored and analysed.',
};

function noticeText(key: string): string | null {
  return NOTICES[key] ?? null;
}
