import { Link } from 'wouter';
import { api, unwrap } from '../../shared/api.ts';
import { download } from '../../shared/download.ts';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import { Loading } from './Loading.tsx';

async function loadCustomer(id: string) {
  const path = { id };
  const [customer, subscriptions, invoices] = await Promise.all([
    api.GET('/v1/customers/{id}', { params: { path } }).then(unwrap),
    api.GET('/v1/subscriptions', { params: { query: { customer: id, status: 'all', limit: 100 } } }).then(unwrap),
    api.GET('/v1/invoices', { params: { query: { customer: id, limit: 100 } } }).then(unwrap),
  ]);
  return { customer, subscriptions: subscriptions.data, invoices: invoices.data };
}

export function CustomerPage(props: { id: string }) {
  const { t, f } = useI18n();
  const loaded = useApi(() => loadCustomer(props.id), [props.id]);
  return (
    <Loading loaded={loaded}>
      {({ customer, subscriptions, invoices }) => (
        <>
          <p>
            <Link href="/customers">{t('back')}</Link>
          </p>
          <h1>{customer.name ?? customer.id}</h1>
          <p className="muted">
            {customer.email ?? t('notAvailable')} · {customer.id}
          </p>
          <h2>{t('subscriptions')}</h2>
          {subscriptions.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('plan')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('periodEnd')}</th>
                  </tr>
                </thead>
                <tbody>
                  {subscriptions.map((s) => (
                    <tr key={s.id}>
                      <td>{s.items.data.map((i) => i.price.nickname ?? i.price.id).join(', ')}</td>
                      <td>
                        <span className="status">{s.status}</span>
                      </td>
                      <td>{f.date(s.current_period_end)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h2>{t('invoices')}</h2>
          {invoices.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('number')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('amount')}</th>
                    <th scope="col">{t('created')}</th>
                    <th scope="col">{t('pdf')}</th>
                  </tr>
                </thead>
                <tbody>
                  {invoices.map((i) => (
                    <tr key={i.id}>
                      <td>{i.number ?? i.id}</td>
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
                            onClick={() => download(`/v1/invoices/${i.id}/pdf`, `${i.number ?? i.id}.pdf`)}
                          >
                            {t('pdf')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Loading>
  );
}
