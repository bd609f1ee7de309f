/**
 * The gateway port: what Tenure asks of a payment gateway. Adapters (sandbox, stripe) turn these calls into their
 * API; a decline is a value with a status, not an exception. Every call carries an idempotency key, so a retry
 * after a crash replays the first result instead of charging twice.
 */
export type ChargeStatus = 'succeeded' | 'failed' | 'processing';

export type ChargeRequest = {
  idempotencyKey: string;
  amount: number;
  currency: string;
  /** The gateway's token for the payment method (never a card number). */
  token: string;
  customer: string;
  description: string;
  /** How many earlier charges this payment method had: lets the sandbox "fail N times, then succeed". */
  priorAttempts: number;
  metadata: Record<string, string>;
};

export type ChargeResult = {
  status: ChargeStatus;
  gatewayId: string;
  declineCode: string | null;
  message: string | null;
};

export type RefundRequest = { idempotencyKey: string; gatewayPaymentId: string; amount: number; currency: string };
export type RefundResult = { status: 'succeeded' | 'failed' | 'pending'; gatewayId: string; message: string | null };

export type CardDetails = {
  brand: string | null;
  last4: string | null;
  expMonth: number | null;
  expYear: number | null;
  type: string;
};

export interface Gateway {
  readonly name: string;
  /** What a token stands for (brand, last4, expiry, type), as the gateway reports it. */
  describe(token: string): Promise<CardDetails>;
  charge(request: ChargeRequest): Promise<ChargeResult>;
  refund(request: RefundRequest): Promise<RefundResult>;
}
