import type { Gateway } from './port.ts';
import { SandboxGateway } from './sandbox.ts';

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

const registry = new Map<string, Gateway>([['sandbox', new SandboxGateway()]]);

/** Adds or replaces an adapter (the stripe adapter registers itself when configured). */
export function registerGateway(gateway: Gateway): void {
  registry.set(gateway.name, gateway);
}

export function gatewayFor(name: string): Gateway | undefined {
  return registry.get(name);
}
