ALTER TABLE "meetings" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "parties" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;