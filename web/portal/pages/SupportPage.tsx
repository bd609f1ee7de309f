import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import type { PortalMessages } from '../messages.ts';
import { portal, type Ticket } from '../portal-api.ts';
import { Loading, Notice } from './Loading.tsx';

export const ticketStatus = (t: ReturnType<typeof useI18n>['t'], status: string) =>
  t(`ticketStatus_${status}` as keyof PortalMessages) ?? status;

/** Asks a new question: the ticket opens with the subscriber's first message, then its page shows. */
function NewTicketForm() {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [subject, setSubject] = useState('');
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const ticket = await portal.openTicket(subject, message);
      navigate(`/support/${ticket.id}`);
    } catch (e) {
      setProblem((e as Error).message);
    }
  };
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="new-ticket">
      <h2 id="new-ticket">{t('newTicket')}</h2>
      <label>
        {t('subject')}
        <input name="subject" required maxLength={500} value={subject} onChange={(e) => setSubject(e.target.value)} />
      </label>
      <label>
        {t('message')}
        <textarea name="message" required rows={4} value={message} onChange={(e) => setMessage(e.target.value)} />
      </label>
      <div className="actions">
        <button type="submit">{t('send')}</button>
      </div>
      <Notice text={problem} error />
    </form>
  );
}

function TicketList(props: { tickets: Ticket[] }) {
  const { t, f } = useI18n();
  if (props.tickets.length === 0) return <p>{t('noTickets')}</p>;
  return (
    <ul className="lines">
      {props.tickets.map((ticket) => (
        <li key={ticket.id}>
          <Link href={`/support/${ticket.id}`}>{ticket.subject}</Link>
          <span>
            {ticketStatus(t, ticket.status)} · {f.date(ticket.updated)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The subscriber's questions to the support team, newest first, and a form to ask a new one. */
export function SupportPage() {
  const { t } = useI18n();
  const loaded = useApi(() => portal.tickets(), []);
  return (
    <>
      <h1>{t('supportTitle')}</h1>
      <NewTicketForm />
      <section className="card" aria-labelledby="your-tickets">
        <h2 id="your-tickets">{t('yourTickets')}</h2>
        <Loading loaded={loaded}>{(list) => <TicketList tickets={list.data} />}</Loading>
      </section>
    </>
  );
}
