import path from 'node:path';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type pino from 'pino';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import { apiRouter } from './web/api/api.router';
import { articlesRouter } from './web/articles/articles.router';
import { homeRouter } from './web/home/home.router';
import { csrfProtection } from './web/middleware/csrf';
import { errorHandler, notFound } from './web/middleware/errors';
import { locals } from './web/middleware/locals';
import { requestId } from './web/middleware/request-id';

/** Everything the web app needs from outside; nothing is opened at import time. */
export interface AppDeps {
  dataSource: DataSource;
  logger: pino.Logger;
  secret: string;
  secureCookies?: boolean;
  bodyLimit?: string;
  showErrorDetails?: boolean;
}

/** Project root: views and assets are found from here both under src/ and dist/src/. */
export const PROJECT_ROOT = findProjectRoot(__dirname);

/** Builds the Express application. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  const bodyLimit = deps.bodyLimit ?? '2mb';
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.set('view engine', 'ejs');
  app.set('views', path.join(PROJECT_ROOT, 'views'));

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
      strictTransportSecurity: deps.secureCookies ?? false,
    }),
  );
  app.use('/assets', express.static(path.join(PROJECT_ROOT, 'views', 'assets'), { maxAge: '1h', index: false }));

  app.use('/api/v1', apiRouter({ dataSource: deps.dataSource, bodyLimit }));

  app.use(cookieParser());
  app.use(express.urlencoded({ extended: false, limit: bodyLimit, parameterLimit: 100 }));
  app.use(csrfProtection({ secret: deps.secret, secureCookies: deps.secureCookies ?? false }));
  app.use(locals());
  app.use(homeRouter(deps));
  app.use(articlesRouter(deps));

  app.use(notFound());
  app.use(errorHandler({ logger: deps.logger, showStack: deps.showErrorDetails ?? false }));
  return app;
}

function findProjectRoot(start: string): string {
  let dir = start;
  while (path.dirname(dir) !== dir) {
    if (require('node:fs').existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}
