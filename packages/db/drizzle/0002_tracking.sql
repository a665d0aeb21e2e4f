CREATE TABLE "account_quotes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "account_quotes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"account_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	"text" text NOT NULL,
	"form" text NOT NULL,
	"attribution_kind" text NOT NULL,
	"attributed_to" text NOT NULL,
	"speaker_party_id" integer,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "account_quotes_text_short" CHECK (char_length("account_quotes"."text") between 1 and 300)
);
--> statement-breakpoint
CREATE TABLE "dispute_claims" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dispute_claims_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"dispute_id" integer NOT NULL,
	"claim" text NOT NULL,
	"source_id" integer NOT NULL,
	"quote_text" text,
	"quote_form" text,
	"attribution_kind" text,
	"attributed_to" text,
	"speaker_party_id" integer,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disputes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "disputes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commitment_id" integer NOT NULL,
	"topic" text NOT NULL,
	"raised_on" date NOT NULL,
	"note" text NOT NULL,
	"resolved" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lineage_links" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "lineage_links_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commitment_id" integer NOT NULL,
	"relation" text NOT NULL,
	"meeting_id" integer NOT NULL,
	"linked_on" date NOT NULL,
	"source_id" integer NOT NULL,
	"quote_text" text,
	"quote_form" text,
	"attribution_kind" text,
	"attributed_to" text,
	"speaker_party_id" integer,
	"note" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "lineage_links_relation_check" CHECK ("lineage_links"."relation" in ('builds_on', 'restated_in')),
	CONSTRAINT "lineage_links_quote_complete" CHECK (("lineage_links"."quote_text" is null) = ("lineage_links"."attributed_to" is null) and ("lineage_links"."quote_text" is null) = ("lineage_links"."attribution_kind" is null))
);
--> statement-breakpoint
CREATE TABLE "meeting_accounts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "meeting_accounts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meeting_id" integer NOT NULL,
	"topic" text NOT NULL,
	"note" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "reliability" text DEFAULT 'standard' NOT NULL;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "parent_id" integer;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "reviewed_on" date;--> statement-breakpoint
ALTER TABLE "status_updates" ADD COLUMN "party_id" integer;--> statement-breakpoint
ALTER TABLE "account_quotes" ADD CONSTRAINT "account_quotes_account_id_meeting_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."meeting_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_quotes" ADD CONSTRAINT "account_quotes_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_quotes" ADD CONSTRAINT "account_quotes_speaker_party_id_parties_id_fk" FOREIGN KEY ("speaker_party_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_claims" ADD CONSTRAINT "dispute_claims_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_claims" ADD CONSTRAINT "dispute_claims_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_claims" ADD CONSTRAINT "dispute_claims_speaker_party_id_parties_id_fk" FOREIGN KEY ("speaker_party_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lineage_links" ADD CONSTRAINT "lineage_links_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lineage_links" ADD CONSTRAINT "lineage_links_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lineage_links" ADD CONSTRAINT "lineage_links_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lineage_links" ADD CONSTRAINT "lineage_links_speaker_party_id_parties_id_fk" FOREIGN KEY ("speaker_party_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_accounts" ADD CONSTRAINT "meeting_accounts_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_quotes_account_idx" ON "account_quotes" USING btree ("account_id","position");--> statement-breakpoint
CREATE INDEX "account_quotes_source_idx" ON "account_quotes" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "dispute_claims_dispute_idx" ON "dispute_claims" USING btree ("dispute_id","position");--> statement-breakpoint
CREATE INDEX "dispute_claims_source_idx" ON "dispute_claims" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "disputes_commitment_idx" ON "disputes" USING btree ("commitment_id","position");--> statement-breakpoint
CREATE INDEX "disputes_open_idx" ON "disputes" USING btree ("resolved","commitment_id");--> statement-breakpoint
CREATE INDEX "lineage_links_commitment_idx" ON "lineage_links" USING btree ("commitment_id","position");--> statement-breakpoint
CREATE INDEX "lineage_links_meeting_idx" ON "lineage_links" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "lineage_links_source_idx" ON "lineage_links" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "meeting_accounts_meeting_idx" ON "meeting_accounts" USING btree ("meeting_id","position");--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_parent_id_commitments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."commitments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitments_parent_idx" ON "commitments" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "status_updates_as_of_idx" ON "status_updates" USING btree ("effective_on","commitment_id");--> statement-breakpoint
CREATE INDEX "status_updates_party_idx" ON "status_updates" USING btree ("party_id");--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_reliability_check" CHECK ("sources"."reliability" in ('standard', 'unreliable'));