import { Link } from 'wouter';
import type { Schemas } from '../../shared/api.ts';
import { download } from '../../shared/download.ts';
import { useI18n } from '../i18n.ts';

type Invoice = Schemas['Invoice'];

/** Invoices with their PDF (any finalized invoice); the customer column when the list spans customers. */
export function InvoicesTable(props: { invoices: Invoice[]; showCustomer?: boolean }) {
  const { t, f } = useI18n();
  if (props.invoices.length === 0) return <p>{t('none')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('number')}</th>
            {props.showCustomer && <th scope="col">{t('customer')}</th>}
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('amount')}</th>
            <th scope="col">{t('created')}</th>
            <th scope="col">{t('pdf')}</th>
          </tr>
        </thead>
        <tbody>
          {props.invoices.map((i) => {
            const customer = typeof i.customer === 'string' ? i.customer : i.customer?.id;
            return (
              <tr key={i.id} data-invoice={i.id}>
                <td>{i.number ?? i.id}</td>
                {props.showCustomer && <td>{customer && <Link href={`/customers/${customer}`}>{customer}</Link>}</td>}
                <td>
                  <span className="status">{i.status}</span>
                </td>
                <td>{f.money(i.total, i.currency)}</td>
                <td>{f.date(i.created)}</td>
                <td>
                  {i.status !== 'draft' && (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`${t('pdf')} ${i.number ?? i.id}`}
                      onClick={() => download(`/v1/invoices/${i.id}/pdf`, `${i.number ?? i.id}.pdf`)}
                    >
                      {t('pdf')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
