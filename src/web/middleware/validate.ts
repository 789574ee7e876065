import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { validationError } from '../../errors';

declare module 'express-serve-static-core' {
  interface Request {
    validated?: unknown;
  }
}

/** Validates `req[source]` against a zod schema and stores the result in `req.validated`. */
export function validate(schema: z.ZodType, source: 'query' | 'params' | 'body' = 'query'): RequestHandler {
  return (req, _res, next) => {
    const parsed = schema.safeParse(req[source] ?? {});
    if (!parsed.success) return next(validationError(parsed.error.issues));
    req.validated = parsed.data;
    next();
  };
}
