CREATE TABLE "stream_sessions" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"line_id" text collate "C" NOT NULL,
	"stream_num" integer NOT NULL,
	"client_ip" text NOT NULL,
	"user_agent" text NOT NULL,
	"started" timestamp with time zone NOT NULL,
	"last_seen" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "stream_sessions_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE INDEX "stream_sessions_line" ON "stream_sessions" USING btree ("account_id","line_id","expires_at");