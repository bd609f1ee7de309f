CREATE TABLE "engagement_daily" (
	"account_id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"day" date NOT NULL,
	"seconds_watched" bigint DEFAULT 0 NOT NULL,
	"sessions" integer DEFAULT 0 NOT NULL,
	"events" integer DEFAULT 0 NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"genres" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"devices" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"channels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "engagement_daily_account_id_customer_id_day_pk" PRIMARY KEY("account_id","customer_id","day")
);
--> statement-breakpoint
CREATE TABLE "engagement_events" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"day" date NOT NULL,
	"content_id" text,
	"content_title" text,
	"content_kind" text,
	"channel" text,
	"genre" text,
	"device_type" text,
	"seconds_watched" integer,
	"properties" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"received" timestamp with time zone NOT NULL,
	CONSTRAINT "engagement_events_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE INDEX "engagement_daily_day" ON "engagement_daily" USING btree ("account_id","day");--> statement-breakpoint
CREATE INDEX "engagement_events_customer" ON "engagement_events" USING btree ("account_id","customer_id","occurred_at");