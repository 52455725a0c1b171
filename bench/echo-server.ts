import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/**
 * The bench's yardstick: a trivial Hono app on the same HTTP stack as the product, answering
 * POST /api/ask with the body it was sent. Requests per second against it, measured by the same
 * load generator in the same run, is what the product's own figures are divided by.
 */
const app = new Hono();
app.post('/api/ask', async (c) => c.json({ echo: await c.req.json() }));
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' }, (info) => {
  console.log(`http://${info.address}:${info.port}/`);
});
