CREATE TABLE "cancellation_sessions" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"subscription_id" text collate "C" NOT NULL,
	"test_clock" text collate "C",
	"reason" text NOT NULL,
	"comment" text,
	"offers_shown" text[] DEFAULT '{}'::text[] NOT NULL,
	"accepted_offer" text collate "C",
	"accepted_at" timestamp with time zone,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"mrr" bigint NOT NULL,
	"currency" text NOT NULL,
	"created" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "cancellation_sessions_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "retention_offers" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"coupon_id" text collate "C",
	"months" integer,
	"price_id" text collate "C",
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"prices" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "retention_offers_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "retention_settings" (
	"account_id" text collate "C" PRIMARY KEY NOT NULL,
	"custom_reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"offer_window_days" integer DEFAULT 365 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "cancellation_sessions_customer_accepted" ON "cancellation_sessions" USING btree ("account_id","customer_id","accepted_at");