CREATE TABLE "billing_portal_configurations" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"features" jsonb NOT NULL,
	"business_profile" jsonb NOT NULL,
	"default_return_url" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created" timestamp with time zone NOT NULL,
	"updated" timestamp with time zone NOT NULL,
	CONSTRAINT "billing_portal_configurations_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "portal_browser_sessions" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"configuration_id" text collate "C",
	"link_id" text collate "C" NOT NULL,
	"secret_hash" text NOT NULL,
	"csrf_token" text NOT NULL,
	"return_url" text,
	"locale" text,
	"flow" jsonb,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "portal_browser_sessions_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "portal_links" (
	"account_id" text collate "C" NOT NULL,
	"id" text collate "C" NOT NULL,
	"kind" text NOT NULL,
	"customer_id" text collate "C" NOT NULL,
	"configuration_id" text collate "C",
	"secret_hash" text NOT NULL,
	"return_url" text,
	"locale" text,
	"flow" jsonb,
	"expires_at" timestamp with time zone NOT NULL,
	"redeemed_at" timestamp with time zone,
	"created" timestamp with time zone NOT NULL,
	CONSTRAINT "portal_links_account_id_id_pk" PRIMARY KEY("account_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "billing_portal_configurations_default" ON "billing_portal_configurations" USING btree ("account_id") WHERE "billing_portal_configurations"."is_default";--> statement-breakpoint
CREATE UNIQUE INDEX "portal_browser_sessions_secret" ON "portal_browser_sessions" USING btree ("secret_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_links_secret" ON "portal_links" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "portal_links_customer" ON "portal_links" USING btree ("account_id","customer_id");