import { describe, expect, it } from 'vitest';
import { loadSettings, parseTrustProxy } from './config.js';

describe('server settings (issue 13)', () => {
  it('reads connection limits, drain deadline and model bounds from the environment, with named defaults', () => {
    const defaults = loadSettings({}, {});
    expect(defaults.connections).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxConnections: 1_000 });
    expect(defaults.shutdownTimeoutMs).toBe(10_000);
    expect(defaults.trustProxy).toEqual({ hops: 0 });
    const set = loadSettings({}, { MAX_CONNECTIONS: '50', HEADERS_TIMEOUT_MS: '2000', SHUTDOWN_TIMEOUT_MS: '0', LLM_BASE_URL: 'http://127.0.0.1:1/v1', LLM_MODEL: 'm', LLM_TIMEOUT_MS: '900' });
    expect(set.connections.maxConnections).toBe(50);
    expect(set.connections.headersTimeoutMs).toBe(2000);
    expect(set.shutdownTimeoutMs).toBe(0);
    expect(set.llm).toMatchObject({ timeoutMs: 900, maxReplyChars: 4000 });
  });
  it('refuses limits that cannot hold', () => {
    expect(() => loadSettings({}, { MAX_CONNECTIONS: '0' })).toThrow(/MAX_CONNECTIONS/);
    expect(() => loadSettings({}, { HEADERS_TIMEOUT_MS: '60000' })).toThrow(/REQUEST_TIMEOUT_MS/);
  });
  it('TRUST_PROXY: off, a hop count, or addresses, ranges and names', () => {
    expect(parseTrustProxy('0')).toEqual({ hops: 0 });
    expect(parseTrustProxy('1')).toEqual({ hops: 1 });
    expect(parseTrustProxy('loopback, 10.0.0.0/8, 2001:db8::/32')).toEqual({ ranges: ['loopback', '10.0.0.0/8', '2001:db8::/32'] });
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy('proxy.example.com')).toThrow(/TRUST_PROXY/);
  });
});
