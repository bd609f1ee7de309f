import { Link } from 'wouter';
import { api, type Schemas, unwrap } from '../../shared/api.ts';
import { useApi } from '../../shared/use-api.ts';
import { ActionError } from '../components/ActionError.tsx';
import { useAction } from '../components/use-action.ts';
import { useI18n } from '../i18n.ts';
import { Loading } from './Loading.tsx';

type Invoice = Schemas['Invoice'];

/** Open invoices that have failed at least once or are past their due date: the ones dunning is chasing. */
async function loadQueue(): Promise<Invoice[]> {
  const open = unwrap(await api.GET('/v1/invoices', { params: { query: { status: 'open', limit: 100 } } })).data;
  return open.filter((i) => i.attempt_count > 0 || i.next_payment_attempt !== null || i.dunning_stage !== null);
}

function RetryButton(props: { invoice: Invoice; onDone(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const retry = () =>
    action.run(async () => {
      const paid = unwrap(
        await api.POST('/v1/invoices/{id}/pay', { params: { path: { id: props.invoice.id } }, body: {} }),
      );
      if (paid.status !== 'paid') throw new Error(t('retryFailed', { detail: paid.status }));
    }, props.onDone);
  return (
    <>
      <button
        type="button"
        onClick={retry}
        disabled={action.busy}
        aria-label={`${t('retryNow')} ${props.invoice.number ?? props.invoice.id}`}
      >
        {t('retryNow')}
      </button>
      <ActionError action={action} />
    </>
  );
}

/** The dunning queue: what is owed, how many attempts failed, when the next one runs, and a retry now. */
export function DunningPage() {
  const { t, f } = useI18n();
  const queue = useApi(loadQueue, []);
  return (
    <>
      <h1>{t('dunningTitle')}</h1>
      <Loading loaded={queue}>
        {(list, reload) =>
          list.length === 0 ? (
            <p>{t('noPastDue')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('number')}</th>
                    <th scope="col">{t('customer')}</th>
                    <th scope="col">{t('remaining')}</th>
                    <th scope="col">{t('attempts')}</th>
                    <th scope="col">{t('nextRetry')}</th>
                    <th scope="col">{t('actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((i) => {
                    const customer = typeof i.customer === 'string' ? i.customer : (i.customer?.id ?? '');
                    return (
                      <tr key={i.id} data-invoice={i.id}>
                        <td>{i.number ?? i.id}</td>
                        <td>
                          <Link href={`/customers/${customer}`}>{customer}</Link>
                        </td>
                        <td>{f.money(i.amount_remaining, i.currency)}</td>
                        <td>{f.number(i.attempt_count)}</td>
                        <td>{i.next_payment_attempt ? f.dateTime(i.next_payment_attempt) : t('notAvailable')}</td>
                        <td>
                          <RetryButton invoice={i} onDone={reload} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )
        }
      </Loading>
    </>
  );
}
