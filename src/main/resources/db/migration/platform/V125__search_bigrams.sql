-- Full-text search in Chinese (issue 17): PostgreSQL's own text search splits words on spaces and
-- pg_trgm needs three characters and, under the C locale the embedded server runs with, keeps no
-- CJK character at all (show_trgm('小区路灯') is '{}'). A word in Chinese is usually two
-- characters, so every text is cut into its overlapping two-character pieces: a GIN index on
-- search_bigrams(text) finds the rows holding every piece of the query, and an exact strpos()
-- on the same text then drops those holding the pieces apart. Lower case for Latin letters only
-- (lower() under the C locale), matching what the application does to the query.
create function search_bigrams(t text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct substr(lower(t), i, 2)), '{}'::text[])
    from generate_series(1, char_length(t) - 1) as i
$$;
comment on function search_bigrams(text) is
    'API of the platform: a text''s distinct two-character pieces, for a GIN index every module''s search uses';

-- How well a record answers a query (already lower-cased): found in its title counts most, then
-- a text that starts with it, then how often it occurs (up to five times). Ties go to the newer.
create function search_rank(title text, body text, query text) returns integer
    language sql immutable parallel safe
as $$
    select (case when strpos(lower(coalesce(title, '')), query) > 0 then 8 else 0 end)
         + (case when strpos(lower(coalesce(title, '')), query) = 1
                   or strpos(lower(coalesce(body, '')), query) = 1 then 2 else 0 end)
         + least(5, (char_length(lower(coalesce(title, '') || chr(10) || coalesce(body, '')))
                     - char_length(replace(lower(coalesce(title, '') || chr(10) || coalesce(body, '')), query, '')))
                    / greatest(1, char_length(query)))
$$;
comment on function search_rank(text, text, text) is
    'API of the platform: the relevance of a record''s title and text to a lower-cased query';
