CREATE TABLE "analytics_cursors" (
	"account_id" text collate "C" PRIMARY KEY NOT NULL,
	"cursor" text collate "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mrr_discount_edges" (
	"account_id" text collate "C" NOT NULL,
	"discount_id" text collate "C" NOT NULL,
	"edge" text NOT NULL,
	CONSTRAINT "mrr_discount_edges_account_id_discount_id_edge_pk" PRIMARY KEY("account_id","discount_id","edge")
);
--> statement-breakpoint
CREATE TABLE "mrr_movements" (
	"account_id" text collate "C" NOT NULL,
	"event_id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"date" timestamp with time zone NOT NULL,
	"type" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"mrr_after" bigint NOT NULL,
	CONSTRAINT "mrr_movements_account_id_event_id_pk" PRIMARY KEY("account_id","event_id")
);
--> statement-breakpoint
CREATE INDEX "mrr_movements_date" ON "mrr_movements" USING btree ("account_id","date");--> statement-breakpoint
CREATE INDEX "mrr_movements_customer" ON "mrr_movements" USING btree ("account_id","customer_id","date");