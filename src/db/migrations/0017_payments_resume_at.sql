ALTER TABLE "payments" ADD COLUMN "resume_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "payments_resume_due" ON "payments" USING btree ("resume_at") WHERE resume_at is not null;