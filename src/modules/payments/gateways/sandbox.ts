/**
 * The built-in sandbox gateway: deterministic test tokens, no network. Results are remembered by idempotency key,
 * as a real gateway does, so replaying a key returns the first answer (and charges nothing new).
 *
 * Tokens: tok_visa (succeeds) · tok_chargeDeclined (card_declined) · tok_insufficientFunds · tok_expiredCard ·
 * tok_failTwice / tok_fail3 … (fails N times, then succeeds) · tok_pix, tok_ideal, tok_multibanco, tok_boleto
 * (stay `processing` until a settlement notification) · tok_visa_exp_2026_12 (a card with that expiry).
 */
import { createHash } from 'node:crypto';
import type { CardDetails, ChargeRequest, ChargeResult, Gateway, RefundRequest, RefundResult } from './port.ts';

const ASYNC = new Set(['pix', 'ideal', 'multibanco', 'boleto']);
const DECLINES: Record<string, string> = {
  tok_chargeDeclined: 'card_declined',
  tok_insufficientFunds: 'insufficient_funds',
  tok_expiredCard: 'expired_card',
};

function failuresBeforeSuccess(token: string): number {
  if (token === 'tok_failTwice') return 2;
  const match = /^tok_fail(\d+)$/.exec(token);
  return match ? Number(match[1]) : 0;
}

const shortHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

// Module-wide, like a real gateway's own records: every Tenure context in the process sees the same answers.
const charges = new Map<string, ChargeResult>();
const refunds = new Map<string, RefundResult>();

export class SandboxGateway implements Gateway {
  readonly name = 'sandbox';
  /** Calls received, and charges actually made (a replayed key makes none): a retry must not charge twice. */
  static chargeCalls = 0;
  static charged = 0;

  async describe(token: string): Promise<CardDetails> {
    const method = token.replace(/^tok_/, '');
    if (ASYNC.has(method)) return { type: method, brand: null, last4: null, expMonth: null, expYear: null };
    const expiry = /_exp_(\d{4})_(\d{1,2})$/.exec(token);
    const last4 = DECLINES[token] ? '0002' : '4242';
    return {
      type: 'card',
      brand: 'visa',
      last4,
      expMonth: expiry ? Number(expiry[2]) : 12,
      expYear: expiry ? Number(expiry[1]) : 2099,
    };
  }

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    SandboxGateway.chargeCalls++;
    const seen = charges.get(request.idempotencyKey);
    if (seen) return seen;
    const id = `sbx_ch_${shortHash(request.idempotencyKey)}`;
    const method = request.token.replace(/^tok_/, '');
    let result: ChargeResult;
    if (ASYNC.has(method)) result = { status: 'processing', gatewayId: id, declineCode: null, message: null };
    else if (DECLINES[request.token]) {
      const code = DECLINES[request.token]!;
      result = { status: 'failed', gatewayId: id, declineCode: code, message: `Your card was declined (${code}).` };
    } else if (request.priorAttempts < failuresBeforeSuccess(request.token)) {
      result = { status: 'failed', gatewayId: id, declineCode: 'card_declined', message: 'Your card was declined.' };
    } else result = { status: 'succeeded', gatewayId: id, declineCode: null, message: null };
    charges.set(request.idempotencyKey, result);
    if (result.status !== 'failed') SandboxGateway.charged++;
    return result;
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    const seen = refunds.get(request.idempotencyKey);
    if (seen) return seen;
    const result: RefundResult = {
      status: 'succeeded',
      gatewayId: `sbx_re_${shortHash(request.idempotencyKey)}`,
      message: null,
    };
    refunds.set(request.idempotencyKey, result);
    return result;
  }
}
