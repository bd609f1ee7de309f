CREATE TABLE "payment_method_drafts" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"gateway" text NOT NULL,
	"token" text NOT NULL,
	"type" text NOT NULL,
	"brand" text,
	"last4" text,
	"exp_month" integer,
	"exp_year" integer,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "payment_method_drafts_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "stripe_imports" (
	"account_id" text collate "C" NOT NULL,
	"stripe_id" text NOT NULL,
	"object" text NOT NULL,
	"tenure_id" text collate "C" NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "stripe_imports_account_id_stripe_id_pk" PRIMARY KEY("account_id","stripe_id")
);
--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD COLUMN "signature_scheme" text DEFAULT 'standard_webhooks' NOT NULL;