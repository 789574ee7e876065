import { spawnSync } from 'node:child_process';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { toOpenApiPath } from '../../src/web/api/openapi';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { routesOf } from '../support/routes';

/**
 * Validates a document against the OpenAPI 3.1 schema with @seriousme/openapi-schema-validator.
 * The library is ESM-only, which Jest's CommonJS sandbox cannot import: it runs in a child Node.
 */
function validateOpenApi(doc: unknown): { valid: boolean; errors?: unknown } {
  const script = `import { Validator } from '@seriousme/openapi-schema-validator';
let s = ''; for await (const c of process.stdin) s += c;
const r = await new Validator().validate(JSON.parse(s));
process.stdout.write(JSON.stringify({ valid: r.valid, errors: r.errors }));`;
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { input: JSON.stringify(doc), encoding: 'utf8', cwd: process.cwd() });
  if (out.status !== 0) throw new Error(`validator failed to run: ${out.stderr}`);
  return JSON.parse(out.stdout) as { valid: boolean; errors?: unknown };
}

type Doc = { openapi: string; paths: Record<string, Record<string, { 'x-access': string; security: unknown[]; parameters?: Array<{ name: string }> }>>; components: { securitySchemes: Record<string, { scheme?: string }> } };

describe('OpenAPI document', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let doc: Doc;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    const token = await tokenFor(ds, 'viewer');
    const res = await request(app).get('/api/openapi.json').set('authorization', `Bearer ${token}`).expect(200).expect('content-type', /json/);
    doc = res.body as Doc;
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('is a valid OpenAPI 3.1 document', () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = validateOpenApi(doc);
    expect(result.errors ?? null).toBeNull();
    expect(result.valid).toBe(true);
  });

  it('the validator really rejects a broken document', () => {
    const broken = { ...doc, paths: { '/api/v1/x': { get: { responses: { 200: { content: 'not an object' } } } } } };
    expect(validateOpenApi(broken).valid).toBe(false);
  });

  it('documents exactly the /api/v1 routes the app mounts, with the route table’s access', () => {
    const mounted = routesOf(app)
      .filter((r) => r.path.startsWith('/api/v1/'))
      .map((r) => `${r.method} ${toOpenApiPath(r.path)}`)
      .sort();
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(mounted);
    for (const r of routesOf(app).filter((x) => x.path.startsWith('/api/v1/'))) {
      expect(`${r.method} ${r.path} ${doc.paths[toOpenApiPath(r.path)][r.method.toLowerCase()]['x-access']}`).toBe(`${r.method} ${r.path} ${r.access}`);
    }
  });

  it('declares bearer auth, path parameters and the cursor of every list', () => {
    expect(doc.components.securitySchemes.bearerAuth.scheme).toBe('bearer');
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const op of Object.values(ops)) {
        if (op['x-access'] !== 'public') expect(op.security).toContainEqual({ bearerAuth: [] });
        for (const name of path.match(/\{(\w+)\}/g) ?? []) expect(op.parameters?.map((p) => p.name)).toContain(name.slice(1, -1));
      }
    }
    for (const list of ['/api/v1/articles', '/api/v1/speakers', '/api/v1/speakers/{id}/quotes', '/api/v1/claims', '/api/v1/topics', '/api/v1/topics/{id}/claims', '/api/v1/search']) {
      expect(doc.paths[list].get.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(['cursor', 'limit']));
    }
  });

  it('documents every field the verify and search answers carry', async () => {
    const auth = { authorization: `Bearer ${await tokenFor(ds, 'viewer')}` };
    const schemas = (doc as unknown as { components: { schemas: Record<string, { properties: Record<string, unknown> }> } }).components.schemas;
    const verified = await request(app).post('/api/v1/verify').set(auth).send({ quote: 'words no stored article holds' }).expect(200);
    expect(Object.keys(verified.body).sort()).toEqual(Object.keys(schemas.Verification.properties).sort());
    const searched = await request(app).get('/api/v1/search?q=the').set(auth).expect(200);
    type Ok = { responses: Record<string, { content: Record<string, { schema: { properties: Record<string, unknown> } }> }> };
    const documented = (doc.paths['/api/v1/search'].get as unknown as Ok).responses['200'].content['application/json'].schema.properties;
    expect(Object.keys(searched.body).sort()).toEqual(Object.keys(documented).sort());
  });

  it('needs read access like the API it describes', async () => {
    const res = await request(app).get('/api/openapi.json').expect(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('renders a readable API page from the same document, linked from the footer', async () => {
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get('/api').expect(200);
    for (const path of Object.keys(doc.paths)) expect(page.text).toContain(path);
    expect(page.text).toContain('next_cursor');
    expect(page.text).toContain('Retry-After');
    expect(page.text).toContain('Example body');
    const home = await agent.get('/').expect(200);
    expect(home.text).toContain('<a href="/api">API</a>');
  });
});
