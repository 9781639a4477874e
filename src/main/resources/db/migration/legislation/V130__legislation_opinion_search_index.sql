-- 全文检索 over opinions on drafts (issue 17): their text, cut into two-character pieces
create index legislation_opinion_search on legislation_opinion using gin (search_bigrams(text));
