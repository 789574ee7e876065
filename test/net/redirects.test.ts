import type http from 'node:http';
import { safeFetch, type FetchErrorCode, type SafeFetchOptions } from '../../src/net';
import { fakeResolver, spyOnConnect, startListener, type Listener } from './listeners';

// The allowed host answers /hop/N by redirecting to /hop/N-1, and /hop/0 by redirecting to
// ?then= when given, so a chain can start harmless and turn hostile at any hop.
const fixtureHandler: http.RequestListener = (req, res) => {
  const url = new URL(req.url ?? '/', 'http://fixture.test');
  const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
  const then = url.searchParams.get('then');
  if (hop && Number(hop[1]) > 0) {
    const next = `/hop/${Number(hop[1]) - 1}${url.search}`;
    res.writeHead(Number(hop[1]) % 2 ? 302 : 301, { location: next }).end();
  } else if (hop && then) res.writeHead(307, { location: then }).end();
  else if (url.pathname === '/loop') res.writeHead(302, { location: '/loop' }).end();
  else if (url.pathname === '/no-location') res.writeHead(302).end();
  else if (url.pathname === '/bad-location') res.writeHead(302, { location: 'http://[::1' }).end();
  else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<p>${url.pathname}</p>`);
};

let fixture: Listener;
let internal: Listener;
let options: SafeFetchOptions;
const resolver = fakeResolver({
  'fixture.test': ['127.0.0.1'],
  localhost: ['127.0.0.1', '::1'],
  'loop.test': ['127.0.0.1'],
  'private.test': ['10.1.2.3'],
  'mixed.test': ['93.184.216.34', '192.168.7.7'],
});

beforeAll(async () => {
  fixture = await startListener(fixtureHandler);
  internal = await startListener((_req, res) => res.end('internal secret'));
  options = { allowedHosts: ['fixture.test'], allowedPorts: [80, 443, internal.port], resolve: resolver, timeoutMs: 3000 };
});
afterAll(async () => {
  await fixture.close();
  await internal.close();
});

const start = (then: string, hops = 0): string =>
  `http://fixture.test:${fixture.port}/hop/${hops}?then=${encodeURIComponent(then)}`;

describe('redirects from an allowed host to forbidden targets', () => {
  const targets = (I: number | string): Array<[string, FetchErrorCode]> => [
    [`http://127.0.0.1:${I}/`, 'blocked_address'],
    [`http://2130706433:${I}/`, 'blocked_address'],
    [`http://0x7f.1:${I}/`, 'blocked_address'],
    [`http://127.1:${I}/`, 'blocked_address'],
    [`http://[::1]:${I}/`, 'blocked_address'],
    [`http://[::ffff:127.0.0.1]:${I}/`, 'blocked_address'],
    [`http://0.0.0.0:${I}/`, 'blocked_address'],
    [`http://localhost:${I}/`, 'blocked_address'],
    [`http://loop.test:${I}/`, 'blocked_address'],
    ['http://169.254.169.254/latest/meta-data/iam/', 'blocked_address'],
    ['http://[fd00:ec2::254]/', 'blocked_address'],
    ['http://metadata.google.internal/computeMetadata/v1/', 'blocked_address'],
    ['http://10.0.0.1/', 'blocked_address'],
    ['https://172.16.5.4/', 'blocked_address'],
    ['http://192.168.0.1/admin', 'blocked_address'],
    ['http://100.64.0.1/', 'blocked_address'],
    ['http://[fc00::1]/', 'blocked_address'],
    ['http://private.test/', 'blocked_address'],
    ['http://mixed.test/', 'blocked_address'],
    ['file:///etc/passwd', 'blocked_scheme'],
    [`gopher://127.0.0.1:${I}/`, 'blocked_scheme'],
    ['http://example.test:22/', 'blocked_port'],
    ['http://user:pw@fixture.test/', 'blocked_credentials'],
  ];
  const labels = targets('I').map(([url, code], i) => [i, url, code] as const);

  it.each(labels)('#%i → %s is refused (%s) after exactly one connection', async (i) => {
    const [target, code] = targets(internal.port)[i];
    for (const hops of [0, 3]) {
      const connect = spyOnConnect();
      const before = fixture.connections();
      try {
        await expect(safeFetch(start(target, hops), options)).rejects.toMatchObject({ code });
        // Only the allowed hops connected; the forbidden hop was refused before any socket.
        expect(connect).toHaveBeenCalledTimes(hops + 1);
        expect(fixture.connections() - before).toBe(hops + 1);
        expect(internal.connections()).toBe(0);
      } finally {
        connect.mockRestore();
      }
    }
  });
});

describe('redirect limits and bookkeeping', () => {
  it('follows five redirects and reports them', async () => {
    const result = await safeFetch(`http://fixture.test:${fixture.port}/hop/5`, options);
    expect(result.finalUrl).toBe(`http://fixture.test:${fixture.port}/hop/0`);
    expect(result.redirects).toEqual([5, 4, 3, 2, 1].map((n) => `http://fixture.test:${fixture.port}/hop/${n}`));
    expect(result.body.toString()).toBe('<p>/hop/0</p>');
  });

  it('refuses a sixth redirect', async () => {
    const before = fixture.connections();
    await expect(safeFetch(`http://fixture.test:${fixture.port}/hop/6`, options)).rejects.toMatchObject({
      code: 'too_many_redirects',
      message: 'The page redirected more than 5 times.',
    });
    expect(fixture.connections() - before).toBe(6);
  });

  it('stops a redirect loop', async () => {
    await expect(safeFetch(`http://fixture.test:${fixture.port}/loop`, options)).rejects.toMatchObject({
      code: 'too_many_redirects',
    });
  });

  it('honours a lower maxRedirects', async () => {
    await expect(
      safeFetch(`http://fixture.test:${fixture.port}/hop/2`, { ...options, maxRedirects: 1 }),
    ).rejects.toMatchObject({ code: 'too_many_redirects' });
  });

  it('rejects a redirect without a Location header', async () => {
    await expect(safeFetch(`http://fixture.test:${fixture.port}/no-location`, options)).rejects.toMatchObject({
      code: 'http_error',
    });
  });

  it('rejects a redirect to an unparseable URL', async () => {
    await expect(safeFetch(`http://fixture.test:${fixture.port}/bad-location`, options)).rejects.toMatchObject({
      code: 'invalid_url',
    });
  });

  it('resolves relative and protocol-relative locations against the current URL', async () => {
    const relative = await safeFetch(start('../landing?x=1'), options);
    expect(relative.finalUrl).toBe(`http://fixture.test:${fixture.port}/landing?x=1`);
    const schemeless = await safeFetch(start(`//fixture.test:${fixture.port}/other`), options);
    expect(schemeless.finalUrl).toBe(`http://fixture.test:${fixture.port}/other`);
  });
});
