/**
 * The `stripe` gateway adapter: the Gateway port over the official SDK, charging saved payment methods with
 * off-session PaymentIntents. Built only when a deployment configures Stripe (`registerStripeGateway` in index.ts).
 *
 * Token format: `cus_…|pm_…` — the Stripe customer, then the PaymentMethod attached to it. Stripe only lets a saved
 * PaymentMethod be charged again when the request names the customer it is attached to, and the port's `customer`
 * is Tenure's own id, so the Stripe customer travels inside the token. `stripeToken()` builds one.
 *
 * Failures: a decline (HTTP 402 `card_error`, or an intent left needing a new method or authentication) is a
 * `failed` result. Everything else — network errors, 5xx, 4xx from a bad key or request — is thrown, and the
 * caller retries with the same idempotency key, which Stripe answers by replaying the first result.
 */
import Stripe from 'stripe';
import { invalid } from '../../../kernel/errors.ts';
import type { CardDetails, ChargeRequest, ChargeResult, Gateway, RefundRequest, RefundResult } from './port.ts';

export type { StripeNotification } from './stripe-webhook.ts';
export { verifyStripeWebhook } from './stripe-webhook.ts';

export type StripeGatewayOptions = {
  secretKey: string;
  /** host/port/protocol point the SDK at a local fake in tests; unset, it talks to api.stripe.com over https. */
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
  /**
   * The SDK's own retries of network errors, 409s and 5xx (default 1, with a 0.5 s back-off). Every retry resends
   * the same headers, so it carries our idempotency key: Stripe replays instead of charging twice.
   */
  maxNetworkRetries?: number;
};

// Stripe ids are a prefix and [A-Za-z0-9]; its test fixtures (pm_card_visa) add underscores.
const TOKEN = /^(cus_[A-Za-z0-9_]+)\|(pm_[A-Za-z0-9_]+)$/;

/** Builds the token the stripe adapter expects from a Stripe customer id and a PaymentMethod attached to it. */
export function stripeToken(customer: string, paymentMethod: string): string {
  return `${customer}|${paymentMethod}`;
}

/** Splits a `cus_…|pm_…` token; throws invalid_gateway_token (HTTP 400) for anything else. */
export function parseStripeToken(token: string): { customer: string; paymentMethod: string } {
  const match = TOKEN.exec(token);
  if (!match) {
    throw invalid(
      'invalid_gateway_token',
      "A Stripe token is 'cus_…|pm_…': the customer, then its payment method",
      'token',
    );
  }
  return { customer: match[1]!, paymentMethod: match[2]! };
}

// Stripe's documented currency special cases, where its API amounts differ from ISO 4217 minor units.
const STRIPE_TWO_DECIMAL_ISO_ZERO = new Set(['ISK']);
const STRIPE_THREE_DECIMAL = new Set(['BHD', 'JOD', 'KWD', 'OMR', 'TND']);

/**
 * Tenure's ISO minor units → Stripe's API amount. ISK has no minor unit in ISO but kept two decimals in Stripe's API
 * (100 = 1 króna). Three-decimal currencies must end in 0 at Stripe; rounding someone's money is a billing decision,
 * not the adapter's, so such an amount is refused before any request.
 */
export function toStripeAmount(amount: number, currency: string): number {
  const code = currency.toUpperCase();
  if (STRIPE_TWO_DECIMAL_ISO_ZERO.has(code)) return amount * 100;
  if (STRIPE_THREE_DECIMAL.has(code) && amount % 10 !== 0) {
    throw invalid(
      'amount_not_supported_by_gateway',
      `Stripe charges ${code} only in multiples of 10 minor units (got ${amount})`,
      'amount',
    );
  }
  return amount;
}

// next_action types that mean "the customer pays a voucher or transfer later" (boleto, PIX, Multibanco, OXXO,
// konbini, bank transfer): the money may still come, announced by payment_intent.succeeded — so `processing`.
const PAY_LATER_ACTION = /display/;

/** Maps a confirmed PaymentIntent to the port's result; only `succeeded` means the money was taken. */
function intentResult(intent: Stripe.PaymentIntent): ChargeResult {
  const base = { gatewayId: intent.id, declineCode: null, message: null };
  switch (intent.status) {
    case 'succeeded':
      return { ...base, status: 'succeeded' };
    case 'processing':
      return { ...base, status: 'processing' };
    case 'requires_action': {
      if (PAY_LATER_ACTION.test(intent.next_action?.type ?? '')) return { ...base, status: 'processing' };
      // Off-session nobody can complete 3-D Secure; dunning asks the customer to come back on-session.
      const error = intent.last_payment_error;
      return {
        ...base,
        status: 'failed',
        declineCode: error?.decline_code ?? error?.code ?? 'authentication_required',
        message: error?.message ?? 'The payment requires the customer to authenticate.',
      };
    }
    default: {
      // requires_payment_method after a failed attempt; canceled or anything unexpected took no money either.
      const error = intent.last_payment_error;
      return {
        ...base,
        status: 'failed',
        declineCode: error?.decline_code ?? error?.code ?? null,
        message: error?.message ?? `The payment ended in status ${intent.status}.`,
      };
    }
  }
}

function declined(error: Stripe.errors.StripeCardError): ChargeResult {
  return {
    status: 'failed',
    // The SDK defaults decline_code to '' when only `code` says why (expired_card, processing_error, …).
    gatewayId: error.payment_intent?.id ?? error.requestId ?? '',
    declineCode: error.decline_code || error.code || 'card_declined',
    message: error.message || null,
  };
}

function refundStatus(status: string | null): RefundResult['status'] {
  if (status === 'succeeded') return 'succeeded';
  if (status === 'failed' || status === 'canceled') return 'failed';
  return 'pending'; // pending, requires_action: settles later, announced by a refund/charge webhook
}

// Non-card types (sepa_debit, us_bank_account, bacs_debit, …) keep their last4 under a key named after the type.
function lastFour(method: Stripe.PaymentMethod): string | null {
  const details = (method as unknown as Record<string, unknown>)[method.type];
  if (details && typeof details === 'object' && 'last4' in details && typeof details.last4 === 'string') {
    return details.last4;
  }
  return null;
}

class StripeGateway implements Gateway {
  readonly name = 'stripe';
  readonly #stripe: Stripe;

  constructor(options: StripeGatewayOptions) {
    this.#stripe = new Stripe(options.secretKey, {
      host: options.host,
      port: options.port,
      protocol: options.protocol,
      maxNetworkRetries: options.maxNetworkRetries ?? 1,
      // Telemetry sends the previous request's latency to Stripe on the next call: nothing Tenure needs to share.
      telemetry: false,
    });
  }

  /** Reads the PaymentMethod and checks it belongs to the token's customer, so a bad token fails at attach time. */
  async describe(token: string): Promise<CardDetails> {
    const { customer, paymentMethod } = parseStripeToken(token);
    let method: Stripe.PaymentMethod;
    try {
      method = await this.#stripe.paymentMethods.retrieve(paymentMethod);
    } catch (error) {
      if (error instanceof Stripe.errors.StripeInvalidRequestError) {
        throw invalid('gateway_token_rejected', `Stripe: ${error.message}`, 'token');
      }
      throw error;
    }
    const owner = typeof method.customer === 'string' ? method.customer : (method.customer?.id ?? null);
    if (owner !== customer) {
      throw invalid(
        'gateway_token_mismatch',
        `${paymentMethod} is not attached to Stripe customer ${customer}`,
        'token',
      );
    }
    return {
      type: method.type,
      brand: method.card?.brand ?? null,
      last4: method.card?.last4 ?? lastFour(method),
      expMonth: method.card?.exp_month ?? null,
      expYear: method.card?.exp_year ?? null,
    };
  }

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    const { customer, paymentMethod } = parseStripeToken(request.token);
    try {
      const intent = await this.#stripe.paymentIntents.create(
        {
          amount: toStripeAmount(request.amount, request.currency),
          currency: request.currency.toLowerCase(),
          customer,
          payment_method: paymentMethod,
          confirm: true,
          off_session: true,
          // Newer API versions turn automatic payment methods on with redirects allowed, and then refuse to
          // confirm without a return_url. Off-session there is nobody to redirect, so say so.
          automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
          description: request.description,
          metadata: request.metadata,
        },
        { idempotencyKey: request.idempotencyKey },
      );
      return intentResult(intent);
    } catch (error) {
      if (error instanceof Stripe.errors.StripeCardError) return declined(error);
      throw error;
    }
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    const refund = await this.#stripe.refunds.create(
      { payment_intent: request.gatewayPaymentId, amount: toStripeAmount(request.amount, request.currency) },
      { idempotencyKey: request.idempotencyKey },
    );
    return { status: refundStatus(refund.status), gatewayId: refund.id, message: refund.failure_reason ?? null };
  }
}

/** The `stripe` adapter; register it with `registerGateway` (or index.ts's lazy `registerStripeGateway`). */
export function stripeGateway(options: StripeGatewayOptions): Gateway {
  return new StripeGateway(options);
}
