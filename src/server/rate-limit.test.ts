import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddressResolver, normaliseAddress } from './client-address.js';
import { rateLimit } from './rate-limit.js';

describe('rate limiter table', () => {
  it('holds at most maxClients windows, keys cut short, ended windows swept by its timer', async () => {
    let now = 1_000_000;
    const limiter = rateLimit({ perMinute: 2, maxClients: 100, now: () => now, sweepEveryMs: 20, clientKey: (c) => c.req.header('x-client') ?? '' });
    const app = new Hono();
    app.use('*', limiter);
    app.get('*', (c) => c.text('ok'));
    app.onError((error) => new Response(null, { status: (error as { status?: number }).status ?? 500 }));
    for (let i = 0; i < 5000; i++) await app.request('/', { headers: { 'x-client': `${i}-${'k'.repeat(5000)}` } });
    expect(limiter.size).toBe(100);
    // Keys are cut: two clients whose keys differ only past the cut share a window.
    const long = 'z'.repeat(64);
    expect((await app.request('/', { headers: { 'x-client': `${long}a` } })).status).toBe(200);
    expect((await app.request('/', { headers: { 'x-client': `${long}b` } })).status).toBe(200);
    expect((await app.request('/', { headers: { 'x-client': `${long}c` } })).status).toBe(429);
    now += 61_000;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(limiter.size).toBe(0);
    limiter.close();
  });
});

describe('client address (proxy-addr semantics)', () => {
  it('takes the right-most address not in the trusted list; left of it, what the client wrote is ignored', () => {
    const viaLoopbackProxy = clientAddressResolver({ ranges: ['loopback', '10.0.0.0/8'] });
    expect(viaLoopbackProxy('127.0.0.1', '6.6.6.6, 203.0.113.9, 10.1.2.3')).toBe('203.0.113.9');
    expect(viaLoopbackProxy('198.51.100.1', '6.6.6.6')).toBe('198.51.100.1'); // not from a trusted proxy: the header is ignored
    expect(viaLoopbackProxy('::ffff:127.0.0.1', '203.0.113.9')).toBe('203.0.113.9');
    expect(viaLoopbackProxy('127.0.0.1', 'garbage, 203.0.113.9')).toBe('203.0.113.9');
    expect(viaLoopbackProxy('127.0.0.1', '10.0.0.1, garbage')).toBe('127.0.0.1');
    const oneHop = clientAddressResolver({ hops: 1 });
    expect(oneHop('192.0.2.1', '1.1.1.1, 2.2.2.2')).toBe('2.2.2.2');
    expect(clientAddressResolver({ hops: 0 })('192.0.2.1', '1.1.1.1')).toBe('192.0.2.1');
  });
  it('groups IPv6 by /64 and spells addresses one way', () => {
    const resolve = clientAddressResolver({ hops: 1 });
    expect(resolve('127.0.0.1', '2001:db8:aa:bb::1')).toBe('2001:db8:aa:bb::/64');
    expect(resolve('127.0.0.1', '[2001:0db8:00aa:00bb:ffff::9]:443')).toBe('2001:db8:aa:bb::/64');
    expect(resolve('127.0.0.1', '2001:db8:aa:bc::1')).toBe('2001:db8:aa:bc::/64');
    expect(normaliseAddress('203.0.113.9:8080')).toBe('203.0.113.9');
    expect(normaliseAddress('x'.repeat(100))).toBeUndefined();
  });
});
