CREATE TABLE "customer_import_keys" (
	"account_id" text collate "C" NOT NULL,
	"key" text NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"import_id" text collate "C" NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "customer_import_keys_account_id_key_pk" PRIMARY KEY("account_id","key")
);
--> statement-breakpoint
CREATE TABLE "customer_import_rows" (
	"account_id" text collate "C" NOT NULL,
	"import_id" text collate "C" NOT NULL,
	"row" integer NOT NULL,
	"key" text,
	"input" jsonb,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"outcome" text,
	"customer_id" text collate "C",
	CONSTRAINT "customer_import_rows_account_id_import_id_row_pk" PRIMARY KEY("account_id","import_id","row")
);
--> statement-breakpoint
CREATE TABLE "customer_imports" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"status" text NOT NULL,
	"dry_run" boolean NOT NULL,
	"filename" text,
	"columns" jsonb NOT NULL,
	"mapping" jsonb NOT NULL,
	"dedupe_on" text NOT NULL,
	"row_count" integer NOT NULL,
	"valid_count" integer NOT NULL,
	"invalid_count" integer NOT NULL,
	"created_count" integer DEFAULT 0 NOT NULL,
	"existing_count" integer DEFAULT 0 NOT NULL,
	"failed_count" integer DEFAULT 0 NOT NULL,
	"due_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "customer_imports_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE INDEX "customer_imports_due_at" ON "customer_imports" USING btree ("due_at");