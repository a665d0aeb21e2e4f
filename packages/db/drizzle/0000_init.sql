CREATE TABLE "meeting_participants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "meeting_participants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"meeting_id" integer NOT NULL,
	"party_id" integer NOT NULL,
	"name" text NOT NULL,
	"office" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "meetings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"place" text NOT NULL,
	"parent_id" integer,
	"summary" text NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "parties" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "parties_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"kind" text NOT NULL,
	"country_code" text,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "parties_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"url" text,
	"published_on" date,
	"kind" text NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sources_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "themes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "themes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"brief" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "themes_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "commitment_parties" (
	"commitment_id" integer NOT NULL,
	"party_id" integer NOT NULL,
	"role" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "commitment_parties_commitment_id_party_id_pk" PRIMARY KEY("commitment_id","party_id"),
	CONSTRAINT "commitment_parties_role_check" CHECK ("commitment_parties"."role" in ('committer', 'partner', 'beneficiary', 'subject'))
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "commitments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"meeting_id" integer NOT NULL,
	"theme_id" integer NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"strength" text NOT NULL,
	"status" text DEFAULT 'not_yet_rated' NOT NULL,
	"target_date" date,
	"target_precision" text,
	"target_qualifier" text,
	"target_note" text,
	"target_deadline" date GENERATED ALWAYS AS (case
        when target_date is null or target_qualifier = 'not_before' then null
        when target_precision = 'day' then target_date
        when target_precision = 'month' then (date_trunc('month', target_date::timestamp) + interval '1 month' - interval '1 day')::date
        when target_precision = 'quarter' then (date_trunc('quarter', target_date::timestamp) + interval '3 months' - interval '1 day')::date
        when target_precision = 'year' then (date_trunc('year', target_date::timestamp) + interval '1 year' - interval '1 day')::date
      end) STORED,
	"editorial_state" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "commitments_slug_unique" UNIQUE("slug"),
	CONSTRAINT "commitments_target_complete" CHECK (("commitments"."target_date" is null) = ("commitments"."target_precision" is null) and ("commitments"."target_date" is null) = ("commitments"."target_qualifier" is null)),
	CONSTRAINT "commitments_version_positive" CHECK ("commitments"."version" >= 1),
	CONSTRAINT "commitments_strength_check" CHECK ("commitments"."strength" in ('committed', 'agreed', 'reaffirmed', 'affirmed', 'recognized', 'plans', 'supports', 'considering')),
	CONSTRAINT "commitments_status_check" CHECK ("commitments"."status" in ('not_yet_rated', 'in_progress', 'partially_delivered', 'delivered', 'stalled', 'abandoned')),
	CONSTRAINT "commitments_editorial_state_check" CHECK ("commitments"."editorial_state" in ('draft', 'review', 'published', 'archived')),
	CONSTRAINT "commitments_target_precision_check" CHECK ("commitments"."target_precision" in ('day', 'month', 'quarter', 'year')),
	CONSTRAINT "commitments_target_qualifier_check" CHECK ("commitments"."target_qualifier" in ('by', 'on', 'not_before', 'around'))
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "quotes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commitment_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	"text" text NOT NULL,
	"form" text NOT NULL,
	"attribution_kind" text NOT NULL,
	"attributed_to" text NOT NULL,
	"speaker_party_id" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quotes_text_short" CHECK (char_length("quotes"."text") between 1 and 300),
	CONSTRAINT "quotes_form_check" CHECK ("quotes"."form" in ('verbatim', 'reported')),
	CONSTRAINT "quotes_attribution_kind_check" CHECK ("quotes"."attribution_kind" in ('joint_statement', 'government_readout', 'on_record_remark', 'anonymous_official', 'diplomatic_sources', 'press_report'))
);
--> statement-breakpoint
CREATE TABLE "status_update_sources" (
	"status_update_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "status_update_sources_status_update_id_source_id_pk" PRIMARY KEY("status_update_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "status_updates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "status_updates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commitment_id" integer NOT NULL,
	"effective_on" date NOT NULL,
	"status" text NOT NULL,
	"note" text NOT NULL,
	"author" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "status_updates_status_check" CHECK ("status_updates"."status" in ('not_yet_rated', 'in_progress', 'partially_delivered', 'delivered', 'stalled', 'abandoned'))
);
--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_parent_id_meetings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_parties" ADD CONSTRAINT "commitment_parties_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_parties" ADD CONSTRAINT "commitment_parties_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_speaker_party_id_parties_id_fk" FOREIGN KEY ("speaker_party_id") REFERENCES "public"."parties"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_update_sources" ADD CONSTRAINT "status_update_sources_status_update_id_status_updates_id_fk" FOREIGN KEY ("status_update_id") REFERENCES "public"."status_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_update_sources" ADD CONSTRAINT "status_update_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_participants_unique" ON "meeting_participants" USING btree ("meeting_id","party_id","name");--> statement-breakpoint
CREATE INDEX "meeting_participants_party_idx" ON "meeting_participants" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "meetings_starts_on_idx" ON "meetings" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "meetings_parent_idx" ON "meetings" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "sources_published_on_idx" ON "sources" USING btree ("published_on");--> statement-breakpoint
CREATE INDEX "themes_position_idx" ON "themes" USING btree ("position");--> statement-breakpoint
CREATE INDEX "commitment_parties_party_idx" ON "commitment_parties" USING btree ("party_id","commitment_id");--> statement-breakpoint
CREATE INDEX "commitments_state_id_idx" ON "commitments" USING btree ("editorial_state","id");--> statement-breakpoint
CREATE INDEX "commitments_theme_idx" ON "commitments" USING btree ("theme_id","editorial_state","id");--> statement-breakpoint
CREATE INDEX "commitments_meeting_idx" ON "commitments" USING btree ("meeting_id","editorial_state","id");--> statement-breakpoint
CREATE INDEX "commitments_status_idx" ON "commitments" USING btree ("status","editorial_state","id");--> statement-breakpoint
CREATE INDEX "commitments_deadline_idx" ON "commitments" USING btree ("target_deadline");--> statement-breakpoint
CREATE INDEX "quotes_commitment_idx" ON "quotes" USING btree ("commitment_id","position");--> statement-breakpoint
CREATE INDEX "quotes_source_idx" ON "quotes" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "status_update_sources_source_idx" ON "status_update_sources" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "status_updates_commitment_idx" ON "status_updates" USING btree ("commitment_id","effective_on","id");