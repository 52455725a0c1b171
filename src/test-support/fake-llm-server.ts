import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An OpenAI-compatible chat-completions server on loopback that plays back recorded replies in
 * order, streamed (SSE chunks) or whole, and records every request it was sent.
 *
 * A reply is its text, or how to misbehave: answer an error status with a body, stream slowly
 * (`pieceDelayMs` between pieces), repeat the text `repeat` times (an endless reply), or never answer.
 */
export type FakeReply = string | { text?: string; status?: number; body?: string; pieceDelayMs?: number; repeat?: number; hang?: boolean };

export interface FakeLlm {
  baseUrl: string;
  requests: Array<{ stream: boolean; messages: Array<{ role: string; content: string }> }>;
  /** Replies still to play; push more between tests. */
  replies: FakeReply[];
  /** Requests whose connection the caller closed before the reply was finished (aborted upstream). */
  readonly abandoned: number;
  close: () => Promise<void>;
}

export async function startFakeLlm(replies: FakeReply[] = []): Promise<FakeLlm> {
  const requests: FakeLlm['requests'] = [];
  const queue = [...replies];
  let abandoned = 0;
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (data) => (raw += data));
    request.on('end', async () => {
      if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw) as { model: string; stream?: boolean; messages: Array<{ role: string; content: string }> };
      requests.push({ stream: Boolean(body.stream), messages: body.messages });
      const next = queue.shift() ?? 'NOT_IN_DOCUMENTS';
      const reply = typeof next === 'string' ? { text: next } : next;
      let finished = false;
      response.on('close', () => {
        if (!finished) abandoned++;
      });
      if (reply.hang) return;
      if (reply.status && reply.status >= 400) {
        finished = true;
        response.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body ?? '{}');
        return;
      }
      const text = (reply.text ?? '').repeat(reply.repeat ?? 1);
      const base = { id: `chatcmpl-${requests.length}`, created: 1_700_000_000, model: body.model };
      if (!body.stream) {
        if (reply.pieceDelayMs) await new Promise((resolve) => setTimeout(resolve, reply.pieceDelayMs! * 10));
        finished = true;
        if (response.destroyed) return;
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ ...base, object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }], usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 } }));
        return;
      }
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      // Replay the reply in small pieces, as a model streams tokens.
      for (const piece of text.match(/.{1,6}/gsu) ?? []) {
        if (response.destroyed) return;
        response.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`);
        if (reply.pieceDelayMs) await new Promise((resolve) => setTimeout(resolve, reply.pieceDelayMs));
      }
      finished = true;
      if (response.destroyed) return;
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
    get abandoned() {
      return abandoned;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
