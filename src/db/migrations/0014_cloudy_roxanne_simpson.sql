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
CREATE INDEX "experiment_conversions_experiment" ON "experiment_conversions" USING btree ("account_id","experiment_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "experiment_exposures_once" ON "experiment_exposures" USING btree ("account_id","experiment_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "experiments_key" ON "experiments" USING btree ("account_id","key");