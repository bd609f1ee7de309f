import { useState } from 'react';
import { Link } from 'wouter';
import { api, type Schemas, unwrap } from '../../shared/api.ts';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import { Loading } from './Loading.tsx';

type Ticket = Schemas['SupportTicket'];
type Status = Ticket['status'];
const STATUSES: Status[] = ['open', 'pending', 'solved'];

/** The support queue as the API sorts it: most urgent first, then the nearest target (first response, then resolution). */
export function SupportPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status | ''>('open');
  const tickets = useApi(async () => {
    const base = { limit: 100, expand: ['data.customer' as const] };
    const query = status ? { ...base, status } : base;
    return unwrap(await api.GET('/v1/support_tickets', { params: { query } })).data;
  }, [status]);
  return (
    <>
      <h1>{t('supportTitle')}</h1>
      <div className="toolbar">
        <label>
          {t('statusFilter')}
          <select name="status" value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
            <option value="">{t('allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status_${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Loading loaded={tickets}>
        {(list) => (list.length === 0 ? <p>{t('noTickets')}</p> : <QueueTable tickets={list} />)}
      </Loading>
    </>
  );
}

/** The customer by name (else e-mail, else id), linking to their page; the list is asked with the customer expanded. */
function CustomerLink(props: { customer: Ticket['customer'] }) {
  const c = props.customer;
  if (c === null) return null;
  if (typeof c === 'string') return <Link href={`/customers/${c}`}>{c}</Link>;
  return <Link href={`/customers/${c.id}`}>{c.name ?? c.email ?? c.id}</Link>;
}

function QueueTable(props: { tickets: Ticket[] }) {
  const { t, f } = useI18n();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('priority')}</th>
            <th scope="col">{t('subject')}</th>
            <th scope="col">{t('customer')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('target')}</th>
          </tr>
        </thead>
        <tbody>
          {props.tickets.map((ticket) => (
            <tr key={ticket.id} data-ticket={ticket.id}>
              <td>{t(`priority_${ticket.priority}`)}</td>
              <td>{ticket.subject}</td>
              <td>
                <CustomerLink customer={ticket.customer} />
              </td>
              <td>{t(`status_${ticket.status}`)}</td>
              <td>
                {f.dateTime(ticket.target_at)}
                {(ticket.first_response_breached || ticket.resolution_breached) && (
                  <strong className="error"> {t('breached')}</strong>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
