ALTER TABLE "themes" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;