/**
 * Tracked links: every http(s) URL in a campaign body becomes a signed redirect through Tenure, so a click is
 * counted before the reader lands where the author pointed. Pure: signing takes the secret as an argument.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

// A URL ends at whitespace or at a closing bracket/quote; trailing sentence punctuation is not part of it.
const URL_PATTERN = /https?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]/g;

/** The distinct URLs of the texts, in order of first appearance. */
export function extractLinks(texts: readonly string[]): string[] {
  const seen: string[] = [];
  for (const text of texts) for (const url of text.match(URL_PATTERN) ?? []) if (!seen.includes(url)) seen.push(url);
  return seen;
}

/** The text with each known URL replaced by its tracked link (`tracked(index)`). */
export function rewriteLinks(text: string, links: readonly string[], tracked: (index: number) => string): string {
  return text.replace(URL_PATTERN, (url) => {
    const index = links.indexOf(url);
    return index < 0 ? url : tracked(index);
  });
}

// 128 bits of HMAC-SHA256 keep the token short enough for a path parameter.
const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 22);

/** `acct_….crc_….index.signature` */
export function clickToken(secret: string, accountId: string, recipientId: string, index: number): string {
  const payload = `${accountId}.${recipientId}.${index}`;
  return `${payload}.${sign(secret, payload)}`;
}

export type ClickClaim = { accountId: string; recipientId: string; index: number; signature: string };

/** The token's parts, or null when it is not shaped like one (the signature is checked with the secret). */
export function parseClickToken(token: string): ClickClaim | null {
  const [accountId, recipientId, index, signature, extra] = token.split('.');
  if (!accountId || !recipientId || !signature || extra !== undefined || !/^\d{1,4}$/.test(index ?? '')) return null;
  return { accountId, recipientId, index: Number(index), signature };
}

export function clickSignatureValid(secret: string, claim: ClickClaim): boolean {
  const want = Buffer.from(sign(secret, `${claim.accountId}.${claim.recipientId}.${claim.index}`));
  const got = Buffer.from(claim.signature);
  return want.length === got.length && timingSafeEqual(want, got);
}
