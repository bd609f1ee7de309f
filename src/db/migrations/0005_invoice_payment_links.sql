ALTER TABLE "invoices" ADD COLUMN "hosted_token" text;--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_hosted_token" ON "invoices" USING btree ("hosted_token") WHERE hosted_token is not null;