import type { Express, Router } from 'express';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Mount } from '../../src/app';
import { allows, type Role } from '../../src/web/middleware/auth';
import { ROUTE_TABLE } from '../../src/web/route-table';
import { buildTestApp } from '../support/app';
import { createTestUser, csrfFrom, signIn } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { routesOf, type Layer } from '../support/routes';

jest.setTimeout(300_000);

/**
 * A concrete URL for a route pattern. Its ids name nothing: the matrix only asks who gets past
 * the guard, and a real id would let its POSTs change rows other tests are using (pausing feed 1).
 */
function sampleUrl(path: string): string {
  return path.replace(/:(\w+)/g, (_m, name: string) => (name.endsWith('id') || name === 'id' ? '2000000000' : 'sample'));
}

const ROLES: Array<Role | 'anonymous'> = ['anonymous', 'viewer', 'editor', 'admin'];

describe('role matrix over every route', () => {
  let ds: DataSource;
  let app: Express;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    await createTestUser(ds, 'admin'); // an installation with accounts: anonymous visitors go to sign-in
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('mounts no route or router outside the route table', () => {
    const mounts = app.locals.mounts as Mount[];
    const appStack = (app.router as unknown as { stack: Layer[] }).stack;
    expect(appStack.filter((l) => l.route)).toEqual([]);
    const mountedRouters = appStack.filter((l) => l.name === 'router').length;
    expect(mountedRouters).toBe(mounts.length);
  });

  it('guards every route with a declared access level as its first handler', () => {
    const routes = routesOf(app);
    expect(routes.length).toBeGreaterThan(10);
    const unguarded = routes.filter((r) => !r.access).map((r) => `${r.method} ${r.path}`);
    expect(unguarded).toEqual([]);
  });

  it('matches the route table exactly: no route missing from it, none guarded differently', () => {
    const actual = Object.fromEntries(routesOf(app).map((r) => [`${r.method} ${r.path}`, r.access]));
    expect(actual).toEqual(ROUTE_TABLE);
  });

  it('lets each role through exactly where the route table allows', async () => {
    const routes = routesOf(app)
      .map((r) => ({ ...r, access: ROUTE_TABLE[`${r.method} ${r.path}`] }))
      .filter((r) => r.access !== 'public');
    const failures: string[] = [];
    for (const role of ROLES) {
      for (const r of routes) {
        // A fresh agent per request: some routes (sign-out) change the session.
        const agent = request.agent(app);
        if (role !== 'anonymous') await signIn(agent, await createTestUser(ds, role));
        const url = sampleUrl(r.path);
        const api = url.startsWith('/api/');
        let res: request.Response;
        if (r.method === 'GET') {
          res = await agent.get(url);
        } else if (api) {
          res = await agent.post(url).set('content-type', 'application/json').send('{}');
        } else {
          const csrf = await csrfFrom(agent, role === 'anonymous' ? '/login' : '/account/tokens');
          res = await agent.post(url).type('form').send({ _csrf: csrf });
        }
        const denied = res.status === 401 || res.status === 403 || (res.status === 303 && /^\/(login|setup)/.test(res.headers.location ?? ''));
        const expected = !allows(role === 'anonymous' ? undefined : { id: 0, email: '', role }, r.access!, false);
        if (denied !== expected) failures.push(`${role} ${r.method} ${r.path}: status ${res.status}, expected ${expected ? 'denied' : 'allowed'}`);
        if (denied && role !== 'anonymous' && res.status !== 403) failures.push(`${role} ${r.method} ${r.path}: denied with ${res.status}, not 403`);
        if (denied && role === 'anonymous' && api && res.status !== 401) failures.push(`anonymous ${r.method} ${r.path}: API denial is ${res.status}, not 401`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('ids in addresses', () => {
  it('are plain positive whole numbers on every route that takes one: anything else names no record', async () => {
    const ds = await openTestDataSource();
    try {
      const app = buildTestApp(ds);
      const agent = request.agent(app);
      await signIn(agent, await createTestUser(ds, 'admin'));
      const csrf = await csrfFrom(agent, '/account/tokens');
      // each of these reads as 2000000000 (a record no test has) to Number(): "2e9" was taken for that id
      const spellings = ['2e9', '0x77359400', '2000000000.0', '+2000000000', '02000000000', '%202000000000'];
      const failures: string[] = [];
      let n = 0;
      const routes = routesOf(app).filter((r) => /:\w*[iI]d\b/.test(r.path));
      expect(routes.length).toBeGreaterThan(40);
      for (const r of routes) {
        for (const param of r.path.match(/:\w*[iI]d\b/g)!) {
          const bad = spellings[n++ % spellings.length];
          const url = r.path.replace(/:(\w+)/g, (m) => (m === param ? bad : '2000000000'));
          const api = url.startsWith('/api/');
          const res =
            r.method === 'GET' ? await agent.get(url)
            : api ? await agent.post(url).set('content-type', 'application/json').send('{}')
            : await agent.post(url).type('form').send({ _csrf: csrf });
          const refused = api
            ? res.status === 422 && res.body.error?.code === 'validation_failed' && param.slice(1) in (res.body.error.details ?? {})
            : res.status === 404 && res.text.includes('There is no page at');
          if (!refused) failures.push(`${r.method} ${url}: ${res.status} ${api ? JSON.stringify(res.body.error ?? null) : ''}`);
        }
      }
      expect(failures).toEqual([]);
      // and the plain spelling is the record's
      const quote = await agent.get('/api/v1/quotes/2000000000');
      expect(quote.status).toBe(404);
      expect(quote.body.error).toMatchObject({ code: 'not_found', message: 'There is no quote 2000000000' });
    } finally {
      await ds.destroy();
    }
  });
});

describe('public routes', () => {
  it('are only the sign-in, sign-out, setup and health pages', async () => {
    const ds = await openTestDataSource();
    try {
      const routes = routesOf(buildTestApp(ds)).filter((r) => r.access === 'public').map((r) => `${r.method} ${r.path}`);
      expect(routes.sort()).toEqual(['GET /healthz', 'GET /login', 'GET /setup', 'POST /login', 'POST /logout', 'POST /setup']);
    } finally {
      await ds.destroy();
    }
  });
});

void ({} as Router);
