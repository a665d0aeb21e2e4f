ALTER TABLE "commitments" ADD COLUMN "publish_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "unpublish_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "scheduled_by" text;--> statement-breakpoint
CREATE INDEX "commitments_publish_at_idx" ON "commitments" USING btree ("publish_at") WHERE "commitments"."publish_at" is not null;--> statement-breakpoint
CREATE INDEX "commitments_unpublish_at_idx" ON "commitments" USING btree ("unpublish_at") WHERE "commitments"."unpublish_at" is not null;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_schedule_order" CHECK ("commitments"."publish_at" is null or "commitments"."unpublish_at" is null or "commitments"."unpublish_at" > "commitments"."publish_at");