/**
 * Tenure's own SMTP listener (`TENURE_SMTP_LISTEN_PORT`): mail to a support address (`support+tkt_….sig@` or
 * `support+acct_…@`) becomes a message or a ticket, like the inbound webhook. Other recipients are refused at
 * RCPT, so the listener is no open relay; a failure while storing answers 451 and the sender retries.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { AppContext } from '../../context.ts';
import { transact } from '../../db/tx.ts';
import * as support from '../../modules/support/index.ts';
import { receiveMail } from './receive-mail.ts';

const MAX_BYTES = 10 * 1024 * 1024;

export type SmtpListener = { port: number; close(): Promise<void> };

export async function startSmtpListener(
  ctx: AppContext,
  options: { port: number; host?: string; onError?: (error: unknown) => void },
): Promise<SmtpListener> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: MAX_BYTES,
    onRcptTo(address, _session, done) {
      if (support.parseSupportAddress(address.address)) return done();
      done(Object.assign(new Error('No such support address'), { responseCode: 550 }));
    },
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        receive(
          ctx,
          Buffer.concat(chunks),
          session.envelope.rcptTo.map((r) => r.address),
        ).then(
          () => done(),
          (error: unknown) => {
            options.onError?.(error);
            done(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          },
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The envelope's recipients count first: a Bcc to the support address is not in the headers. */
async function receive(ctx: AppContext, raw: Buffer, envelope: string[]) {
  const mail = await support.parseRawMail(raw);
  const withEnvelope = { ...mail, recipients: [...envelope, ...mail.recipients] };
  await transact(ctx, (tx) => receiveMail(tx, null, withEnvelope));
}
