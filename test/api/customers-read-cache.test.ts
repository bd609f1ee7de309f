import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { getCustomer } from '../../src/modules/customers/index.ts';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

// On PGlite, GET /v1/customers/:id is served from an in-memory cache (src/db/read-cache.ts). Every write path
// must show in the very next read; on PostgreSQL, where the cache is off, the same test holds trivially.
let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

async function newCustomer(name: string): Promise<string> {
  const created = await h.call('POST', '/v1/customers', { body: { name, email: `${name}@example.com` } });
  assert.equal(created.statusCode, 200);
  return created.json().id;
}

const read = async (id: string) => (await h.call('GET', `/v1/customers/${id}`)).json();

test('every write shows in the next read: API update, balance ledger, raw SQL, delete', async () => {
  const id = await newCustomer('ana');
  assert.equal((await read(id)).name, 'ana'); // now kept, on PGlite

  await h.call('POST', `/v1/customers/${id}`, { body: { name: 'Ana Souza' } });
  assert.equal((await read(id)).name, 'Ana Souza');

  const adjusted = await h.call('POST', `/v1/customers/${id}/balance_transactions`, {
    body: { amount: -500, currency: 'usd' },
  });
  assert.equal(adjusted.statusCode, 200);
  assert.equal((await read(id)).balance, -500);

  await h.ctx.db.execute(sql`update customers set description = 'set by hand' where id = ${id}`);
  assert.equal((await read(id)).description, 'set by hand');

  await h.call('DELETE', `/v1/customers/${id}`);
  problem(await h.call('GET', `/v1/customers/${id}`), 404, 'resource_missing');
});

test('a rolled-back transaction leaves no trace, even after a read inside it', async () => {
  const id = await newCustomer('bea');
  await read(id);
  await assert.rejects(
    h.ctx.db.transaction(async (tx) => {
      await tx.execute(sql`update customers set name = 'never committed' where id = ${id}`);
      const inside = await getCustomer({ ...h.ctx, db: tx }, h.accountId, id);
      assert.equal(inside.name, 'never committed'); // the transaction sees its own write
      throw new Error('roll back');
    }),
    /roll back/,
  );
  assert.equal((await read(id)).name, 'bea');
});

test('on PGlite the read is served from memory; on PostgreSQL it always goes to the database', async () => {
  const id = await newCustomer('caio');
  await read(id);
  // A write that bypasses Drizzle (the driver's own client) is the one thing the cache cannot see: that is why
  // all of Tenure's SQL goes through Drizzle. Here it shows whether the second read reached the database.
  const client = (h.ctx.db as unknown as { $client: { query(text: string, params: unknown[]): Promise<unknown> } })
    .$client;
  await client.query('update customers set name = $1 where id = $2', ['changed behind the ORM', id]);
  assert.equal((await read(id)).name, h.ctx.engine === 'pglite' ? 'caio' : 'changed behind the ORM');
});

test('a kept customer is sent as the same bytes, with the same headers, as a freshly read one', async () => {
  const id = await newCustomer('dani');
  await h.call('POST', `/v1/customers/${id}`, { body: { metadata: { plan: 'gold' }, address: { country: 'PT' } } });
  const first = await h.call('GET', `/v1/customers/${id}`); // read from the database, serialized for this reply
  const second = await h.call('GET', `/v1/customers/${id}`); // on PGlite: kept, its body serialized once
  const third = await h.call('GET', `/v1/customers/${id}`);
  for (const reply of [second, third]) {
    assert.equal(reply.statusCode, 200);
    assert.equal(reply.body, first.body);
    assert.equal(reply.headers['content-type'], first.headers['content-type']);
    assert.equal(reply.headers['content-length'], first.headers['content-length']);
  }
  assert.equal(first.headers['content-type'], 'application/json; charset=utf-8');
  assert.equal(first.json().metadata.plan, 'gold');
  // expand[] is answered by the general path, never from a kept body.
  const expanded = await h.call('GET', `/v1/customers/${id}?expand[]=test_clock`);
  assert.equal(expanded.statusCode, 200);
  assert.deepEqual(expanded.json(), first.json());
});
