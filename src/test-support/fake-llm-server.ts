import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An OpenAI-compatible chat-completions server on loopback that plays back recorded replies in
 * order, streamed (SSE chunks) or whole, and records every request it was sent.
 */
export interface FakeLlm {
  baseUrl: string;
  requests: Array<{ stream: boolean; messages: Array<{ role: string; content: string }> }>;
  /** Replies still to play; push more between tests. */
  replies: string[];
  close: () => Promise<void>;
}

export async function startFakeLlm(replies: string[] = []): Promise<FakeLlm> {
  const requests: FakeLlm['requests'] = [];
  const queue = [...replies];
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (data) => (raw += data));
    request.on('end', () => {
      if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw) as { model: string; stream?: boolean; messages: Array<{ role: string; content: string }> };
      requests.push({ stream: Boolean(body.stream), messages: body.messages });
      const reply = queue.shift() ?? 'NOT_IN_DOCUMENTS';
      const base = { id: `chatcmpl-${requests.length}`, created: 1_700_000_000, model: body.model };
      if (!body.stream) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ ...base, object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: reply }, finish_reason: 'stop' }], usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 } }));
        return;
      }
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      // Replay the reply in small pieces, as a model streams tokens.
      for (const piece of reply.match(/.{1,6}/gsu) ?? []) {
        response.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`);
      }
      response.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
      response.end('data: [DONE]\n\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    replies: queue,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
