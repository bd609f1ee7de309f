CREATE TABLE "support_messages" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"ticket_id" text collate "C" NOT NULL,
	"author" text NOT NULL,
	"author_name" text,
	"internal" boolean DEFAULT false NOT NULL,
	"body" text NOT NULL,
	"via" text NOT NULL,
	"email_message_id" text,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "support_messages_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "support_settings" (
	"account_id" text collate "C" PRIMARY KEY NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"signing_secret" text NOT NULL,
	"inbound_secret" text NOT NULL,
	"updated" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_tickets" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"test_clock" text collate "C",
	"subject" text NOT NULL,
	"status" text NOT NULL,
	"priority" text NOT NULL,
	"priority_rank" integer NOT NULL,
	"priority_source" text NOT NULL,
	"priority_rule" text,
	"channel" text NOT NULL,
	"assignee" text,
	"first_response_due_at" timestamp with time zone NOT NULL,
	"resolution_due_at" timestamp with time zone NOT NULL,
	"first_responded_at" timestamp with time zone,
	"solved_at" timestamp with time zone,
	"first_response_breached_at" timestamp with time zone,
	"resolution_breached_at" timestamp with time zone,
	"target_at" timestamp with time zone NOT NULL,
	"next_breach_at" timestamp with time zone,
	"csat_request" text collate "C",
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	"updated" timestamp with time zone NOT NULL,
	CONSTRAINT "support_tickets_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE INDEX "support_messages_ticket" ON "support_messages" USING btree ("account_id","ticket_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "support_messages_email" ON "support_messages" USING btree ("account_id","email_message_id");--> statement-breakpoint
CREATE INDEX "support_tickets_queue" ON "support_tickets" USING btree ("account_id","priority_rank","target_at","id");--> statement-breakpoint
CREATE INDEX "support_tickets_customer" ON "support_tickets" USING btree ("account_id","customer_id","id");--> statement-breakpoint
CREATE INDEX "support_tickets_next_breach" ON "support_tickets" USING btree ("next_breach_at");--> statement-breakpoint
CREATE INDEX "support_tickets_clock" ON "support_tickets" USING btree ("account_id","test_clock","next_breach_at");