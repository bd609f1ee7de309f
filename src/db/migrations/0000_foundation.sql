CREATE TABLE "accounts" (
	"id" text collate "C" PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"default_locale" text DEFAULT 'en' NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" text collate "C" PRIMARY KEY NOT NULL,
	"account_id" text collate "C" NOT NULL,
	"secret_hash" text NOT NULL,
	"redacted" text NOT NULL,
	"name" text,
	"created" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "coupons" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"name" text,
	"percent_off" numeric,
	"amount_off" bigint,
	"currency" text,
	"duration" text NOT NULL,
	"duration_in_months" integer,
	"max_redemptions" integer,
	"times_redeemed" integer DEFAULT 0 NOT NULL,
	"redeem_by" timestamp with time zone,
	"applies_to_products" text[],
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	CONSTRAINT "coupons_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "prices" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"product_id" text collate "C" NOT NULL,
	"currency" text NOT NULL,
	"type" text NOT NULL,
	"interval" text,
	"interval_count" integer,
	"usage_type" text,
	"aggregate_usage" text,
	"billing_scheme" text NOT NULL,
	"tiers_mode" text,
	"unit_amount" bigint,
	"unit_amount_decimal" numeric,
	"tiers" jsonb,
	"package" jsonb,
	"trial_period_days" integer,
	"tax_behavior" text NOT NULL,
	"lookup_key" text,
	"nickname" text,
	"active" boolean DEFAULT true NOT NULL,
	"used" boolean DEFAULT false NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "prices_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "products" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	"updated" timestamp with time zone NOT NULL,
	CONSTRAINT "products_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "promotion_codes" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"code" text NOT NULL,
	"coupon_id" text collate "C" NOT NULL,
	"customer_id" text collate "C",
	"active" boolean DEFAULT true NOT NULL,
	"expires_at" timestamp with time zone,
	"max_redemptions" integer,
	"times_redeemed" integer DEFAULT 0 NOT NULL,
	"first_time_transaction" boolean DEFAULT false NOT NULL,
	"minimum_amount" bigint,
	"minimum_amount_currency" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "promotion_codes_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "tax_rates" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"display_name" text NOT NULL,
	"description" text,
	"percentage" numeric NOT NULL,
	"inclusive" boolean NOT NULL,
	"country" text,
	"region" text,
	"jurisdiction" text,
	"tax_type" text,
	"active" boolean DEFAULT true NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "tax_rates_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "attribute_definitions" (
	"account_id" text collate "C" NOT NULL,
	"key" text NOT NULL,
	"type" text NOT NULL,
	"label" text,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "attribute_definitions_account_id_key_pk" PRIMARY KEY("account_id","key")
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"name" text,
	"email" text,
	"phone" text,
	"description" text,
	"locale" text,
	"preferred_currency" text,
	"address" jsonb,
	"tax_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"marketing_consent" boolean DEFAULT false NOT NULL,
	"marketing_consent_at" timestamp with time zone,
	"balance" bigint DEFAULT 0 NOT NULL,
	"test_clock" text collate "C",
	"created" timestamp with time zone NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	CONSTRAINT "customers_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"type" text NOT NULL,
	"data" jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	"test_clock" text collate "C",
	"request_id" text,
	"idempotency_key" text,
	"api_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "events_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"account_id" text collate "C" NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer,
	"response_body" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_account_id_key_pk" PRIMARY KEY("account_id","key")
);
--> statement-breakpoint
CREATE TABLE "test_clocks" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"name" text,
	"frozen_time" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'ready' NOT NULL,
	"advance_to" timestamp with time zone,
	"failure" text,
	"created" timestamp with time zone NOT NULL,
	"deletes_after" timestamp with time zone NOT NULL,
	CONSTRAINT "test_clocks_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_secret_hash" ON "api_keys" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "api_keys_account" ON "api_keys" USING btree ("account_id","id");--> statement-breakpoint
CREATE INDEX "api_keys_active" ON "api_keys" USING btree ("account_id") WHERE revoked_at is null;--> statement-breakpoint
CREATE INDEX "prices_product" ON "prices" USING btree ("account_id","product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "prices_lookup_key" ON "prices" USING btree ("account_id","lookup_key") WHERE lookup_key is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "promotion_codes_code" ON "promotion_codes" USING btree ("account_id",upper("code")) WHERE active;--> statement-breakpoint
CREATE INDEX "customers_email" ON "customers" USING btree ("account_id",lower("email"));--> statement-breakpoint
CREATE INDEX "customers_name" ON "customers" USING btree ("account_id",lower("name"));--> statement-breakpoint
CREATE INDEX "customers_test_clock" ON "customers" USING btree ("account_id","test_clock");--> statement-breakpoint
CREATE INDEX "events_type" ON "events" USING btree ("account_id","type","id");--> statement-breakpoint
CREATE INDEX "events_created" ON "events" USING btree ("account_id","created");--> statement-breakpoint
CREATE INDEX "idempotency_keys_expiry" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "test_clocks_advancing" ON "test_clocks" USING btree ("status","account_id");