import type { Temporal } from 'temporal-polyfill';
import type { Dispatcher } from 'undici';
import { stopwatch } from '../../kernel/clock.ts';
import {
  activeSecrets,
  type EndpointSecrets,
  headersFor,
  isSuccessStatus,
  type SignatureScheme,
} from './core/index.ts';

export type AttemptOutcome = {
  succeeded: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseBody: string | null;
};

export type SendOptions = {
  timeoutMs: number;
  /** An undici dispatcher for the request (deliveries pass one that refuses private addresses). */
  dispatcher?: Dispatcher | undefined;
};

const RESPONSE_SNIPPET_CHARS = 1000;

/** The first characters of the answer, for the delivery log; the rest is not read (it may be huge). */
async function snippet(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (text.length < RESPONSE_SNIPPET_CHARS) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text.slice(0, RESPONSE_SNIPPET_CHARS);
}

function describe(error: unknown, timeoutMs: number): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `Timed out after ${timeoutMs} ms`;
  const cause = e.cause?.code ?? e.cause?.message;
  return cause ? `${e.message}: ${cause}` : String(e.message ?? e);
}

/**
 * POSTs one signed message. Redirects are not followed (a 3xx is a failure, as with Stripe), and the timeout
 * covers the whole exchange, body included. Never throws: the outcome is what the delivery log records.
 */
export async function sendSigned(
  target: EndpointSecrets & { url: string; scheme?: SignatureScheme },
  message: { id: string; body: string },
  at: Temporal.Instant,
  options: SendOptions,
): Promise<AttemptOutcome> {
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Tenure-Webhooks/1',
    ...headersFor(target.scheme ?? 'standard_webhooks', activeSecrets(target, at), message.id, at, message.body),
  };
  const elapsed = stopwatch();
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers,
      body: message.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      ...(options.dispatcher && { dispatcher: options.dispatcher }),
    } as RequestInit);
    const responseBody = await snippet(response);
    const succeeded = isSuccessStatus(response.status);
    const error = succeeded ? null : `HTTP ${response.status}`;
    return { succeeded, statusCode: response.status, durationMs: elapsed(), error, responseBody };
  } catch (error) {
    return {
      succeeded: false,
      statusCode: null,
      durationMs: elapsed(),
      error: describe(error, options.timeoutMs),
      responseBody: null,
    };
  }
}
