CREATE TABLE "invoice_items" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"subscription_id" text collate "C",
	"invoice_id" text collate "C",
	"price_id" text collate "C",
	"description" text,
	"currency" text NOT NULL,
	"quantity" bigint NOT NULL,
	"unit_amount_decimal" numeric,
	"amount" bigint NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"proration" boolean DEFAULT false NOT NULL,
	"discountable" boolean DEFAULT true NOT NULL,
	"tax_rates" text[] DEFAULT '{}'::text[] NOT NULL,
	"test_clock" text collate "C",
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "invoice_items_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"invoice_id" text collate "C" NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"subscription_id" text collate "C",
	"subscription_item_id" text collate "C",
	"invoice_item_id" text collate "C",
	"price_id" text collate "C",
	"description" text,
	"quantity" bigint,
	"unit_amount_decimal" numeric,
	"amount" bigint NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"proration" boolean DEFAULT false NOT NULL,
	"discount_amounts" jsonb NOT NULL,
	"tax_amounts" jsonb NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "invoice_lines_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "invoice_sequences" (
	"account_id" text collate "C" NOT NULL,
	"prefix" text NOT NULL,
	"last_number" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "invoice_sequences_account_id_prefix_pk" PRIMARY KEY("account_id","prefix")
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"subscription_id" text collate "C",
	"cycle_at" timestamp with time zone,
	"status" text NOT NULL,
	"number" text,
	"currency" text NOT NULL,
	"billing_reason" text NOT NULL,
	"collection_method" text NOT NULL,
	"description" text,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"subtotal" bigint NOT NULL,
	"total_discount_amounts" jsonb NOT NULL,
	"total_excluding_tax" bigint NOT NULL,
	"tax" bigint NOT NULL,
	"total_tax_amounts" jsonb NOT NULL,
	"total" bigint NOT NULL,
	"starting_balance" bigint NOT NULL,
	"ending_balance" bigint,
	"amount_due" bigint NOT NULL,
	"amount_paid" bigint DEFAULT 0 NOT NULL,
	"paid_out_of_band" boolean DEFAULT false NOT NULL,
	"auto_advance" boolean NOT NULL,
	"finalize_at" timestamp with time zone,
	"due_date" timestamp with time zone,
	"finalized_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"voided_at" timestamp with time zone,
	"marked_uncollectible_at" timestamp with time zone,
	"test_clock" text collate "C",
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "invoices_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "discounts" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"subscription_id" text collate "C",
	"coupon_id" text collate "C" NOT NULL,
	"promotion_code_id" text collate "C",
	"start" timestamp with time zone NOT NULL,
	"end" timestamp with time zone,
	"created" timestamp with time zone NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	CONSTRAINT "discounts_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "subscription_items" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"subscription_id" text collate "C" NOT NULL,
	"price_id" text collate "C" NOT NULL,
	"quantity" integer NOT NULL,
	"tax_rates" text[],
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "subscription_items_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"status" text NOT NULL,
	"currency" text NOT NULL,
	"interval" text NOT NULL,
	"interval_count" integer NOT NULL,
	"billing_cycle_anchor" timestamp with time zone NOT NULL,
	"start_date" timestamp with time zone NOT NULL,
	"current_period_start" timestamp with time zone NOT NULL,
	"current_period_end" timestamp with time zone NOT NULL,
	"trial_start" timestamp with time zone,
	"trial_end" timestamp with time zone,
	"trial_will_end_at" timestamp with time zone,
	"trial_end_behavior" text DEFAULT 'create_invoice' NOT NULL,
	"cancel_at_period_end" boolean DEFAULT false NOT NULL,
	"cancel_at" timestamp with time zone,
	"canceled_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"cancellation_details" jsonb,
	"pause_collection" jsonb,
	"resume_at" timestamp with time zone,
	"pending_change" jsonb,
	"collection_method" text NOT NULL,
	"days_until_due" integer,
	"default_tax_rates" text[] DEFAULT '{}'::text[] NOT NULL,
	"proration_behavior" text DEFAULT 'create_prorations' NOT NULL,
	"latest_invoice" text collate "C",
	"previous_subscription" text collate "C",
	"next_action_at" timestamp with time zone,
	"test_clock" text collate "C",
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "subscriptions_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "usage_records" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"subscription_item_id" text collate "C" NOT NULL,
	"quantity" integer NOT NULL,
	"timestamp" timestamp with time zone NOT NULL,
	"identifier" text NOT NULL,
	"value_key" text,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "usage_records_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE INDEX "invoice_items_pending" ON "invoice_items" USING btree ("account_id","customer_id") WHERE invoice_id is null;--> statement-breakpoint
CREATE INDEX "invoice_lines_invoice" ON "invoice_lines" USING btree ("account_id","invoice_id","position");--> statement-breakpoint
CREATE INDEX "invoices_customer" ON "invoices" USING btree ("account_id","customer_id");--> statement-breakpoint
CREATE INDEX "invoices_subscription" ON "invoices" USING btree ("account_id","subscription_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_subscription_cycle" ON "invoices" USING btree ("account_id","subscription_id","cycle_at") WHERE cycle_at is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_number" ON "invoices" USING btree ("account_id","number") WHERE number is not null;--> statement-breakpoint
CREATE INDEX "invoices_finalize_due" ON "invoices" USING btree ("finalize_at") WHERE test_clock is null and finalize_at is not null;--> statement-breakpoint
CREATE INDEX "invoices_clock_finalize" ON "invoices" USING btree ("account_id","test_clock","finalize_at") WHERE test_clock is not null;--> statement-breakpoint
CREATE INDEX "discounts_customer" ON "discounts" USING btree ("account_id","customer_id");--> statement-breakpoint
CREATE INDEX "discounts_subscription" ON "discounts" USING btree ("account_id","subscription_id");--> statement-breakpoint
CREATE INDEX "subscription_items_sub" ON "subscription_items" USING btree ("account_id","subscription_id");--> statement-breakpoint
CREATE INDEX "subscriptions_customer" ON "subscriptions" USING btree ("account_id","customer_id");--> statement-breakpoint
CREATE INDEX "subscriptions_due" ON "subscriptions" USING btree ("next_action_at") WHERE test_clock is null and next_action_at is not null;--> statement-breakpoint
CREATE INDEX "subscriptions_clock_due" ON "subscriptions" USING btree ("account_id","test_clock","next_action_at") WHERE test_clock is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "usage_records_identifier" ON "usage_records" USING btree ("account_id","subscription_item_id","identifier");--> statement-breakpoint
CREATE INDEX "usage_records_item_time" ON "usage_records" USING btree ("account_id","subscription_item_id","timestamp");