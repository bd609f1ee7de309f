/**
 * The sandbox gateway with the suite-wide rule "no database transaction of ours is open during a gateway call"
 * checked at every charge: in this process (transaction depth) and, on PostgreSQL, in the server (no session of the
 * test database `idle in transaction`). A violation fails the call and is kept for the harness to report.
 */
import type { Database } from '../../src/db/index.ts';
import {
  type ChargeRequest,
  type Gateway,
  type RefundRequest,
  registerGateway,
  SandboxGateway,
} from '../../src/modules/payments/index.ts';

export class TransactionFreeGateway implements Gateway {
  readonly name = 'sandbox';
  readonly violations: string[] = [];
  checked = 0;
  readonly #inner = new SandboxGateway();
  readonly #database: Database;

  constructor(database: Database) {
    this.#database = database;
  }

  describe(token: string) {
    return this.#inner.describe(token);
  }

  async charge(request: ChargeRequest) {
    const open = await this.#database.openTransactions();
    this.checked++;
    if (open.inProcess > 0 || open.idleInTransaction > 0) {
      const violation = `charge ${request.idempotencyKey} inside a transaction: ${JSON.stringify(open)}`;
      this.violations.push(violation);
      throw new Error(violation);
    }
    return this.#inner.charge(request);
  }

  refund(request: RefundRequest) {
    return this.#inner.refund(request);
  }
}

/** Installs the checking gateway as `sandbox` for this database (the registry is process-wide, one harness a file). */
export function installTransactionFreeGateway(database: Database): TransactionFreeGateway {
  const gateway = new TransactionFreeGateway(database);
  registerGateway(gateway);
  return gateway;
}
