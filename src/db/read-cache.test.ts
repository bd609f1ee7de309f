import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachReadCache, cachedRead, keptRow, ReadCache } from './read-cache.ts';

function counting<T>(value: T) {
  const load = async () => {
    load.calls++;
    return value;
  };
  load.calls = 0;
  return load;
}

test('a kept row is served without loading again', async () => {
  const cache = new ReadCache(['customers']);
  const load = counting({ id: 'cus_1', name: 'Ana' });
  assert.deepEqual(await cache.read('customers', 'acct_a', 'cus_1', load), { id: 'cus_1', name: 'Ana' });
  assert.deepEqual(await cache.read('customers', 'acct_a', 'cus_1', load), { id: 'cus_1', name: 'Ana' });
  assert.equal(load.calls, 1);
  const other = counting({ id: 'cus_1', name: 'Bea' });
  assert.deepEqual(await cache.read('customers', 'acct_b', 'cus_1', other), { id: 'cus_1', name: 'Bea' });
  assert.equal(other.calls, 1, 'the same id in another account is another row');
});

test('which statements drop the kept rows', async () => {
  const cases: [string, boolean][] = [
    ['update "customers" set "name" = $1 where "id" = $2', true],
    ['insert into "customers" ("id") values ($1)', true],
    ['delete from customers where id = $1', true],
    ['  UPDATE Customers SET balance = 0', true],
    ['with moved as (update customers set balance = 0 returning id) select * from moved', true],
    ['truncate customers cascade', true],
    ['select * from "customers" where "id" = $1', false],
    ['select * from "customers" where "id" = $1 for update', false],
    ['update "subscriptions" set "status" = $1', false],
    ['insert into "customer_segments" ("id") values ($1)', false],
    ['update "invoices" set "x" = 1 from "customers_archive"', false],
  ];
  for (const [statement, drops] of cases) {
    const cache = new ReadCache(['customers']);
    const load = counting({ id: 'cus_1' });
    await cache.read('customers', 'acct', 'k', load);
    cache.noteStatement(statement);
    await cache.read('customers', 'acct', 'k', load);
    assert.equal(load.calls, drops ? 2 : 1, statement);
  }
});

test('a read that overlaps a write is returned but not kept', async () => {
  const cache = new ReadCache(['customers']);
  let release!: (row: { name: string }) => void;
  const slow = () => new Promise<{ name: string }>((resolve) => (release = resolve));
  const pending = cache.read('customers', 'acct', 'k', slow);
  cache.noteStatement('update customers set name = $1'); // the write ran while the read was in flight
  release({ name: 'old' });
  assert.deepEqual(await pending, { name: 'old' });
  const load = counting({ name: 'new' });
  assert.deepEqual(await cache.read('customers', 'acct', 'k', load), { name: 'new' });
  assert.equal(load.calls, 1);
});

test('a missing row is not kept; kept rows are frozen; a full table starts over', async () => {
  const cache = new ReadCache(['customers'], 2);
  const missing = counting(undefined);
  await cache.read('customers', 'acct', 'gone', missing);
  await cache.read('customers', 'acct', 'gone', missing);
  assert.equal(missing.calls, 2);

  const row = await cache.read('customers', 'acct', 'a', async () => ({ address: { city: 'Porto' }, tags: ['vip'] }));
  assert.throws(() => {
    (row as { address: { city: string } }).address.city = 'Lisboa';
  }, TypeError);
  assert.throws(() => (row as { tags: string[] }).tags.push('x'), TypeError);

  const b = counting({ id: 'b' });
  await cache.read('customers', 'acct', 'b', b);
  await cache.read('customers', 'acct', 'c', counting({ id: 'c' })); // third row: the table was full, so it starts over
  await cache.read('customers', 'acct', 'b', b);
  assert.equal(b.calls, 2);
});

test('cachedRead goes to the database for a handle without a cache (PostgreSQL, a transaction)', async () => {
  const root = {};
  const transaction = {};
  attachReadCache(root, new ReadCache(['customers']));
  const load = counting({ id: 'cus_1' });
  await cachedRead(root, 'customers', 'acct', 'k', load);
  await cachedRead(root, 'customers', 'acct', 'k', load);
  assert.equal(load.calls, 1);
  await cachedRead(transaction, 'customers', 'acct', 'k', load);
  await cachedRead(transaction, 'customers', 'acct', 'k', load);
  assert.equal(load.calls, 3);
});

test('keptRow only looks: a kept row, else undefined, and never loads', async () => {
  const root = {};
  const cache = new ReadCache(['customers']);
  attachReadCache(root, cache);
  assert.equal(keptRow(root, 'customers', 'acct', 'k'), undefined);
  await cachedRead(root, 'customers', 'acct', 'k', async () => ({ id: 'cus_1' }));
  assert.deepEqual(keptRow(root, 'customers', 'acct', 'k'), { id: 'cus_1' });
  assert.equal(
    keptRow({}, 'customers', 'acct', 'k'),
    undefined,
    'a handle without a cache (PostgreSQL, a transaction)',
  );
  cache.noteStatement('update customers set name = $1');
  assert.equal(keptRow(root, 'customers', 'acct', 'k'), undefined);
});

test('a view is dropped by a write to any table it was read from, and only those', async () => {
  const cases: [string, boolean][] = [
    ['update "lines" set "status" = $1', true],
    ['update "subscriptions" set "status" = $1', true],
    ['insert into "subscription_items" ("id") values ($1)', true],
    ['update "products" set "entitlements" = $1', true],
    ['update "invoice_lines" set "amount" = $1', false],
    ['insert into "stream_sessions" ("id") values ($1)', false],
    ['select * from "lines" where "username" = $1', false],
  ];
  for (const [statement, drops] of cases) {
    const cache = new ReadCache([
      { name: 'line_logins', watches: ['lines', 'subscriptions', 'subscription_items', 'products'] },
    ]);
    const load = counting({ id: 'ana' });
    await cache.read('line_logins', '*', 'ana', load);
    cache.noteStatement(statement);
    await cache.read('line_logins', '*', 'ana', load);
    assert.equal(load.calls, drops ? 2 : 1, statement);
  }
});
