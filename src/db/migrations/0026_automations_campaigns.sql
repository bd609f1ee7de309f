CREATE TABLE "automation_runs" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"automation_id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"test_clock" text collate "C",
	"once_key" text NOT NULL,
	"triggered_by" jsonb NOT NULL,
	"status" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"outcome" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"completed_at" timestamp with time zone,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "automation_runs_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "automations" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"name" text NOT NULL,
	"trigger" jsonb NOT NULL,
	"wait_seconds" integer DEFAULT 0 NOT NULL,
	"condition" jsonb,
	"action" jsonb NOT NULL,
	"repeat" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "automations_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "campaign_recipients" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"campaign_id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"variant" text,
	"message_id" text collate "C",
	"sent_at" timestamp with time zone,
	"clicks" integer DEFAULT 0 NOT NULL,
	"first_click_at" timestamp with time zone,
	CONSTRAINT "campaign_recipients_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"name" text NOT NULL,
	"segment_id" text collate "C" NOT NULL,
	"content" jsonb NOT NULL,
	"subject_experiment" text collate "C",
	"subject_variants" jsonb,
	"links" jsonb NOT NULL,
	"rate_per_minute" integer NOT NULL,
	"attribution_days" integer NOT NULL,
	"secret" text NOT NULL,
	"status" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"next_batch_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "campaigns_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "automation_runs_once" ON "automation_runs" USING btree ("account_id","automation_id","customer_id","once_key");--> statement-breakpoint
CREATE INDEX "automation_runs_due" ON "automation_runs" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "automation_runs_list" ON "automation_runs" USING btree ("account_id","automation_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_recipients_once" ON "campaign_recipients" USING btree ("account_id","campaign_id","customer_id");--> statement-breakpoint
CREATE INDEX "campaign_recipients_pending" ON "campaign_recipients" USING btree ("account_id","campaign_id","status","id");--> statement-breakpoint
CREATE INDEX "campaigns_next_batch" ON "campaigns" USING btree ("status","next_batch_at");