import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type InvoiceAction, type InvoiceStatus, invoiceTransition } from './invoice-status.ts';

const STATUSES: InvoiceStatus[] = ['draft', 'open', 'paid', 'void', 'uncollectible'];

// Expected outcome of every action from every status: the target status, or the refusing error code.
const TABLE: Record<InvoiceAction, Record<InvoiceStatus, string>> = {
  finalize: {
    draft: 'open',
    open: 'invoice_not_draft',
    paid: 'invoice_not_draft',
    void: 'invoice_not_draft',
    uncollectible: 'invoice_not_draft',
  },
  finalize_settled: {
    draft: 'paid',
    open: 'invoice_not_draft',
    paid: 'invoice_not_draft',
    void: 'invoice_not_draft',
    uncollectible: 'invoice_not_draft',
  },
  pay: {
    draft: 'invoice_not_open',
    open: 'paid',
    paid: 'invoice_not_open',
    void: 'invoice_not_open',
    uncollectible: 'invoice_not_open',
  },
  mark_uncollectible: {
    draft: 'invoice_not_open',
    open: 'uncollectible',
    paid: 'invoice_not_open',
    void: 'invoice_not_open',
    uncollectible: 'invoice_not_open',
  },
  void: {
    draft: 'invoice_not_voidable',
    open: 'void',
    paid: 'invoice_not_voidable',
    void: 'invoice_not_voidable',
    uncollectible: 'void',
  },
  set_aside_void: {
    draft: 'void',
    open: 'invoice_not_draft',
    paid: 'invoice_not_draft',
    void: 'invoice_not_draft',
    uncollectible: 'invoice_not_draft',
  },
  set_aside_uncollectible: {
    draft: 'uncollectible',
    open: 'invoice_not_draft',
    paid: 'invoice_not_draft',
    void: 'invoice_not_draft',
    uncollectible: 'invoice_not_draft',
  },
};

for (const [action, row] of Object.entries(TABLE) as [InvoiceAction, Record<InvoiceStatus, string>][]) {
  for (const from of STATUSES) {
    test(`${action} from ${from} → ${row[from]}`, () => {
      const t = invoiceTransition(from, action);
      assert.equal(t.ok ? t.to : t.refusal, row[from]);
    });
  }
}

test('paid and void are final: no action leaves them', () => {
  for (const from of ['paid', 'void'] as const)
    for (const action of Object.keys(TABLE) as InvoiceAction[]) assert.equal(invoiceTransition(from, action).ok, false);
});
