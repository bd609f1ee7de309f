import { download } from '../../shared/download.ts';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import type { PortalMessages } from '../messages.ts';
import { portal } from '../portal-api.ts';
import { Loading } from './Loading.tsx';

/** Issued invoices, newest first, each downloadable as a PDF (fetched with the session cookie). */
export function InvoicesPage() {
  const { t, f } = useI18n();
  const loaded = useApi(() => portal.invoices(), []);
  return (
    <>
      <h1>{t('invoicesTitle')}</h1>
      <Loading loaded={loaded}>
        {(list) =>
          list.data.length === 0 ? (
            <p>{t('noInvoices')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('number')}</th>
                    <th scope="col">{t('date')}</th>
                    <th scope="col">{t('total')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('download')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.map((inv) => (
                    <tr key={inv.id}>
                      <td>{inv.number}</td>
                      <td>{f.date(inv.created)}</td>
                      <td>{f.money(inv.total, inv.currency)}</td>
                      <td>
                        <span className="status">{t(`invoice_${inv.status}` as keyof PortalMessages)}</span>
                      </td>
                      <td>
                        <button
                          type="button"
                          className="secondary"
                          aria-label={t('downloadInvoice', { number: inv.number ?? inv.id })}
                          onClick={() => download(inv.pdf, `${inv.number ?? inv.id}.pdf`)}
                        >
                          {t('download')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loading>
    </>
  );
}
