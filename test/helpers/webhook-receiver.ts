import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export type Received = {
  headers: Record<string, string>;
  body: string;
  event: { id: string; type: string; data: { object: Record<string, unknown> } };
  /** When it arrived, by the clock the receiver was given. */
  at: number;
};

/** Answers one request with a status; a promise that stays pending keeps the request hanging. */
export type Responder = (request: Received, count: number) => number | Promise<number>;

export type Receiver = {
  url: string;
  received: Received[];
  respond: Responder;
  /** Event ids in the order requests arrived (retries repeat an id). */
  eventIds(): string[];
  close(): Promise<void>;
};

/** A real HTTP webhook receiver on a free local port, recording every request it gets and when (by `now`). */
export async function startReceiver(respond: Responder, now: () => number): Promise<Receiver> {
  const receiver: Receiver = {
    url: '',
    received: [],
    respond,
    eventIds: () => receiver.received.map((r) => r.event.id),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString();
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
    const request = { headers, body, event: JSON.parse(body), at: now() };
    receiver.received.push(request);
    const status = await receiver.respond(request, receiver.received.length);
    res.writeHead(status, { 'content-type': 'text/plain' }).end(`answered ${status}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return receiver;
}

/**
 * Verifies a request with the standardwebhooks library as a receiver would at `atMs`. The library checks the
 * timestamp against Date.now(); the tests' receiver lives in the FakeClock's time, so that is what it sees.
 */
export function verifyAt(secret: string, request: Pick<Received, 'headers' | 'body'>, atMs: number): any {
  const realNow = Date.now;
  Date.now = () => atMs;
  try {
    return new Webhook(secret).verify(request.body, request.headers);
  } finally {
    Date.now = realNow;
  }
}

/** Resolves once `check` holds, polling; fails after `ms`. */
export async function eventually(check: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
