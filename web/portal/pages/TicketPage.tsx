import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import { portal, type TicketThread } from '../portal-api.ts';
import { Loading, Notice } from './Loading.tsx';
import { ticketStatus } from './SupportPage.tsx';

function Conversation(props: { ticket: TicketThread }) {
  const { t, f } = useI18n();
  return (
    <ol className="conversation">
      {props.ticket.messages.map((m) => (
        <li key={m.id} className={`card ${m.author}`}>
          <p className="meta">
            <strong>{m.author === 'customer' ? t('you') : (m.author_name ?? t('team'))}</strong> · {f.date(m.created)}
          </p>
          <p className="body">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}

function ReplyForm(props: { id: string; onSent(ticket: TicketThread): void }) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      props.onSent(await portal.reply(props.id, body));
      setBody('');
      setNotice({ text: t('replySent'), error: false });
    } catch (e) {
      setNotice({ text: (e as Error).message, error: true });
    }
  };
  return (
    <form className="stack" onSubmit={submit}>
      <label>
        {t('reply')}
        <textarea name="reply" required rows={4} value={body} onChange={(e) => setBody(e.target.value)} />
      </label>
      <div className="actions">
        <button type="submit">{t('sendReply')}</button>
      </div>
      <Notice text={notice?.text ?? null} error={notice?.error ?? false} />
    </form>
  );
}

function Thread(props: { ticket: TicketThread }) {
  const { t } = useI18n();
  const [ticket, setTicket] = useState(props.ticket);
  return (
    <>
      <h1>{ticket.subject}</h1>
      <p>{ticketStatus(t, ticket.status)}</p>
      <Conversation ticket={ticket} />
      <ReplyForm id={ticket.id} onSent={setTicket} />
    </>
  );
}

/** One question: its public conversation with the support team, oldest first, and a reply box. */
export function TicketPage(props: { id: string }) {
  const { t } = useI18n();
  const loaded = useApi(() => portal.ticket(props.id), [props.id]);
  return (
    <>
      <p>
        <Link href="/support">{t('backToSupport')}</Link>
      </p>
      <Loading loaded={loaded}>{(ticket) => <Thread ticket={ticket} />}</Loading>
    </>
  );
}
