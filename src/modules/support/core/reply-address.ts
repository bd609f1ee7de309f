/**
 * Reply addresses carry their ticket: `support+tkt_….<signature>@domain`, the signature an HMAC of account and
 * ticket under the account's secret (hex, so a provider that lowercases local parts keeps it valid). A new
 * conversation goes to `support+acct_…@domain`. Pure: the signer is given.
 */
export type Signer = (payload: string) => string;

export type SupportAddress =
  | { kind: 'ticket'; ticketId: string; signature: string }
  | { kind: 'account'; accountId: string };

/** The payload a reply address signs (account and ticket, so one account's token is worthless in another). */
export const replyPayload = (accountId: string, ticketId: string) => `support-reply.${accountId}.${ticketId}`;

export function replyAddress(domain: string, accountId: string, ticketId: string, sign: Signer): string {
  return `support+${ticketId}.${sign(replyPayload(accountId, ticketId))}@${domain}`;
}

export const accountAddress = (domain: string, accountId: string) => `support+${accountId}@${domain}`;

const TICKET = /\+(tkt_[0-9a-z]+)\.([0-9a-f]{16,64})@/i;
const ACCOUNT = /\+(acct_[0-9a-z]+)@/i;

/** What a recipient address names, or null for an address that is not a support address. */
export function parseSupportAddress(address: string): SupportAddress | null {
  const ticket = TICKET.exec(address);
  if (ticket) return { kind: 'ticket', ticketId: ticket[1]!.toLowerCase(), signature: ticket[2]!.toLowerCase() };
  const account = ACCOUNT.exec(address);
  return account ? { kind: 'account', accountId: account[1]!.toLowerCase() } : null;
}

/** A ticket token in a subject (`[tkt_…]`), for providers that rewrite addresses; unsigned, so only a hint. */
export function subjectTicket(subject: string): string | null {
  return /\[(tkt_[0-9a-z]+)\]/i.exec(subject)?.[1]?.toLowerCase() ?? null;
}

const QUOTE_HEADER = [
  /^On .+wrote:\s*$/,
  /^Em .+escreveu:\s*$/,
  /^Op .+schreef .+:\s*$/,
  /^-{2,}\s*Original Message\s*-{2,}/i,
  /^From: .+/,
];

/** A reply's own text: everything before the quoted earlier message ("On … wrote:", `>` lines) is kept. */
export function stripQuoted(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const cut = lines.findIndex((line) => line.startsWith('>') || QUOTE_HEADER.some((re) => re.test(line.trim())));
  const own = (cut === -1 ? lines : lines.slice(0, cut)).join('\n').trim();
  return own === '' ? text.trim() : own;
}
