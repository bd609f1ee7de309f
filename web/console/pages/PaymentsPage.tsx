import { useId, useState } from 'react';
import { api, type Schemas, unwrap } from '../../shared/api.ts';
import { useApi } from '../../shared/use-api.ts';
import { ActionError } from '../components/ActionError.tsx';
import { decimalAmount, isoDate, saveCsv, toCsv } from '../components/csv.ts';
import { PaymentsTable } from '../components/PaymentsTable.tsx';
import { useAction } from '../components/use-action.ts';
import { useI18n } from '../i18n.ts';
import { Loading } from './Loading.tsx';

type Payment = Schemas['Payment'];
const STATUSES = ['succeeded', 'failed', 'processing', 'pending'] as const;
type Filters = { status: string; customer: string };

/** The API filters payments by customer; the status filter is applied here to each page it returns. */
async function listPayments(filters: Filters, startingAfter?: string) {
  const query = {
    limit: 100,
    ...(filters.customer.trim() && { customer: filters.customer.trim() }),
    ...(startingAfter && { starting_after: startingAfter }),
  };
  const page = unwrap(await api.GET('/v1/payments', { params: { query } }));
  return {
    ...page,
    data: page.data.filter((p) => !filters.status || p.status === filters.status),
    last: page.data.at(-1),
  };
}

function paymentsCsv(payments: Payment[]): string {
  const header = ['id', 'customer', 'invoice', 'status', 'currency', 'amount', 'amount_refunded', 'created'];
  const rows = payments.map((p) => [
    p.id,
    p.customer,
    p.invoice,
    p.status,
    p.currency,
    decimalAmount(p.amount, p.currency),
    decimalAmount(p.amount_refunded, p.currency),
    isoDate(p.created),
  ]);
  return toCsv([header, ...rows]);
}

/** Every page of the filtered list: paging goes on from the last payment of each API page, kept or not. */
async function allPayments(filters: Filters): Promise<Payment[]> {
  const all: Payment[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await listPayments(filters, after);
    all.push(...page.data);
    if (!page.has_more || !page.last) return all;
    after = page.last.id;
  }
}

export function PaymentsPage() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<Filters>({ status: '', customer: '' });
  const payments = useApi(() => listPayments(filters), [filters.status, filters.customer]);
  const exporting = useAction();
  const statusId = useId();
  const customerId = useId();
  const exportCsv = () => exporting.run(async () => saveCsv('payments.csv', paymentsCsv(await allPayments(filters))));
  return (
    <>
      <h1>{t('paymentsTitle')}</h1>
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
      <Loading loaded={payments}>
        {(list, reload) => <PaymentsTable payments={list.data} showCustomer onChanged={reload} />}
      </Loading>
    </>
  );
}
