CREATE TABLE "messages" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"to" text NOT NULL,
	"template" text NOT NULL,
	"locale" text NOT NULL,
	"subject" text NOT NULL,
	"content" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"event_id" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"last_error" text,
	"delivered_to" text,
	"sent_at" timestamp with time zone,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "messages_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "notice_cursors" (
	"account_id" text collate "C" PRIMARY KEY NOT NULL,
	"cursor" text collate "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notice_secrets" (
	"account_id" text collate "C" PRIMARY KEY NOT NULL,
	"secret" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notice_templates" (
	"account_id" text collate "C" NOT NULL,
	"template" text NOT NULL,
	"locale" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"updated" timestamp with time zone NOT NULL,
	CONSTRAINT "notice_templates_account_id_template_locale_pk" PRIMARY KEY("account_id","template","locale")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "messages_cause" ON "messages" USING btree ("account_id","event_id","template","customer_id");--> statement-breakpoint
CREATE INDEX "messages_customer" ON "messages" USING btree ("account_id","customer_id","id");--> statement-breakpoint
CREATE INDEX "messages_next_attempt" ON "messages" USING btree ("next_attempt_at");