CREATE TABLE "survey_requests" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"survey_id" text collate "C" NOT NULL,
	"kind" text NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"test_clock" text collate "C",
	"prices" text[] DEFAULT '{}'::text[] NOT NULL,
	"score" integer,
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
	"throttle_days" integer DEFAULT 30 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "surveys_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE INDEX "survey_requests_customer" ON "survey_requests" USING btree ("account_id","customer_id","created");--> statement-breakpoint
CREATE INDEX "survey_requests_survey_answered" ON "survey_requests" USING btree ("account_id","survey_id","answered_at");