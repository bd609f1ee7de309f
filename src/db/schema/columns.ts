import { bigint, customType, jsonb, text, timestamp } from 'drizzle-orm/pg-core';

/** Ids sort in creation order only under byte-wise comparison, whatever the database's default collation. */
export const idText = customType<{ data: string }>({ dataType: () => 'text collate "C"' });

/** Money in integer minor units; int8 is parsed to a safe JS integer, never a float (see db/client.ts). */
export const money = (name: string) => bigint(name, { mode: 'number' });

export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const metadata = () => jsonb('metadata').$type<Record<string, string>>().notNull().default({});

/** Every tenant table starts with the account: the distribution column if the schema is ever sharded (Citus). */
export const tenantColumns = () => ({
  accountId: idText('account_id').notNull(),
  id: idText('id').notNull(),
});

export const testClockColumn = () => idText('test_clock');

export const createdColumn = () => instant('created').notNull();

export const descriptionColumn = () => text('description');
