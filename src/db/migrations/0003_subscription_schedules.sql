CREATE TABLE "subscription_schedules" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"subscription_id" text collate "C",
	"status" text NOT NULL,
	"end_behavior" text NOT NULL,
	"phases" jsonb NOT NULL,
	"current_phase" integer DEFAULT 0 NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "subscription_schedules_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "schedule_id" text collate "C";--> statement-breakpoint
CREATE INDEX "subscription_schedules_subscription" ON "subscription_schedules" USING btree ("account_id","subscription_id");