-- The tags as one text for to_tsvector: array_to_string is only STABLE (it can format any
-- element type), which a generated column refuses; on text[] it is immutable.
CREATE FUNCTION "accord_tags_text"(tags text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN array_to_string(tags, ' ');--> statement-breakpoint
ALTER TABLE "parties" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', name || ' ' || short_name)) STORED;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', accord_tags_text(tags)), 'B') || setweight(to_tsvector('english', summary), 'B')) STORED;--> statement-breakpoint
ALTER TABLE "quotes" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;--> statement-breakpoint
CREATE INDEX "parties_search_idx" ON "parties" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "commitments_search_idx" ON "commitments" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "quotes_search_idx" ON "quotes" USING gin ("search_vector");