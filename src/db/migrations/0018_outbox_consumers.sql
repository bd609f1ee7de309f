CREATE TABLE "outbox_consumers" (
	"name" text PRIMARY KEY NOT NULL,
	"xid" bigint NOT NULL,
	"seq" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "xid" bigint DEFAULT (pg_current_xact_id()::text)::bigint NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
-- Events written before: all carry this migration's xid; number them in id order, the order the old readers used.
UPDATE "events" SET "seq" = o.n FROM (SELECT "account_id", "id", row_number() OVER (ORDER BY "id") AS n FROM "events") o
  WHERE "events"."account_id" = o."account_id" AND "events"."id" = o."id";--> statement-breakpoint
SELECT setval(pg_get_serial_sequence('events', 'seq'), greatest((SELECT max("seq") FROM "events"), 1));--> statement-breakpoint
CREATE INDEX "events_commit_order" ON "events" USING btree ("xid","seq");--> statement-breakpoint
-- Notices resume at the oldest per-account cursor of the old scan (or at the end when it never ran), so an upgrade
-- does not mail its history; webhooks and MRR start at the beginning (their writes are idempotent per event).
INSERT INTO "outbox_consumers" ("name", "xid", "seq")
  SELECT 'notices', max("xid"), max("seq") FROM "events"
  WHERE NOT EXISTS (SELECT 1 FROM "notice_cursors") OR "id" <= (SELECT min("cursor") FROM "notice_cursors")
  HAVING count(*) > 0;--> statement-breakpoint
DROP TABLE "analytics_cursors" CASCADE;--> statement-breakpoint
DROP TABLE "notice_cursors" CASCADE;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" DROP COLUMN "fanout_cursor";
--> statement-breakpoint
CREATE INDEX "events_subscription_customer" ON "events" USING btree ("account_id",("data"->'object'->>'customer'),"id") WHERE "events"."type" like 'customer.subscription.%';