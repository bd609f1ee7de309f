import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AddressLimiter, addressKey } from './address-limiter.ts';

test('addresses are limited per IPv4 address and per IPv6 /64; mapped IPv4 is IPv4', () => {
  const cases: [string, string][] = [
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:aaaa::1', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8:1:3::1', '2001:db8:1:3::/64'],
    ['not-an-ip', 'not-an-ip'],
  ];
  for (const [address, key] of cases) assert.equal(addressKey(address), key, address);
});

test('a window allows max hits, refuses the next with the seconds left, and starts afresh when it ends', () => {
  const limiter = new AddressLimiter({ max: 3, windowMs: 60_000, maxAddresses: 100 });
  // [wall ms, address, what hit() answers, then what retryAfter() answers]
  const steps: [number, string, number, number][] = [
    [0, '198.51.100.1', 0, 0],
    [1_000, '198.51.100.1', 0, 0],
    [2_000, '198.51.100.1', 0, 58],
    [2_000, '198.51.100.2', 0, 0], // another address has its own window
    [30_500, '198.51.100.1', 30, 30], // over the limit: 29.5 s left, rounded up
    [59_999, '198.51.100.1', 1, 1],
    [60_000, '198.51.100.1', 0, 0], // the window ended: a new one
    [60_000, '2001:db8::1', 0, 0],
    [60_001, '2001:db8::2', 0, 0],
    [60_002, '2001:db8::3', 0, 60], // same /64: the third hit fills the window
    [60_003, '2001:db8::4', 60, 60],
  ];
  for (const [now, address, hit, after] of steps) {
    assert.equal(limiter.hit(address, now), hit, `hit ${address} at ${now}`);
    assert.equal(limiter.retryAfter(address, now), after, `retryAfter ${address} at ${now}`);
  }
});

test('memory is bounded: expired windows are swept, then the oldest forgotten', () => {
  const limiter = new AddressLimiter({ max: 1, windowMs: 1_000, maxAddresses: 10 });
  for (let i = 0; i < 10; i++) limiter.hit(`192.0.2.${i}`, 0);
  assert.equal(limiter.size, 10);
  limiter.hit('192.0.2.100', 500); // full, nothing expired: the oldest tenth (one) goes
  assert.equal(limiter.size, 10);
  assert.equal(limiter.retryAfter('192.0.2.0', 500), 0, 'the oldest was forgotten');
  limiter.hit('192.0.2.0', 500);
  assert.equal(limiter.retryAfter('192.0.2.2', 500), 1, 'younger windows are kept');
  limiter.hit('192.0.2.200', 1_000); // the first ten expired at 1 000: swept
  assert.ok(limiter.size <= 3, `swept to ${limiter.size}`);
  for (let i = 0; i < 10_000; i++) limiter.hit(`10.0.${i >> 8}.${i & 255}`, 2_000);
  assert.ok(limiter.size <= 10);
});
