CREATE TABLE "balance_transactions" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"type" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"ending_balance" bigint NOT NULL,
	"invoice_id" text collate "C",
	"credit_note_id" text collate "C",
	"description" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "balance_transactions_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "credit_notes" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"invoice_id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"number" text NOT NULL,
	"status" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"reason" text,
	"memo" text,
	"lines" jsonb NOT NULL,
	"pre_amount" bigint DEFAULT 0 NOT NULL,
	"refund_amount" bigint DEFAULT 0 NOT NULL,
	"credit_amount" bigint DEFAULT 0 NOT NULL,
	"out_of_band_amount" bigint DEFAULT 0 NOT NULL,
	"voided_at" timestamp with time zone,
	"test_clock" text collate "C",
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "credit_notes_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "payment_methods" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"gateway" text NOT NULL,
	"token" text NOT NULL,
	"type" text NOT NULL,
	"brand" text,
	"last4" text,
	"exp_month" integer,
	"exp_year" integer,
	"is_default" boolean DEFAULT false NOT NULL,
	"expiry_notice_at" timestamp with time zone,
	"detached" boolean DEFAULT false NOT NULL,
	"test_clock" text collate "C",
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "payment_methods_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"invoice_id" text collate "C",
	"payment_method_id" text collate "C",
	"amount" bigint NOT NULL,
	"amount_refunded" bigint DEFAULT 0 NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"gateway" text NOT NULL,
	"gateway_id" text,
	"decline_code" text,
	"failure_message" text,
	"idempotency_key" text NOT NULL,
	"attempt" integer DEFAULT 1 NOT NULL,
	"out_of_band" boolean DEFAULT false NOT NULL,
	"settled_at" timestamp with time zone,
	"test_clock" text collate "C",
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "payments_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"payment_id" text collate "C" NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"gateway_id" text,
	"credit_note_id" text collate "C",
	"idempotency_key" text NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "refunds_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "default_payment_method" text collate "C";--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "attempt_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "next_payment_attempt" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "dunning_stage" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "collection_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "access_blocked_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "balance_transactions_customer" ON "balance_transactions" USING btree ("account_id","customer_id","id");--> statement-breakpoint
CREATE INDEX "credit_notes_invoice" ON "credit_notes" USING btree ("account_id","invoice_id");--> statement-breakpoint
CREATE INDEX "payment_methods_customer" ON "payment_methods" USING btree ("account_id","customer_id");--> statement-breakpoint
CREATE INDEX "payment_methods_expiry_due" ON "payment_methods" USING btree ("expiry_notice_at") WHERE test_clock is null and expiry_notice_at is not null;--> statement-breakpoint
CREATE INDEX "payment_methods_clock_expiry" ON "payment_methods" USING btree ("account_id","test_clock","expiry_notice_at") WHERE test_clock is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "payments_idempotency" ON "payments" USING btree ("account_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "payments_invoice" ON "payments" USING btree ("account_id","invoice_id");--> statement-breakpoint
CREATE INDEX "payments_gateway_id" ON "payments" USING btree ("gateway","gateway_id");--> statement-breakpoint
CREATE UNIQUE INDEX "refunds_idempotency" ON "refunds" USING btree ("account_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "invoices_collection_due" ON "invoices" USING btree ("collection_due_at") WHERE test_clock is null and collection_due_at is not null;--> statement-breakpoint
CREATE INDEX "invoices_clock_collection" ON "invoices" USING btree ("account_id","test_clock","collection_due_at") WHERE test_clock is not null;