/** Inbound e-mail, from raw MIME (mailparser) or a provider's JSON, as the few fields a ticket needs. */
import { type AddressObject, simpleParser } from 'mailparser';

export type InboundMail = {
  from: string;
  recipients: string[];
  subject: string;
  text: string;
  messageId: string | null;
};

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) =>
    a.value.map((v) => v.address ?? '').filter(Boolean),
  );

/** Parses a raw message; recipients include Delivered-To and X-Original-To, where a forwarder keeps the address. */
export async function parseRawMail(raw: Buffer | string): Promise<InboundMail> {
  const mail = await simpleParser(raw);
  // mailparser parses Delivered-To as an address, X-Original-To as a string.
  const delivered = ['delivered-to', 'x-original-to']
    .map((name) => mail.headers.get(name))
    .flatMap((value) => (typeof value === 'string' ? [value] : addresses(value as AddressObject | undefined)));
  return {
    from: addresses(mail.from)[0] ?? '',
    recipients: [...addresses(mail.to), ...addresses(mail.cc), ...delivered],
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    messageId: mail.messageId ?? null,
  };
}

export type InboundMailJson = {
  from: string;
  to: string | string[];
  subject?: string | undefined;
  text?: string | undefined;
  message_id?: string | undefined;
};

const bareAddress = (value: string) => /<([^>]+)>/.exec(value)?.[1] ?? value.trim();

export function mailFromJson(body: InboundMailJson): InboundMail {
  return {
    from: bareAddress(body.from),
    recipients: (Array.isArray(body.to) ? body.to : body.to.split(',')).map(bareAddress),
    subject: body.subject ?? '',
    text: body.text ?? '',
    messageId: body.message_id ?? null,
  };
}
