import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { Agent } from 'undici';
import type { AppContext } from '../../context.ts';
import { invalid } from '../../kernel/errors.ts';
import { literalAddress, specialUseRange } from './core/address-range.ts';

export type RefusedDestination = { host: string; address: string; range: string };

// A resolver that does not answer is treated like one that fails: the delivery then fails on its own.
const LOOKUP_TIMEOUT_MS = 5_000;

async function addressesOf(host: string): Promise<string[]> {
  const literal = literalAddress(host);
  if (literal) return [literal];
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('DNS lookup timed out')), LOOKUP_TIMEOUT_MS);
  });
  try {
    const found = await Promise.race([lookup(host, { all: true, verbatim: true }), timeout]);
    return found.map((entry) => entry.address);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The first address the URL's host resolves to that is not public unicast, or null. Every address counts, not
 * only the first: a name with one public and one private address would reach the private one on a retry.
 * A name that does not resolve is not refused here (null): fetch will fail on it just the same.
 */
export async function refusedDestination(url: string): Promise<RefusedDestination | null> {
  const host = new URL(url).hostname;
  let addresses: string[];
  try {
    addresses = await addressesOf(host);
  } catch {
    return null;
  }
  for (const address of addresses) {
    const range = specialUseRange(address);
    if (range) return { host, address, range };
  }
  return null;
}

export function describeRefusal(refused: RefusedDestination): string {
  const what = literalAddress(refused.host)
    ? `${refused.address} is`
    : `${refused.host} resolves to ${refused.address},`;
  return `${what} a ${refused.range} address: webhooks go to public addresses only (TENURE_ALLOW_PRIVATE_WEBHOOK_URLS allows others)`;
}

/**
 * Refuses, naming `param`, a webhook URL whose host is or resolves to a loopback, private, link-local or other
 * special-use address, unless the server allows them. Call it before the transaction (it may query DNS).
 */
export async function checkEndpointDestination(ctx: AppContext, url: string | undefined, param = 'url') {
  if (url === undefined || ctx.allowPrivateWebhookUrls) return;
  let refused: RefusedDestination | null;
  try {
    refused = await refusedDestination(url);
  } catch {
    return; // not a URL: checkEndpointUrl names the problem inside the use case
  }
  if (refused) throw invalid('webhook_url_forbidden', describeRefusal(refused), param);
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;
type Resolver = (
  host: string,
  options: LookupOptions & { all: true },
  done: (e: Error | null, a: LookupAddress[]) => void,
) => void;

/**
 * A `lookup` for the delivery's socket that refuses special-use answers. The check before sending names the
 * problem; this one closes the gap between that check and the connection (DNS rebinding: a name answering a
 * public address to the check and 127.0.0.1 to the connect). IP-literal hosts are not looked up; the check
 * before sending covers them.
 */
export function publicOnlyLookup(resolve: Resolver = dnsLookup as unknown as Resolver) {
  return (host: string, options: LookupOptions, done: LookupCallback) => {
    resolve(host, { ...options, all: true }, (error, addresses) => {
      if (error) return done(error, []);
      for (const { address } of addresses) {
        const range = specialUseRange(address);
        if (range) return done(new Error(`Refused: ${describeRefusal({ host, address, range })}`), []);
      }
      if (options.all) return done(null, addresses);
      done(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/** The HTTP agent webhook deliveries use unless private destinations are allowed. */
export const publicOnlyDispatcher = new Agent({ connect: { lookup: publicOnlyLookup() } });
