import type { Gateway } from './port.ts';
import { SandboxGateway } from './sandbox.ts';
import type { StripeGatewayOptions, StripeNotification } from './stripe.ts';

export type {
  CardDetails,
  ChargeRequest,
  ChargeResult,
  ChargeStatus,
  Gateway,
  RefundRequest,
  RefundResult,
} from './port.ts';
export { SandboxGateway } from './sandbox.ts';
export type { StripeGatewayOptions, StripeNotification } from './stripe.ts';

const registry = new Map<string, Gateway>([['sandbox', new SandboxGateway()]]);

/** Adds or replaces an adapter (the stripe adapter registers itself when configured). */
export function registerGateway(gateway: Gateway): void {
  registry.set(gateway.name, gateway);
}

export function gatewayFor(name: string): Gateway | undefined {
  return registry.get(name);
}

/**
 * Builds the `stripe` adapter and registers it. The SDK is imported here, lazily: it takes ~80 ms to load, which
 * only deployments (and tests) that use Stripe should pay.
 */
export async function registerStripeGateway(options: StripeGatewayOptions): Promise<Gateway> {
  const { stripeGateway } = await import('./stripe.ts');
  const gateway = stripeGateway(options);
  registerGateway(gateway);
  return gateway;
}

/** Verifies and translates a Stripe webhook (see stripe-webhook.ts); lazy for the same reason. */
export async function verifyStripeWebhook(
  payload: string | Buffer,
  signatureHeader: string,
  secret: string,
): Promise<StripeNotification | null> {
  const webhook = await import('./stripe-webhook.ts');
  return webhook.verifyStripeWebhook(payload, signatureHeader, secret);
}
