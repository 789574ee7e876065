import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { NotFoundError, validationError } from '../../errors';

declare module 'express-serve-static-core' {
  interface Request {
    validated?: unknown;
  }
}

/**
 * Validates `req[source]` against a zod schema and stores the result in `req.validated`. A page
 * whose address holds no valid id (`/quotes/abc`) does not exist: 404, as for an unknown id; the
 * JSON API answers 422 with the field's problem, as its document says.
 */
export function validate(schema: z.ZodType, source: 'query' | 'params' | 'body' = 'query'): RequestHandler {
  return (req, _res, next) => {
    const parsed = schema.safeParse(req[source] ?? {});
    if (!parsed.success) {
      if (source === 'params' && !req.originalUrl.startsWith('/api/')) return next(new NotFoundError(`There is no page at ${req.path}.`));
      return next(validationError(parsed.error.issues));
    }
    req.validated = parsed.data;
    next();
  };
}
