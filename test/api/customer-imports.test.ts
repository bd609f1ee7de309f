import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { customerImportDueWork, LEASE_MS } from '../../src/flows/csv-import/index.ts';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

// CSV import of customers through the API: the dry run lists every problem by spreadsheet row, the run creates the
// valid rows through the worker, a run cut short resumes once its lease lapses, and a second import of the same
// file creates nothing.
let h: Harness;
let monthly: string;
const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

before(async () => {
  h = await startHarness();
  const product = (await h.call('POST', '/v1/products', { body: { name: 'Basic' } })).json().id;
  const body = { product, currency: 'eur', unit_amount: 900, recurring: { interval: 'month' }, lookup_key: 'basic' };
  monthly = (await h.call('POST', '/v1/prices', { body })).json().id;
});
after(() => h.close());

const FILE = [
  'Klantnummer;Naam;E-mail;Land;Plan;Volgende verlenging;metadata.crm',
  `K1;Ana Silva;ana@example.com;br;basic;${inAMonth};77`,
  'K2;Bo de Vries;bo@example.nl;NL;;;',
  'K3;;cy@example.com;PT;;;', // row 4: no name
  'K4;Di;not-an-email;NL;;;', // row 5
  'K5;Ed;ed@example.com;NL;gold;;', // row 6: no such price
  '',
  'K1;Ana again;ana2@example.com;BR;;;', // row 8: K1 twice
  ...Array.from({ length: 8 }, (_, i) => `K${10 + i};Customer ${i};c${i}@example.com;NL;;;`),
].join('\r\n');

async function customerCount(): Promise<number> {
  let count = 0;
  let after = '';
  for (;;) {
    const page = (await h.call('GET', `/v1/customers?limit=100${after}`)).json();
    count += page.data.length;
    if (!page.has_more) return count;
    after = `&starting_after=${page.data.at(-1).id}`;
  }
}

test('a dry run lists every problem by row and column, and creates nothing', async () => {
  const r = await h.call('POST', '/v1/customer_imports', {
    body: { csv: FILE, dry_run: true, filename: 'klanten.csv' },
  });
  assert.equal(r.statusCode, 200, r.body);
  const dry = r.json();
  assert.equal(dry.status, 'ready');
  assert.equal(dry.dedupe_on, 'external_id');
  assert.deepEqual(dry.mapping, {
    Klantnummer: 'external_id',
    Naam: 'name',
    'E-mail': 'email',
    Land: 'address.country',
    Plan: 'price',
    'Volgende verlenging': 'next_renewal',
    'metadata.crm': 'metadata.crm',
  });
  assert.deepEqual(dry.counts, { rows: 14, valid: 10, invalid: 4, processed: 0, created: 0, existing: 0, failed: 0 });
  assert.deepEqual(
    dry.problems.map((p: any) => [p.row, p.column, p.field, p.code]),
    [
      [4, 'Naam', 'name', 'required'],
      [5, 'E-mail', 'email', 'invalid_email'],
      [6, 'Plan', 'price', 'unknown_price'],
      [8, 'Klantnummer', 'external_id', 'duplicate_in_file'],
    ],
  );
  const page1 = (await h.call('GET', `/v1/customer_imports/${dry.id}/problems?limit=3`)).json();
  assert.deepEqual([page1.data.map((p: any) => p.row), page1.has_more], [[4, 5, 6], true]);
  const page2 = (await h.call('GET', `/v1/customer_imports/${dry.id}/problems?limit=3&starting_after=6`)).json();
  assert.deepEqual([page2.data.map((p: any) => p.row), page2.has_more], [[8], false]);
  await h.settle();
  assert.equal((await h.call('GET', `/v1/customer_imports/${dry.id}`)).json().status, 'ready');
  assert.equal(await customerCount(), 0);
});

test('bad requests are problems naming the field', async () => {
  const post = (body: unknown) => h.call('POST', '/v1/customer_imports', { body });
  const cases: [unknown, string, string][] = [
    [
      { csv: 'name,email\nAna,a@example.com', mapping: { name: 'name', email: 'colour' } },
      'parameter_invalid',
      'mapping[email]',
    ],
    [{ csv: 'name,email\nAna,a@example.com', mapping: { nome: 'name' } }, 'parameter_invalid', 'mapping[nome]'],
    [{ csv: 'name,phone\nAna,123456' }, 'parameter_invalid', 'mapping'],
    [{ csv: 'name,email\n"Ana,a@example.com\n' }, 'csv_unreadable', 'csv'],
    [{ csv: 'name,email', colour: 'red' }, 'parameter_unknown', 'colour'],
  ];
  for (const [body, code, param] of cases)
    assert.equal(problem(await post(body), 400, code).param, param, JSON.stringify(body));
  const list = (await h.call('GET', '/v1/customer_imports')).json();
  assert.equal(list.data.length, 1, 'a refused request stores no import');
});

test('a run cut short resumes when its lease lapses; valid rows are created once, with their subscription', async () => {
  const dry = (await h.call('GET', '/v1/customer_imports')).json().data[0];
  const started = (await h.call('POST', `/v1/customer_imports/${dry.id}/run`, { body: {} })).json();
  assert.equal(started.status, 'running');
  problem(await h.call('POST', `/v1/customer_imports/${dry.id}/run`, { body: {} }), 409, 'import_not_ready');
  const work = customerImportDueWork();
  const now = new Date();
  assert.equal(await work.runDue(h.ctx, now, 4), 4);
  const partway = (await h.call('GET', `/v1/customer_imports/${dry.id}`)).json();
  assert.deepEqual([partway.status, partway.counts.processed, partway.counts.created], ['running', 4, 4]);
  // A worker claims the next chunk and dies before creating anything: the import waits out the lease.
  await h.ctx.db.execute(
    sql`update customer_imports set due_at = ${new Date(Date.now() + LEASE_MS)} where id = ${dry.id}`,
  );
  await h.settle();
  assert.equal((await h.call('GET', `/v1/customer_imports/${dry.id}`)).json().counts.processed, 4);
  assert.ok((await work.runDue(h.ctx, new Date(Date.now() + LEASE_MS + 1000), 1000)) > 0);
  const done = (await h.call('GET', `/v1/customer_imports/${dry.id}`)).json();
  assert.equal(done.status, 'succeeded');
  assert.deepEqual(done.counts, {
    rows: 14,
    valid: 10,
    invalid: 4,
    processed: 10,
    created: 10,
    existing: 0,
    failed: 0,
  });
  assert.equal(await customerCount(), 10);
  const ana = (await h.call('GET', '/v1/customers?email=ana@example.com')).json().data[0];
  assert.deepEqual([ana.name, ana.address.country, ana.metadata], ['Ana Silva', 'BR', { crm: '77' }]);
  const subs = (await h.call('GET', `/v1/subscriptions?customer=${ana.id}`)).json().data;
  assert.equal(subs.length, 1);
  assert.equal(subs[0].items.data[0].price.id, monthly);
  assert.equal(subs[0].status, 'active');
  const renews = new Date(`${inAMonth}T00:00:00Z`).getTime() / 1000;
  assert.equal(subs[0].current_period_end, renews, 'the first period ends at the next renewal');
  const invoice = (await h.call('GET', `/v1/invoices/${subs[0].latest_invoice}`)).json();
  assert.equal(invoice.amount_due, 0, 'an existing subscriber is not charged on import');
});

test('importing the same file again creates nothing and reports every valid row as already there', async () => {
  const before = await customerCount();
  const again = (await h.call('POST', '/v1/customer_imports', { body: { csv: FILE } })).json();
  assert.equal(again.status, 'running');
  await h.settle();
  const done = (await h.call('GET', `/v1/customer_imports/${again.id}`)).json();
  assert.deepEqual(done.counts, {
    rows: 14,
    valid: 10,
    invalid: 4,
    processed: 10,
    created: 0,
    existing: 10,
    failed: 0,
  });
  assert.equal(await customerCount(), before);
});

test('keyed by e-mail, a customer made through the API is found, not duplicated', async () => {
  await h.call('POST', '/v1/customers', { body: { name: 'Zoe', email: 'Zoe@Example.com' } });
  const before = await customerCount();
  const csv = 'name,email\nZoe Z,zoe@example.com\nYara,yara@example.com\n';
  const first = (await h.call('POST', '/v1/customer_imports', { body: { csv } })).json();
  assert.equal(first.dedupe_on, 'email');
  await h.settle();
  const done = (await h.call('GET', `/v1/customer_imports/${first.id}`)).json();
  assert.deepEqual([done.counts.created, done.counts.existing], [1, 1]);
  assert.equal(await customerCount(), before + 1);
  const zoe = (await h.call('GET', '/v1/customers?email=zoe@example.com')).json().data;
  assert.deepEqual(
    zoe.map((c: any) => c.name),
    ['Zoe'],
    'an existing customer is left as it is',
  );
});

test('a row that fails at run time leaves nothing behind and is reported with its row', async () => {
  const product = (await h.call('POST', '/v1/products', { body: { name: 'Retiring' } })).json().id;
  const body = { product, currency: 'eur', unit_amount: 500, recurring: { interval: 'month' } };
  const retiring = (await h.call('POST', '/v1/prices', { body })).json().id;
  const csv = `ref,name,plan\nR1,Rui,${retiring}\nR2,Rita,\n`;
  const dry = (await h.call('POST', '/v1/customer_imports', { body: { csv, dry_run: true } })).json();
  assert.deepEqual([dry.counts.valid, dry.counts.invalid], [2, 0]);
  // The price is archived between the check and the run: Rui's subscription can no longer start.
  await h.call('POST', `/v1/prices/${retiring}`, { body: { active: false } });
  const before = await customerCount();
  await h.call('POST', `/v1/customer_imports/${dry.id}/run`, { body: {} });
  await h.settle();
  const done = (await h.call('GET', `/v1/customer_imports/${dry.id}`)).json();
  assert.deepEqual([done.status, done.counts.created, done.counts.failed], ['succeeded', 1, 1]);
  assert.deepEqual(
    done.problems.map((p: any) => [p.row, p.code]),
    [[2, 'not_created']],
  );
  assert.match(done.problems[0].message, /archived/);
  assert.equal(await customerCount(), before + 1, 'Rui was not created without his subscription');
  assert.equal((await h.call('GET', '/v1/customers?name=Rui')).json().data.length, 0);
  assert.equal((await h.call('GET', '/v1/customers?name=Rita')).json().data.length, 1);
});

test('a restricted key with customers.write but not subscriptions.write may import customers, not start subscriptions', async () => {
  const created = await h.call('POST', '/v1/api_keys', {
    body: { name: 'importer', permissions: { customers: 'write' } },
  });
  assert.equal(created.statusCode, 200, created.body);
  const key = created.json().secret as string;
  const withPlans = ['Name,E-mail,Plan', `Rita,rita@example.com,${monthly}`].join('\n');
  const denied = problem(await h.call('POST', '/v1/customer_imports', { key, body: { csv: withPlans } }), 403);
  assert.equal(denied.param, 'subscriptions.write');
  // A dry run only checks; running it is what needs the permission.
  const checked = await h.call('POST', '/v1/customer_imports', { key, body: { csv: withPlans, dry_run: true } });
  assert.equal(checked.statusCode, 200, checked.body);
  const run = await h.call('POST', `/v1/customer_imports/${checked.json().id}/run`, { key });
  assert.equal(problem(run, 403).param, 'subscriptions.write');
  const plain = ['Name,E-mail', 'Sami,sami@example.com'].join('\n');
  assert.equal((await h.call('POST', '/v1/customer_imports', { key, body: { csv: plain } })).statusCode, 200);
});
