CREATE TABLE "bouquets" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"name" text NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"streams" text[] DEFAULT '{}'::text[] NOT NULL,
	"series" text[] DEFAULT '{}'::text[] NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "bouquets_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "catalogue_versions" (
	"account_id" text collate "C" PRIMARY KEY NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_entitlements" (
	"account_id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"value" jsonb NOT NULL,
	"updated" timestamp with time zone NOT NULL,
	CONSTRAINT "customer_entitlements_account_id_customer_id_pk" PRIMARY KEY("account_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "epg_programmes" (
	"account_id" text collate "C" NOT NULL,
	"epg_channel_id" text NOT NULL,
	"start" timestamp with time zone NOT NULL,
	"stop" timestamp with time zone NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"lang" text,
	CONSTRAINT "epg_programmes_account_id_epg_channel_id_start_pk" PRIMARY KEY("account_id","epg_channel_id","start")
);
--> statement-breakpoint
CREATE TABLE "lines" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"subscription_id" text collate "C" NOT NULL,
	"username" text NOT NULL,
	"password" text NOT NULL,
	"status" text NOT NULL,
	"allowed_ips" text[] DEFAULT '{}'::text[] NOT NULL,
	"allowed_user_agents" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	"updated" timestamp with time zone NOT NULL,
	CONSTRAINT "lines_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "series" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"num" integer GENERATED ALWAYS AS IDENTITY (sequence name "series_num_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"category_id" text collate "C",
	"cover" text,
	"rating" text,
	"info" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "series_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "stream_categories" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"num" integer GENERATED ALWAYS AS IDENTITY (sequence name "stream_categories_num_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "stream_categories_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
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
CREATE TABLE "streaming_keys" (
	"account_id" text collate "C" PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"created" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "streams" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"num" integer GENERATED ALWAYS AS IDENTITY (sequence name "streams_num_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"category_id" text collate "C",
	"icon" text,
	"epg_channel_id" text,
	"archive_days" integer DEFAULT 0 NOT NULL,
	"origin_url" text NOT NULL,
	"container_extension" text,
	"series_id" text collate "C",
	"season" integer,
	"episode_num" integer,
	"rating" text,
	"info" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "streams_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "entitlements" jsonb;--> statement-breakpoint
CREATE UNIQUE INDEX "lines_username" ON "lines" USING btree ("username");--> statement-breakpoint
CREATE INDEX "lines_subscription" ON "lines" USING btree ("account_id","subscription_id");--> statement-breakpoint
CREATE UNIQUE INDEX "series_num" ON "series" USING btree ("num");--> statement-breakpoint
CREATE UNIQUE INDEX "stream_categories_num" ON "stream_categories" USING btree ("num");--> statement-breakpoint
CREATE UNIQUE INDEX "stream_categories_name" ON "stream_categories" USING btree ("account_id","kind","name");--> statement-breakpoint
CREATE INDEX "stream_sessions_line" ON "stream_sessions" USING btree ("account_id","line_id","expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "streams_num" ON "streams" USING btree ("num");--> statement-breakpoint
CREATE INDEX "streams_kind" ON "streams" USING btree ("account_id","kind","position");--> statement-breakpoint
CREATE INDEX "streams_series" ON "streams" USING btree ("account_id","series_id") WHERE series_id is not null;