CREATE TABLE "exchange_rates" (
	"account_id" text collate "C" NOT NULL,
	"currency" text NOT NULL,
	"quote_currency" text NOT NULL,
	"date" date NOT NULL,
	"rate" numeric NOT NULL,
	CONSTRAINT "exchange_rates_account_id_currency_quote_currency_date_pk" PRIMARY KEY("account_id","currency","quote_currency","date")
);
--> statement-breakpoint
CREATE TABLE "mrr_daily_rollups" (
	"account_id" text collate "C" NOT NULL,
	"level" text NOT NULL,
	"key" text NOT NULL,
	"day" date NOT NULL,
	"currency" text NOT NULL,
	"country" text NOT NULL,
	"type" text NOT NULL,
	"amount" bigint NOT NULL,
	"movements" integer NOT NULL,
	CONSTRAINT "mrr_daily_rollups_account_id_level_key_day_currency_country_type_pk" PRIMARY KEY("account_id","level","key","day","currency","country","type")
);
--> statement-breakpoint
CREATE TABLE "mrr_movement_lines" (
	"account_id" text collate "C" NOT NULL,
	"event_id" text collate "C" NOT NULL,
	"level" text NOT NULL,
	"key" text NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"date" timestamp with time zone NOT NULL,
	"type" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"country" text NOT NULL,
	CONSTRAINT "mrr_movement_lines_account_id_event_id_level_key_pk" PRIMARY KEY("account_id","event_id","level","key")
);
--> statement-breakpoint
ALTER TABLE "mrr_movements" ADD COLUMN "shares" jsonb DEFAULT '{"price":{},"product":{}}'::jsonb NOT NULL;--> statement-breakpoint
CREATE INDEX "mrr_movement_lines_date" ON "mrr_movement_lines" USING btree ("account_id","level","date");--> statement-breakpoint
INSERT INTO "mrr_movement_lines" ("account_id","event_id","level","key","customer_id","date","type","amount","currency","country")
SELECT m."account_id", m."event_id", 'customer', '', m."customer_id", m."date", m."type", m."amount", m."currency",
  coalesce(upper(c."address"->>'country'), '')
FROM "mrr_movements" m LEFT JOIN "customers" c ON c."account_id" = m."account_id" AND c."id" = m."customer_id";--> statement-breakpoint
INSERT INTO "mrr_daily_rollups" ("account_id","level","key","day","currency","country","type","amount","movements")
SELECT "account_id", "level", "key", ("date" AT TIME ZONE 'UTC')::date, "currency", "country", "type", sum("amount"), count(*)
FROM "mrr_movement_lines"
GROUP BY "account_id", "level", "key", ("date" AT TIME ZONE 'UTC')::date, "currency", "country", "type";
