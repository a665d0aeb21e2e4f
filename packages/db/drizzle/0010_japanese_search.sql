-- Japanese search (docs/search.md): Japanese has no spaces between words, so the Japanese
-- title and summary are indexed as overlapping character pairs (bigrams), as Lucene's CJK
-- analyzer does. The text is NFKC-normalised (half-width katakana, full-width Latin) and split
-- into runs of kana/kanji and runs of ASCII letters and digits (lower-cased, kept whole);
-- punctuation ends a run. Each pair takes a position, so a query's pairs match as a phrase;
-- each run's last character is added without a position, so a one-character query matches
-- it as a prefix ('体':*). The tsvector is built from its text form, not with to_tsvector, so
-- no parser or locale is involved: PGlite (C locale) and PostgreSQL give the same lexemes.
-- The query side is japaneseSearchTerms in @accord/domain, which must split text the same way.
CREATE FUNCTION "accord_ja_vector"(body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN (
  with runs as (
    select r.m[1] as run, r.n
    from regexp_matches(lower(normalize(body, NFKC)), '[ぁ-ゖァ-ヺー々〆㐀-䶿一-鿿豈-﫿]+|[a-z0-9]+', 'g') with ordinality as r(m, n)
  ), terms as (
    select case when length(run) = 1 or run ~ '^[a-z0-9]' then run else substr(run, i, 2) end as term, n, i
    from runs, generate_series(1, greatest(case when run ~ '^[a-z0-9]' then 1 else length(run) - 1 end, 1)) as i
  )
  select coalesce((
    select string_agg(format('''%s'':%s', term, pos), ' ')
    from (select term, row_number() over (order by n, i) as pos from terms) p
  ), '') || ' ' || coalesce((
    select string_agg(format('''%s''', substr(run, length(run), 1)), ' ')
    from runs where length(run) > 1 and run !~ '^[a-z0-9]'
  ), '')
)::tsvector;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "search_vector_ja" "tsvector" GENERATED ALWAYS AS (setweight(accord_ja_vector(coalesce(translations #>> '{ja,title,text}', '')), 'A') || setweight(accord_ja_vector(coalesce(translations #>> '{ja,summary,text}', '')), 'B')) STORED;--> statement-breakpoint
CREATE INDEX "commitments_search_ja_idx" ON "commitments" USING gin ("search_vector_ja");