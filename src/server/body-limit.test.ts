import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bodyLimit } from './body-limit.js';

/** Sends a POST over loopback, with a Content-Length or chunked (written in two pieces). */
function post(port: number, body: string, chunked: boolean): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'text/plain' };
    if (!chunked) headers['content-length'] = String(Buffer.byteLength(body));
    const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/echo', headers }, (response) => {
      let text = '';
      response.on('data', (data) => (text += data));
      response.on('end', () => resolve({ status: response.statusCode!, text }));
    });
    request.on('error', reject);
    const half = Math.floor(body.length / 2);
    request.write(body.slice(0, half));
    request.end(body.slice(half));
  });
}

describe('body limit', () => {
  let server: ServerType;
  let port: number;
  beforeAll(async () => {
    const app = new Hono();
    app.use('*', bodyLimit({ maxSize: 1000, onError: (c) => c.text('too large', 413) }));
    app.post('/echo', async (c) => c.text(`${(await c.req.text()).length}`));
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('judges a body with a Content-Length by it and reads it without a web stream', async () => {
    const toWeb = vi.spyOn(Readable, 'toWeb');
    try {
      expect(await post(port, 'x'.repeat(999), false)).toEqual({ status: 200, text: '999' });
      expect(await post(port, 'x'.repeat(1001), false)).toMatchObject({ status: 413 });
      expect(toWeb).not.toHaveBeenCalled();
    } finally {
      toWeb.mockRestore();
    }
  });

  it('counts a chunked body (no length) as it arrives', async () => {
    expect(await post(port, 'y'.repeat(999), true)).toEqual({ status: 200, text: '999' });
    expect(await post(port, 'y'.repeat(5000), true)).toMatchObject({ status: 413 });
  });
});
