/** Support's due work: breach events at each ticket's next target (in its test clock's time, if any). */
import { supportTickets } from '../../db/schema/index.ts';
import { reportBreaches, type TicketRow } from '../../modules/support/index.ts';
import type { DueWorkSource } from '../../worker/index.ts';
import { dueSource } from '../billing/due-sources.ts';

export function supportDueSources(): DueWorkSource[] {
  return [
    dueSource<TicketRow>(
      'support_ticket_breaches',
      supportTickets,
      supportTickets.nextBreachAt,
      (ctx, accountId, rows, at) => reportBreaches(ctx, accountId, rows, at),
    ),
  ];
}
