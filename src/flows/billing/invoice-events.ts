import type { NewEvent } from '../../events/index.ts';
import { fromDate } from '../../kernel/clock.ts';
import type { NewInvoice } from '../../modules/invoicing/index.ts';
import { presentInvoice } from '../../modules/invoicing/index.ts';

/** invoice.created (as the draft it was), then finalized / paid / voided as it now is. */
export function invoiceEvents(inv: NewInvoice): NewEvent[] {
  return [invoiceCreatedEvent(inv), ...invoiceStateEvents(inv)];
}

/** invoice.created: the draft, without a number (so it can be written before numbers are taken). */
export function invoiceCreatedEvent(inv: NewInvoice): NewEvent {
  const object = { ...presentInvoice(inv.row, inv.lines), status: 'draft', number: null };
  return { type: 'invoice.created', object, at: fromDate(inv.row.created), testClock: inv.row.testClock };
}

/** What happened to the invoice after creation (finalized, paid, voided, written off), as it now is. */
export function invoiceStateEvents(inv: NewInvoice): NewEvent[] {
  const at = fromDate(inv.row.created);
  const testClock = inv.row.testClock;
  const now = presentInvoice(inv.row, inv.lines);
  const events: NewEvent[] = [];
  if (inv.row.finalizedAt) events.push({ type: 'invoice.finalized', object: now, at, testClock });
  if (inv.row.status === 'paid') events.push({ type: 'invoice.paid', object: now, at, testClock });
  if (inv.row.status === 'void') events.push({ type: 'invoice.voided', object: now, at, testClock });
  if (inv.row.status === 'uncollectible')
    events.push({ type: 'invoice.marked_uncollectible', object: now, at, testClock });
  return events;
}
