import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { publicOnlyDispatcher, publicOnlyLookup } from './destination.ts';
import { sendSigned } from './send.ts';

test('the socket lookup refuses a name when any of its answers is special-use', async () => {
  const cases: [LookupAddress[], string | null][] = [
    [[{ address: '8.8.8.8', family: 4 }], null],
    [
      [
        { address: '2606:4700::1111', family: 6 },
        { address: '1.1.1.1', family: 4 },
      ],
      null,
    ],
    [
      [
        { address: '8.8.8.8', family: 4 },
        { address: '10.0.0.7', family: 4 },
      ],
      'private',
    ],
    [[{ address: '127.0.0.1', family: 4 }], 'loopback'],
    [[{ address: '::ffff:169.254.169.254', family: 6 }], 'linkLocal'],
  ];
  for (const [answers, refused] of cases) {
    const lookup = publicOnlyLookup((_host, _options, done) => done(null, answers));
    for (const all of [true, false]) {
      const result = await new Promise<{ error: Error | null; address: unknown }>((resolve) =>
        lookup('hooks.example', { all }, (error, address) => resolve({ error, address })),
      );
      if (refused) assert.match(String(result.error?.message), new RegExp(`a ${refused} address`), String(all));
      else assert.deepEqual(result.address, all ? answers : answers[0]!.address);
    }
  }
});

test('a delivery through the public-only agent to a name resolving to loopback is refused before connecting', async () => {
  let requests = 0;
  const server = createServer((_req, res) => {
    requests++;
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  try {
    const target = {
      url: `http://localhost:${port}/hooks`,
      secret: `whsec_${'A'.repeat(32)}`,
      previousSecret: null,
      previousSecretExpiresAt: null,
    };
    const message = { id: 'evt_1', body: '{}' };
    const at = Temporal.Instant.from('2026-01-01T00:00:00Z');
    const refused = await sendSigned(target, message, at, { timeoutMs: 2000, dispatcher: publicOnlyDispatcher });
    assert.equal(refused.succeeded, false);
    assert.match(String(refused.error), /Refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    assert.equal(requests, 0);
    const allowed = await sendSigned(target, message, at, { timeoutMs: 2000 });
    assert.deepEqual([allowed.succeeded, requests], [true, 1], 'without the agent the same URL is reached');
  } finally {
    server.close();
  }
});
