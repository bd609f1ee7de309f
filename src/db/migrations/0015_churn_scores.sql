CREATE TABLE "churn_scores" (
	"account_id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"scored_at" timestamp with time zone NOT NULL,
	"probability" double precision NOT NULL,
	"score" integer NOT NULL,
	"band" text NOT NULL,
	"reasons" jsonb NOT NULL,
	CONSTRAINT "churn_scores_account_id_customer_id_pk" PRIMARY KEY("account_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "churn_trainings" (
	"account_id" text collate "C" PRIMARY KEY NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"trained_at" timestamp with time zone,
	"report" jsonb
);
--> statement-breakpoint
CREATE INDEX "churn_scores_band" ON "churn_scores" USING btree ("account_id","band");--> statement-breakpoint
CREATE INDEX "churn_trainings_due" ON "churn_trainings" USING btree ("due_at");