import { Link } from 'wouter';
import { api, unwrap } from '../../shared/api.ts';
import { useApi } from '../../shared/use-api.ts';
import { InvoicesTable } from '../components/InvoicesTable.tsx';
import { PaymentsTable } from '../components/PaymentsTable.tsx';
import { SubscriptionPanel } from '../components/SubscriptionPanel.tsx';
import { useI18n } from '../i18n.ts';
import { Loading } from './Loading.tsx';

async function loadCustomer(id: string) {
  const path = { id };
  const [customer, subscriptions, invoices, payments] = await Promise.all([
    api.GET('/v1/customers/{id}', { params: { path } }).then(unwrap),
    api.GET('/v1/subscriptions', { params: { query: { customer: id, status: 'all', limit: 100 } } }).then(unwrap),
    api.GET('/v1/invoices', { params: { query: { customer: id, limit: 100 } } }).then(unwrap),
    api.GET('/v1/payments', { params: { query: { customer: id, limit: 100 } } }).then(unwrap),
  ]);
  return { customer, subscriptions: subscriptions.data, invoices: invoices.data, payments: payments.data };
}

/** A customer's profile, subscriptions with their actions, invoices (PDF) and payments (refund); every action reloads. */
export function CustomerPage(props: { id: string }) {
  const { t, f } = useI18n();
  const loaded = useApi(() => loadCustomer(props.id), [props.id]);
  return (
    <Loading loaded={loaded}>
      {({ customer, subscriptions, invoices, payments }, reload) => {
        // The balance is kept in the currency the customer is billed in (its invoices' and subscriptions').
        const currency = invoices[0]?.currency ?? subscriptions[0]?.currency;
        return (
          <>
            <p>
              <Link href="/customers">{t('back')}</Link>
            </p>
            <h1>{customer.name ?? customer.id}</h1>
            <dl className="facts" aria-label={t('profile')}>
              <dt>{t('email')}</dt>
              <dd>{customer.email ?? t('notAvailable')}</dd>
              <dt>{t('id')}</dt>
              <dd>{customer.id}</dd>
              <dt>{t('created')}</dt>
              <dd>{f.date(customer.created)}</dd>
              <dt>{t('balance')}</dt>
              <dd data-balance={customer.balance}>
                {currency ? f.money(customer.balance, currency) : f.number(customer.balance)}
              </dd>
            </dl>
            <h2>{t('subscriptions')}</h2>
            {subscriptions.length === 0 && <p>{t('none')}</p>}
            {subscriptions.map((s) => (
              <SubscriptionPanel key={s.id} subscription={s} onChanged={reload} />
            ))}
            <h2>{t('invoices')}</h2>
            <InvoicesTable invoices={invoices} />
            <h2>{t('payments')}</h2>
            <PaymentsTable payments={payments} onChanged={reload} />
          </>
        );
      }}
    </Loading>
  );
}
