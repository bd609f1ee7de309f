CREATE TABLE "segment_members" (
	"account_id" text collate "C" NOT NULL,
	"segment_id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"entered" timestamp with time zone NOT NULL,
	CONSTRAINT "segment_members_account_id_segment_id_customer_id_pk" PRIMARY KEY("account_id","segment_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "segments" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"name" text NOT NULL,
	"rule" jsonb NOT NULL,
	"refresh_at" timestamp with time zone NOT NULL,
	"refreshed_at" timestamp with time zone,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "segments_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE INDEX "segments_refresh_at" ON "segments" USING btree ("refresh_at");