import { useId, useState } from 'react';
import { api, type Schemas, unwrap } from '../../shared/api.ts';
import { useApi } from '../../shared/use-api.ts';
import { ActionError } from '../components/ActionError.tsx';
import { allPages, decimalAmount, isoDate, saveCsv, toCsv } from '../components/csv.ts';
import { InvoicesTable } from '../components/InvoicesTable.tsx';
import { useAction } from '../components/use-action.ts';
import { useI18n } from '../i18n.ts';
import { Loading } from './Loading.tsx';

type Invoice = Schemas['Invoice'];
type Status = Invoice['status'];
const STATUSES = ['draft', 'open', 'paid', 'void', 'uncollectible'] as const;

function listInvoices(filters: { status: string; customer: string }, startingAfter?: string) {
  const query = {
    limit: 100,
    ...(filters.status && { status: filters.status as Status }),
    ...(filters.customer.trim() && { customer: filters.customer.trim() }),
    ...(startingAfter && { starting_after: startingAfter }),
  };
  return api.GET('/v1/invoices', { params: { query } }).then(unwrap);
}

/** The CSV export: every invoice matching the filters, built here from the paginated list (the API lists JSON). */
function invoicesCsv(invoices: Invoice[]): string {
  const header = [
    'id',
    'number',
    'customer',
    'status',
    'currency',
    'total',
    'amount_paid',
    'amount_remaining',
    'created',
  ];
  const rows = invoices.map((i) => [
    i.id,
    i.number,
    typeof i.customer === 'string' ? i.customer : (i.customer?.id ?? null),
    i.status,
    i.currency,
    decimalAmount(i.total, i.currency),
    decimalAmount(i.amount_paid, i.currency),
    decimalAmount(i.amount_remaining, i.currency),
    isoDate(i.created),
  ]);
  return toCsv([header, ...rows]);
}

export function InvoicesPage() {
  const { t } = useI18n();
  const [filters, setFilters] = useState({ status: '', customer: '' });
  const invoices = useApi(() => listInvoices(filters), [filters.status, filters.customer]);
  const exporting = useAction();
  const statusId = useId();
  const customerId = useId();
  const exportCsv = () =>
    exporting.run(async () =>
      saveCsv('invoices.csv', invoicesCsv(await allPages((after) => listInvoices(filters, after)))),
    );
  return (
    <>
      <h1>{t('invoicesTitle')}</h1>
      <div className="toolbar">
        <label htmlFor={statusId}>{t('status')}</label>
        <select
          id={statusId}
          value={filters.status}
          onChange={(e) => setFilters({ ...filters, status: e.target.value })}
        >
          <option value="">{t('allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label htmlFor={customerId}>{t('customerId')}</label>
        <input
          id={customerId}
          value={filters.customer}
          onChange={(e) => setFilters({ ...filters, customer: e.target.value })}
          placeholder="cus_…"
        />
        <button type="button" className="secondary" onClick={exportCsv} disabled={exporting.busy}>
          {t('exportCsv')}
        </button>
      </div>
      <ActionError action={exporting} />
      <Loading loaded={invoices}>{(list) => <InvoicesTable invoices={list.data} showCustomer />}</Loading>
    </>
  );
}
