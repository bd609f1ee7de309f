import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import { portal } from '../portal-api.ts';
import { Loading, Notice } from './Loading.tsx';

/** A new card (a gateway token, never a card number); unpaid invoices are retried with it at once. */
export function PaymentMethodPage() {
  const { t, f } = useI18n();
  const digits = (s: string) => s.replace(/\d/g, (d) => f.number(Number(d)));
  const loaded = useApi(() => portal.overview(), []);
  const [token, setToken] = useState('');
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  return (
    <>
      <p>
        <Link href="/">{t('back')}</Link>
      </p>
      <h1>{t('cardTitle')}</h1>
      <Loading loaded={loaded}>
        {(overview, reload) => {
          const submit = async (event: FormEvent) => {
            event.preventDefault();
            const unpaid = overview.open_invoices.length;
            try {
              const after = await portal.updateCard(token.trim());
              const paid = unpaid > 0 && after.open_invoices.length === 0;
              setNotice({ text: `${t('cardSaved')}${paid ? ` ${t('invoicesPaid')}` : ''}`, error: false });
              setToken('');
              reload();
            } catch (e) {
              setNotice({ text: (e as Error).message, error: true });
            }
          };
          const pm = overview.payment_method;
          return (
            <form className="stack" onSubmit={submit}>
              <p>{pm ? t('cardOnFile', { brand: pm.brand ?? '', last4: digits(pm.last4 ?? '') }) : t('noCard')}</p>
              <label>
                {t('cardToken')}
                <input
                  name="token"
                  required
                  autoComplete="off"
                  value={token}
                  onChange={(e) => setToken(e.target.value)}
                />
              </label>
              <button type="submit">{t('saveCard')}</button>
              <Notice text={notice?.text ?? null} error={notice?.error ?? false} />
            </form>
          );
        }}
      </Loading>
    </>
  );
}
