-- The Japanese search (docs/search.md) also reads the quotes said or reported in Japanese and
-- the parties' Japanese names, as the English search reads quotes and English names: each as
-- character bigrams (accord_ja_vector, 0010). A quote with no kana or kanji gets an empty
-- vector, so an English quote is not matched a second time by a Japanese search.
ALTER TABLE "parties" ADD COLUMN "search_vector_ja" "tsvector" GENERATED ALWAYS AS (accord_ja_vector(coalesce(translations #>> '{ja,name,text}', '') || ' ' || coalesce(translations #>> '{ja,shortName,text}', ''))) STORED;--> statement-breakpoint
ALTER TABLE "quotes" ADD COLUMN "search_vector_ja" "tsvector" GENERATED ALWAYS AS (case when text ~ '[ぁ-ゖァ-ヺー々〆㐀-䶿一-鿿豈-﫿]' then accord_ja_vector(text) else ''::tsvector end) STORED;--> statement-breakpoint
CREATE INDEX "parties_search_ja_idx" ON "parties" USING gin ("search_vector_ja");--> statement-breakpoint
CREATE INDEX "quotes_search_ja_idx" ON "quotes" USING gin ("search_vector_ja");