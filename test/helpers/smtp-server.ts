import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on localhost that keeps every message it receives, parsed by mailparser. */
export async function smtpServer(port = 0) {
  const received: ParsedMail[] = [];
  const of = (template: string) => received.filter((m) => m.headers.get('x-tenure-template') === template);
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => received.push(mail))
        .then(() => done(), done);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.server.address() as AddressInfo).port;
  return { received, of, port: actual, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
