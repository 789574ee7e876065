import './web/zod-messages';
import fs from 'node:fs';
import path from 'node:path';
import cookieParser from 'cookie-parser';
import ejs from 'ejs';
import express, { type Express, type Router } from 'express';
import helmet from 'helmet';
import type pino from 'pino';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { JobQueue } from './jobs/queue';
import type { SafeFetchOptions } from './net';
import { createAuthenticator } from './services/authenticate';
import { createSettingsCache } from './services/settings';
import { accountRouter } from './web/account/account.router';
import { adminRouter } from './web/admin/admin.router';
import { apiRouter } from './web/api/api.router';
import { articlesRouter } from './web/articles/articles.router';
import { speakersRouter } from './web/speakers/speakers.router';
import { claimsRouter } from './web/claims/claims.router';
import { reviewRouter } from './web/review/review.router';
import { topicsRouter } from './web/topics/topics.router';
import { authRouter } from './web/auth/auth.router';
import { feedsRouter } from './web/feeds/feeds.router';
import { importsRouter } from './web/imports/imports.router';
import { quotesRouter } from './web/quotes/quotes.router';
import { searchRouter } from './web/search/search.router';
import { verifyRouter } from './web/verify/verify.router';
import { healthRouter, homeRouter } from './web/home/home.router';
import { csrfProtection } from './web/middleware/csrf';
import { errorHandler, notFound } from './web/middleware/errors';
import { auditRefusedWrites } from './web/middleware/refused-attempts';
import { citedWords } from './services/get-quote';
import { countOf, formatCount } from './web/counts';
import { locals } from './web/middleware/locals';
import { createRateLimiters, type RateLimitSettings } from './web/middleware/rate-limit';
import { apiDocsRouter } from './web/api/docs.router';
import { atomRouter } from './web/atom/atom.router';
import { requestId } from './web/middleware/request-id';
import { loadUser, sessionCookieName, sessions } from './web/middleware/session';

/** Everything the web app needs from outside; nothing is opened at import time. */
export interface AppDeps {
  dataSource: DataSource;
  /** The job queue; without it, articles can only be pasted (URL fetches answer 503). */
  queue?: JobQueue;
  /** The URL fetcher's settings (FETCH_ALLOWED_HOSTS): a feed's or a page's address is checked with them when given. */
  fetchOptions?: SafeFetchOptions;
  logger: pino.Logger;
  secret: string;
  secureCookies?: boolean;
  bodyLimit?: string;
  showErrorDetails?: boolean;
  sessionIdleMinutes?: number;
  sessionAbsoluteHours?: number;
  /** Minutes between deletions of expired sessions; 0 turns it off. */
  sessionPruneMinutes?: number;
  /** Sign-in rate limits (defaults in services/authenticate.ts) and their key prefix. */
  loginLimits?: { perAccount?: number; perIp?: number; windowSeconds?: number; keyPrefix?: string };
  /** Search, verify and export rate limits (defaults in web/middleware/rate-limit.ts) and their key prefix. */
  rateLimits?: Partial<RateLimitSettings>;
}

/** A router and the path it is mounted at (the route-table test walks these). */
export interface Mount {
  prefix: string;
  router: Router;
  /** Mounted before sessions and users are loaded (health checks). */
  early?: boolean;
}

/** Project root: views and assets are found from here both under src/ and dist/src/. */
export const PROJECT_ROOT = findProjectRoot(__dirname);

/** Builds the Express application; `app.locals.close()` releases its timers. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  const bodyLimit = deps.bodyLimit ?? '2mb';
  const secureCookies = deps.secureCookies ?? false;
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.set('view engine', 'ejs');
  const views = path.join(PROJECT_ROOT, 'views');
  app.set('views', views);
  // Templates include each other by absolute name (`/partials/head`) under the views root, so
  // a render resolves its includes without asking the file system whether they exist.
  app.engine('ejs', (file, data, done) =>
    ejs.renderFile(file, data, { root: views, views: [views], cache: app.enabled('view cache') }, done),
  );

  app.use(requestId());
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (_req, res) => String((res as express.Response).locals?.requestId ?? ''),
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          objectSrc: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: secureCookies,
    }),
  );
  app.use('/assets', express.static(path.join(PROJECT_ROOT, 'views', 'assets'), { maxAge: '1h', index: false }));

  const services = { dataSource: deps.dataSource, queue: deps.queue, fetchOptions: deps.fetchOptions, rateLimiters: createRateLimiters(deps.dataSource, deps.rateLimits) };
  const health: Mount = { prefix: '', router: healthRouter(services), early: true };
  app.use(health.router);

  const settings = createSettingsCache(deps);
  const session = sessions(deps.dataSource, {
    secret: deps.secret,
    secureCookies,
    idleMinutes: deps.sessionIdleMinutes ?? 120,
    absoluteHours: deps.sessionAbsoluteHours ?? 12,
    pruneMinutes: deps.sessionPruneMinutes,
  });
  app.use(cookieParser());
  app.use(session.middleware);
  app.use(
    loadUser({ dataSource: deps.dataSource, absoluteHours: deps.sessionAbsoluteHours ?? 12, idleMinutes: deps.sessionIdleMinutes ?? 120 }),
  );
  app.use(locals(settings));

  const mounts: Mount[] = [
    health,
    { prefix: '/api/v1', router: apiRouter({ ...services, bodyLimit }) },
    { prefix: '', router: homeRouter(services) },
    {
      prefix: '',
      router: authRouter({
        ...services,
        authenticator: createAuthenticator(services, { limits: deps.loginLimits, keyPrefix: deps.loginLimits?.keyPrefix }),
        sessionCookieName: sessionCookieName(secureCookies),
        onSetup: () => settings.invalidate(),
      }),
    },
    { prefix: '', router: articlesRouter({ ...services, bodyLimit }) },
    { prefix: '', router: feedsRouter(services) },
    { prefix: '', router: importsRouter(services) },
    { prefix: '', router: searchRouter(services) },
    { prefix: '', router: quotesRouter(services) },
    { prefix: '', router: verifyRouter(services) },
    { prefix: '', router: speakersRouter(services) },
    { prefix: '', router: claimsRouter({ ...services, settings }) },
    { prefix: '', router: reviewRouter(services) },
    { prefix: '', router: topicsRouter(services) },
    { prefix: '', router: atomRouter({ ...services, settings }) },
    { prefix: '', router: apiDocsRouter() },
    { prefix: '', router: accountRouter(services) },
    { prefix: '', router: adminRouter({ ...services, settings }) },
  ];
  app.locals.mounts = mounts;
  // “…spreadsheet,” said X — the comma belongs to the sentence that carried the quote: a quote shown alone ends without it
  app.locals.cited = citedWords;
  // “(1 quote)”, “(3 quotes)”: counts on pages take their noun's number from the count
  app.locals.countOf = countOf;
  app.locals.formatCount = formatCount;
  app.locals.close = () => session.close();

  const [, api, ...pages] = mounts;
  app.use(api.prefix, api.router);
  app.use(express.urlencoded({ extended: false, limit: bodyLimit, parameterLimit: 100 }));
  app.use(csrfProtection({ secret: deps.secret, secureCookies, uploadPaths: ['/imports'] }));
  for (const m of pages) app.use(m.prefix || '/', m.router);

  app.use(notFound());
  app.use(auditRefusedWrites({ dataSource: deps.dataSource, logger: deps.logger }));
  app.use(errorHandler({ logger: deps.logger, showStack: deps.showErrorDetails ?? false }));
  return app;
}

function findProjectRoot(start: string): string {
  let dir = start;
  while (path.dirname(dir) !== dir) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}
