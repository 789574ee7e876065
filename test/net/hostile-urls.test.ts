import { safeFetch, type FetchErrorCode, type SafeFetchOptions } from '../../src/net';
import { fakeResolver, spyOnConnect, startListener, type Listener } from './listeners';

// Every URL below must be refused before any socket is opened. F is the port of a local
// listener standing in for an internal service: it must never see a connection.
type Case = [url: string, code: FetchErrorCode];

const cases = (F: number | string): Case[] => [
  // loopback, spelled every way the URL parser or DNS accepts
  [`http://127.0.0.1:${F}/`, 'blocked_address'],
  [`http://127.0.0.2:${F}/`, 'blocked_address'],
  [`http://2130706433:${F}/`, 'blocked_address'],
  [`http://0x7f000001:${F}/`, 'blocked_address'],
  [`http://0x7f.1:${F}/`, 'blocked_address'],
  [`http://0x7f.0.0.1:${F}/`, 'blocked_address'],
  [`http://127.1:${F}/`, 'blocked_address'],
  [`http://127.0.1:${F}/`, 'blocked_address'],
  [`http://0177.0.0.1:${F}/`, 'blocked_address'],
  [`http://017700000001:${F}/`, 'blocked_address'],
  [`http://127.000.000.001:${F}/`, 'blocked_address'],
  [`http://[::1]:${F}/`, 'blocked_address'],
  [`http://[0:0:0:0:0:0:0:1]:${F}/`, 'blocked_address'],
  [`http://[::ffff:127.0.0.1]:${F}/`, 'blocked_address'],
  [`http://[::ffff:7f00:1]:${F}/`, 'blocked_address'],
  [`http://[0:0:0:0:0:ffff:127.0.0.1]:${F}/`, 'blocked_address'],
  [`http://[64:ff9b::127.0.0.1]:${F}/`, 'blocked_address'],
  [`http://[2002:7f00:1::1]:${F}/`, 'blocked_address'],
  [`http://[::127.0.0.1]:${F}/`, 'blocked_address'],
  [`http://0.0.0.0:${F}/`, 'blocked_address'],
  [`http://0:${F}/`, 'blocked_address'],
  [`http://[::]:${F}/`, 'blocked_address'],
  [`http://loop.test:${F}/`, 'blocked_address'],
  [`http://loop6.test:${F}/`, 'blocked_address'],
  [`http://LOOP.TEST.:${F}/`, 'blocked_address'],
  [`http://127.0.0.1.nip.io:${F}/`, 'blocked_address'],
  [`http://mapped.test:${F}/`, 'blocked_address'],
  [`http://zero.test:${F}/`, 'blocked_address'],
  [`http://127.0.0.1:${F}#@fixture.test/`, 'blocked_address'],
  [`http://127.0.0.1:${F}?@fixture.test/`, 'blocked_address'],
  [`https://127.0.0.1:${F}/`, 'blocked_address'],
  [`http://fixture.test@127.0.0.1:${F}/`, 'blocked_credentials'],
  // cloud metadata
  ['http://169.254.169.254/latest/meta-data/', 'blocked_address'],
  [`http://169.254.169.254:${F}/`, 'blocked_address'],
  ['http://2852039166/', 'blocked_address'],
  ['http://[::ffff:169.254.169.254]/', 'blocked_address'],
  ['http://[fd00:ec2::254]/', 'blocked_address'],
  ['http://100.100.100.200/', 'blocked_address'],
  ['http://metadata.google.internal/computeMetadata/v1/', 'blocked_address'],
  ['http://METADATA.google.internal./', 'blocked_address'],
  ['http://metadata/', 'blocked_address'],
  ['http://meta.test/', 'blocked_address'],
  // private, link-local, CGNAT, multicast, broadcast, reserved
  ['http://10.0.0.1/', 'blocked_address'],
  ['http://10.255.255.255/', 'blocked_address'],
  ['http://172.16.0.1/', 'blocked_address'],
  ['http://172.31.255.254/', 'blocked_address'],
  ['http://192.168.0.1/', 'blocked_address'],
  [`http://192.168.1.1:${F}/`, 'blocked_address'],
  ['http://100.64.0.1/', 'blocked_address'],
  ['http://169.254.1.1/', 'blocked_address'],
  ['http://224.0.0.1/', 'blocked_address'],
  ['http://255.255.255.255/', 'blocked_address'],
  ['http://240.0.0.1/', 'blocked_address'],
  ['http://[fe80::1]/', 'blocked_address'],
  ['http://[fc00::1]/', 'blocked_address'],
  ['http://[fd12:3456:789a::1]/', 'blocked_address'],
  ['http://[ff02::1]/', 'blocked_address'],
  ['http://[2001:db8::1]/', 'blocked_address'],
  ['http://[64:ff9b::a00:1]/', 'blocked_address'],
  ['http://[64:ff9b:1::a00:1]/', 'blocked_address'],
  ['http://[2002:c0a8:101::]/', 'blocked_address'],
  ['http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/', 'blocked_address'], // Teredo client 10.0.0.1
  ['http://private.test/', 'blocked_address'],
  ['http://cgnat.test/', 'blocked_address'],
  ['http://nat64.test/', 'blocked_address'],
  ['http://192.168.1.1.nip.io/', 'blocked_address'],
  ['http://garbage.test/', 'blocked_address'],
  // one bad address among good ones refuses the host
  ['http://mixed.test/', 'blocked_address'],
  ['http://mixed-rev.test/', 'blocked_address'],
  ['http://mixed6.test/', 'blocked_address'],
  // schemes
  ['file:///etc/passwd', 'blocked_scheme'],
  ['ftp://fixture.test/', 'blocked_scheme'],
  [`gopher://127.0.0.1:${F}/_GET`, 'blocked_scheme'],
  ['dict://127.0.0.1:11211/stat', 'blocked_scheme'],
  ['data:text/html,<p>hi</p>', 'blocked_scheme'],
  ['javascript:alert(1)', 'blocked_scheme'],
  ['ws://fixture.test/', 'blocked_scheme'],
  ['jar:http://fixture.test/x.jar!/', 'blocked_scheme'],
  // credentials, even for an allowlisted host
  ['http://user:pass@fixture.test/', 'blocked_credentials'],
  ['http://user@example.test/', 'blocked_credentials'],
  // ports (refused before any DNS query)
  ['http://example.test:22/', 'blocked_port'],
  ['http://example.test:6379/', 'blocked_port'],
  ['http://example.test:8080/', 'blocked_port'],
  ['https://example.test:25/', 'blocked_port'],
  // malformed
  ['not a url', 'invalid_url'],
  ['http://', 'invalid_url'],
  ['http://[::1', 'invalid_url'],
  [`http://${'a'.repeat(5000)}.test/`, 'invalid_url'],
  ['http://nxdomain.test/', 'dns_failed'],
];

const resolver = fakeResolver({
  'fixture.test': ['127.0.0.1'],
  'loop.test': ['127.0.0.1'],
  'loop6.test': ['::1'],
  '127.0.0.1.nip.io': ['127.0.0.1'],
  '192.168.1.1.nip.io': ['192.168.1.1'],
  'mapped.test': ['::ffff:127.0.0.1'],
  'zero.test': ['0.0.0.0'],
  'meta.test': ['169.254.169.254'],
  'private.test': ['192.168.1.10'],
  'cgnat.test': ['100.64.1.1'],
  'nat64.test': ['64:ff9b::a00:1'],
  'garbage.test': ['not-an-ip'],
  'mixed.test': ['93.184.216.34', '10.0.0.5'],
  'mixed-rev.test': ['10.0.0.5', '93.184.216.34'],
  'mixed6.test': ['2606:2800:220:1:248:1893:25c8:1946', 'fe80::1'],
});

let internal: Listener;
let fixture: Listener;
let options: SafeFetchOptions;

beforeAll(async () => {
  internal = await startListener((_req, res) => res.end('internal secret'));
  fixture = await startListener((_req, res) => res.setHeader('content-type', 'text/html').end('<p>ok</p>'));
  // The internal port is allowed as a port so that the ADDRESS check is what refuses.
  options = { allowedHosts: ['fixture.test'], allowedPorts: [80, 443, internal.port], resolve: resolver, timeoutMs: 2000 };
});

afterAll(async () => {
  await internal.close();
  await fixture.close();
});

describe('hostile URLs are refused before any connection', () => {
  const labels = cases('F').map(([url, code], i) => [i, url.slice(0, 80), code] as const);
  const count = labels.length;

  it(`has a corpus of at least 60 cases (${count})`, () => {
    expect(count).toBeGreaterThanOrEqual(60);
  });

  it.each(labels)('#%i %s → %s', async (i) => {
    const [url, code] = cases(internal.port)[i];
    const connect = spyOnConnect();
    try {
      const error = await safeFetch(url, options).then(
        () => null,
        (err: unknown) => err,
      );
      expect(error).toMatchObject({ code });
      expect((error as Error).message.length).toBeGreaterThan(10);
      expect(connect).not.toHaveBeenCalled();
      expect(internal.connections()).toBe(0);
    } finally {
      connect.mockRestore();
    }
  });

  it('asks no DNS server about hosts on a forbidden port', async () => {
    resolver.calls.length = 0;
    await expect(safeFetch('http://example.test:6379/', options)).rejects.toMatchObject({ code: 'blocked_port' });
    expect(resolver.calls).toEqual([]);
  });

  it('the connection spy does see a real fetch (control case)', async () => {
    const connect = spyOnConnect();
    try {
      const result = await safeFetch(`http://fixture.test:${fixture.port}/page`, options);
      expect(result.body.toString()).toBe('<p>ok</p>');
      expect(connect).toHaveBeenCalledTimes(1);
      expect(fixture.connections()).toBe(1);
    } finally {
      connect.mockRestore();
    }
  });
});
