CREATE TABLE "pending_additions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pending_additions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"commitment_id" integer NOT NULL,
	"meeting_id" integer,
	"entry" jsonb NOT NULL,
	"proposed_by" text,
	"proposed_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pending_additions_kind_check" CHECK ("pending_additions"."kind" in ('account', 'status', 'lineage'))
);
--> statement-breakpoint
ALTER TABLE "pending_additions" ADD CONSTRAINT "pending_additions_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_additions" ADD CONSTRAINT "pending_additions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pending_additions_commitment_idx" ON "pending_additions" USING btree ("commitment_id","id");--> statement-breakpoint
CREATE INDEX "pending_additions_meeting_idx" ON "pending_additions" USING btree ("meeting_id");