import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import {
  customers,
  type MrrLevel,
  type MrrMovementType,
  mrrDailyRollups,
  mrrMovementLines,
  mrrMovements,
} from '../../db/schema/index.ts';
import type { MrrShares, ShareMovement } from './core/index.ts';

/** One customer movement and its share movements, as recordCause worked them out. */
export type MovementWrite = {
  accountId: string;
  eventId: string;
  customerId: string;
  date: Date;
  type: MrrMovementType;
  amount: number;
  currency: string;
  mrrAfter: number;
  shares: MrrShares;
  shareMovements: readonly ShareMovement[];
};

/** The customer's address country now (ISO alpha-2, upper case), '' when none: what the movement is filed under. */
export async function customerCountry(db: Db, accountId: string, customerId: string): Promise<string> {
  const [row] = await db
    .select({ address: customers.address })
    .from(customers)
    .where(and(eq(customers.accountId, accountId), eq(customers.id, customerId)));
  return row?.address?.country?.toUpperCase() ?? '';
}

/**
 * Writes the movement, its lines and their daily rollups in one transaction, so the rollups always equal the sum of
 * the movements. Idempotent per cause: a movement already stored adds nothing to the rollups. Returns whether written.
 */
export async function writeMovement(db: Db, m: MovementWrite): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(mrrMovements)
      .values({
        accountId: m.accountId,
        eventId: m.eventId,
        customerId: m.customerId,
        date: m.date,
        type: m.type,
        amount: m.amount,
        currency: m.currency,
        mrrAfter: m.mrrAfter,
        shares: m.shares,
      })
      .onConflictDoNothing()
      .returning({ eventId: mrrMovements.eventId });
    if (inserted.length === 0) return false;
    const country = await customerCountry(tx, m.accountId, m.customerId);
    const lines: { level: MrrLevel; key: string; type: MrrMovementType; amount: number }[] = [
      { level: 'customer', key: '', type: m.type, amount: m.amount },
      ...m.shareMovements,
    ];
    const base = { accountId: m.accountId, currency: m.currency, country };
    await tx
      .insert(mrrMovementLines)
      .values(lines.map((l) => ({ ...base, ...l, eventId: m.eventId, customerId: m.customerId, date: m.date })));
    const day = m.date.toISOString().slice(0, 10);
    await tx
      .insert(mrrDailyRollups)
      .values(lines.map((l) => ({ ...base, ...l, day, movements: 1 })))
      .onConflictDoUpdate({
        target: [
          mrrDailyRollups.accountId,
          mrrDailyRollups.level,
          mrrDailyRollups.key,
          mrrDailyRollups.day,
          mrrDailyRollups.currency,
          mrrDailyRollups.country,
          mrrDailyRollups.type,
        ],
        set: {
          amount: sql`${mrrDailyRollups.amount} + excluded.amount`,
          movements: sql`${mrrDailyRollups.movements} + excluded.movements`,
        },
      });
    return true;
  });
}
