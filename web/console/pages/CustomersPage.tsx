import { useState } from 'react';
import { Link } from 'wouter';
import { api, type Schemas, unwrap } from '../../shared/api.ts';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import { Loading } from './Loading.tsx';

type Customer = Schemas['Customer'];

/** What the search box holds decides the look-up: an id, an e-mail (exact) or part of a name. */
async function findCustomers(text: string): Promise<Customer[]> {
  const q = text.trim();
  if (/^cus_\w+$/.test(q)) {
    const { data } = await api.GET('/v1/customers/{id}', { params: { path: { id: q } } });
    return data ? [data] : [];
  }
  const query = q.includes('@') ? { email: q, limit: 50 } : q ? { name: q, limit: 50 } : { limit: 50 };
  return unwrap(await api.GET('/v1/customers', { params: { query } })).data;
}

export function CustomersPage() {
  const { t, f } = useI18n();
  const [text, setText] = useState('');
  const customers = useApi(() => findCustomers(text), [text]);
  return (
    <>
      <h1>{t('customersTitle')}</h1>
      <div className="toolbar">
        <label style={{ flex: '1 1 20rem' }}>
          {t('search')}
          <input type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      </div>
      <Loading loaded={customers}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('noCustomers')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('email')}</th>
                    <th scope="col">{t('created')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <Link href={`/customers/${c.id}`}>{c.name ?? c.id}</Link>
                      </td>
                      <td>{c.email ?? t('notAvailable')}</td>
                      <td>{f.date(c.created)}</td>
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
