import type { LookupAddress } from 'node:dns';
import type net from 'node:net';
import { checkTarget, safeFetch } from '../../src/net';
import { pinnedLookup } from '../../src/net/resolve-target';
import { fakeResolver, spyOnConnect, startListener, type Listener } from './listeners';

let internal: Listener;
beforeAll(async () => {
  internal = await startListener((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>internal</p>'));
});
afterAll(() => internal.close());

/** Calls a socket's lookup the way net.connect would, to see where it would really go. */
function whereWouldItConnect(options: net.TcpNetConnectOpts): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const lookup = options.lookup as net.LookupFunction;
    lookup(String(options.host), { all: true }, (err, addresses) =>
      err ? reject(err) : resolve((addresses as LookupAddress[]).map((a) => a.address)),
    );
  });
}

describe('names resolved by the system resolver', () => {
  it('refuses localhost after looking it up, without connecting', async () => {
    const connect = spyOnConnect();
    try {
      await expect(
        safeFetch(`http://localhost:${internal.port}/`, { allowedPorts: [internal.port] }),
      ).rejects.toMatchObject({ code: 'blocked_address', message: expect.stringMatching(/^localhost resolves to (127\.0\.0\.1|::1)/) });
      expect(connect).not.toHaveBeenCalled();
      expect(internal.connections()).toBe(0);
    } finally {
      connect.mockRestore();
    }
  });

  it('fails cleanly on a name that does not resolve', async () => {
    await expect(safeFetch('http://does-not-exist.invalid/')).rejects.toMatchObject({ code: 'dns_failed' });
  });
});

describe('DNS answers are checked together and pinned', () => {
  it('checks every address, whichever comes first', async () => {
    for (const answer of [['93.184.216.34', '127.0.0.1'], ['::1', '2606:2800:220:1::1'], ['8.8.8.8', '8.8.4.4', '169.254.169.254']]) {
      const resolve = fakeResolver({ 'multi.test': answer });
      const connect = spyOnConnect();
      try {
        await expect(safeFetch('http://multi.test/', { resolve })).rejects.toMatchObject({ code: 'blocked_address' });
        expect(connect).not.toHaveBeenCalled();
      } finally {
        connect.mockRestore();
      }
    }
  });

  it('connects to the checked address even when DNS rebinds to loopback afterwards', async () => {
    // First answer public, every later answer loopback: a resolver consulted twice would lose.
    let calls = 0;
    const resolve = fakeResolver({ 'rebind.test': () => (calls++ === 0 ? ['93.184.216.34'] : ['127.0.0.1']) });
    const attempts: net.TcpNetConnectOpts[] = [];
    // Nothing may leave this machine: the connect is intercepted and refused in-process.
    const connect = spyOnConnect().mockImplementation(function (this: net.Socket, ...args: unknown[]) {
      // net.createConnection hands connect its normalised [options, callback] pair.
      const first = args[0];
      attempts.push((Array.isArray(first) ? first[0] : first) as net.TcpNetConnectOpts);
      process.nextTick(() => this.destroy(Object.assign(new Error('intercepted'), { code: 'ECONNREFUSED' })));
      return this;
    });
    try {
      await expect(safeFetch('http://rebind.test/', { resolve })).rejects.toMatchObject({ code: 'connect_failed' });
      expect(resolve.calls).toEqual(['rebind.test']);
      expect(attempts).toHaveLength(1);
      expect(attempts[0].host).toBe('rebind.test');
      expect(await whereWouldItConnect(attempts[0])).toEqual(['93.184.216.34']);
      expect(internal.connections()).toBe(0);
    } finally {
      connect.mockRestore();
    }
  });

  it('pins an allowlisted host to its first answer too', async () => {
    let calls = 0;
    const resolve = fakeResolver({ 'fixture.test': () => (calls++ === 0 ? ['127.0.0.1'] : ['10.9.9.9']) });
    const result = await safeFetch(`http://fixture.test:${internal.port}/`, { resolve, allowedHosts: ['fixture.test'] });
    expect(result.body.toString()).toBe('<p>internal</p>');
    expect(resolve.calls).toEqual(['fixture.test']);
  });

  it('pinnedLookup answers with the pinned address whatever name it is asked for', async () => {
    const lookup = pinnedLookup({ address: '93.184.216.34', family: 4 });
    const single = await new Promise<[string, number | undefined]>((resolve) =>
      lookup('anything.test', {}, (_e, address, family) => resolve([address as string, family])),
    );
    expect(single).toEqual(['93.184.216.34', 4]);
    const all = await new Promise((resolve) => lookup('other.test', { all: true }, (_e, addresses) => resolve(addresses)));
    expect(all).toEqual([{ address: '93.184.216.34', family: 4 }]);
  });
});

describe('allowedHosts relaxes exactly the listed hosts', () => {
  const resolve = fakeResolver({ 'fixture.test': ['127.0.0.1'], 'www.fixture.test': ['127.0.0.1'], 'fixture.test.evil': ['127.0.0.1'] });

  it.each(['www.fixture.test', 'fixture.test.evil'])('%s is not relaxed by fixture.test', async (host) => {
    await expect(
      safeFetch(`http://${host}/`, { resolve, allowedHosts: ['fixture.test'] }),
    ).rejects.toMatchObject({ code: 'blocked_address' });
  });

  it('an allowlisted IP matches its other spellings, but not its neighbours', async () => {
    const opts = { allowedHosts: ['127.0.0.1'] };
    expect((await safeFetch(`http://2130706433:${internal.port}/`, opts)).status).toBe(200);
    await expect(safeFetch(`http://127.0.0.2:${internal.port}/`, opts)).rejects.toMatchObject({ code: 'blocked_address' });
    await expect(safeFetch(`http://[::1]:${internal.port}/`, opts)).rejects.toMatchObject({ code: 'blocked_address' });
  });
});

describe('checkTarget: the checks made before connecting, without connecting', () => {
  it('refuses what a fetch would refuse and passes an allowed host, never connecting', async () => {
    const connections = internal.connections();
    const connect = spyOnConnect();
    try {
      await expect(checkTarget(`http://localhost:${internal.port}/`, { allowedPorts: [internal.port] })).rejects.toMatchObject({ code: 'blocked_address' });
      await expect(checkTarget('http://multi.test/', { resolve: fakeResolver({ 'multi.test': ['93.184.216.34', '10.0.0.1'] }) })).rejects.toMatchObject({
        code: 'blocked_address',
        message: 'multi.test resolves to 10.0.0.1, which is not allowed (private IPv4 range).',
      });
      await expect(checkTarget('http://public.test:8443/', { resolve: fakeResolver({ 'public.test': ['93.184.216.34'] }) })).rejects.toMatchObject({ code: 'blocked_port' });
      await expect(checkTarget(`http://127.0.0.1:${internal.port}/`, { allowedHosts: ['127.0.0.1'] })).resolves.toBeUndefined();
      await expect(checkTarget('https://public.test/feed.xml', { resolve: fakeResolver({ 'public.test': ['93.184.216.34'] }) })).resolves.toBeUndefined();
      expect(connect).not.toHaveBeenCalled();
      expect(internal.connections()).toBe(connections);
    } finally {
      connect.mockRestore();
    }
  });

  it('gives up on a name that takes longer than its lookup timeout to resolve', async () => {
    const started = Date.now();
    await expect(checkTarget('http://slow.test/', { resolve: () => new Promise<string[]>(() => {}), lookupTimeoutMs: 200 })).rejects.toMatchObject({
      code: 'timeout',
      message: 'The host slow.test did not resolve within 0.2 s.',
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
