import { useState } from 'react';
import { Link } from 'wouter';
import type { Schemas } from '../../shared/api.ts';
import { useI18n } from '../i18n.ts';
import { RefundForm } from './RefundForm.tsx';

type Payment = Schemas['Payment'];

/** Payments with what was refunded of each, and a refund form for a succeeded payment with something left. */
export function PaymentsTable(props: { payments: Payment[]; showCustomer?: boolean; onChanged(): void }) {
  const { t, f } = useI18n();
  const [refunding, setRefunding] = useState<string | null>(null);
  if (props.payments.length === 0) return <p>{t('none')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('date')}</th>
            {props.showCustomer && <th scope="col">{t('customer')}</th>}
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('amount')}</th>
            <th scope="col">{t('refunded')}</th>
            <th scope="col">{t('refund')}</th>
          </tr>
        </thead>
        <tbody>
          {props.payments.map((p) => (
            <tr key={p.id} data-payment={p.id}>
              <td>{f.dateTime(p.created)}</td>
              {props.showCustomer && (
                <td>
                  <Link href={`/customers/${p.customer}`}>{p.customer}</Link>
                </td>
              )}
              <td>
                <span className="status">{p.status}</span>
                {p.failure_message && <div className="muted">{p.failure_message}</div>}
              </td>
              <td>{f.money(p.amount, p.currency)}</td>
              <td>{p.amount_refunded > 0 ? f.money(p.amount_refunded, p.currency) : t('notAvailable')}</td>
              <td>
                {p.status === 'succeeded' &&
                  p.amount_refunded < p.amount &&
                  (refunding === p.id ? (
                    <RefundForm
                      payment={p}
                      onRefunded={() => {
                        setRefunding(null);
                        props.onChanged();
                      }}
                    />
                  ) : (
                    <button type="button" className="secondary" onClick={() => setRefunding(p.id)}>
                      {t('refund')}
                    </button>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
