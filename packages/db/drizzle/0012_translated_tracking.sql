ALTER TABLE "dispute_claims" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "lineage_links" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;