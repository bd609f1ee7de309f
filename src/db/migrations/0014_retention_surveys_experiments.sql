CREATE TABLE "experiment_conversions" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"experiment_id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"value" bigint NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "experiment_conversions_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "experiment_exposures" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"experiment_id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"variant" text NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "experiment_exposures_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "experiments" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"variants" jsonb NOT NULL,
	"goal" jsonb DEFAULT '{"type":"conversion"}'::jsonb NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"winner" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "experiments_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
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
	"experiment_id" text collate "C",
	"variant" text,
	"active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "retention_offers_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "retention_settings" (
	"account_id" text collate "C" PRIMARY KEY NOT NULL,
	"custom_reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"offer_window_days" integer DEFAULT 365 NOT NULL,
	"exit_survey" text collate "C"
);
--> statement-breakpoint
CREATE TABLE "survey_requests" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"survey_id" text collate "C" NOT NULL,
	"kind" text NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"test_clock" text collate "C",
	"prices" text[] DEFAULT '{}'::text[] NOT NULL,
	"score" integer,
	"answer" text,
	"comment" text,
	"answered_at" timestamp with time zone,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "survey_requests_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "survey_secrets" (
	"account_id" text collate "C" PRIMARY KEY NOT NULL,
	"secret" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"question" jsonb,
	"options" jsonb,
	"attribute" text,
	"throttle_days" integer DEFAULT 30 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "surveys_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE INDEX "experiment_conversions_experiment" ON "experiment_conversions" USING btree ("account_id","experiment_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "experiment_exposures_once" ON "experiment_exposures" USING btree ("account_id","experiment_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "experiments_key" ON "experiments" USING btree ("account_id","key");--> statement-breakpoint
CREATE INDEX "cancellation_sessions_customer_accepted" ON "cancellation_sessions" USING btree ("account_id","customer_id","accepted_at");--> statement-breakpoint
CREATE INDEX "survey_requests_customer" ON "survey_requests" USING btree ("account_id","customer_id","created");--> statement-breakpoint
CREATE INDEX "survey_requests_survey_answered" ON "survey_requests" USING btree ("account_id","survey_id","answered_at");