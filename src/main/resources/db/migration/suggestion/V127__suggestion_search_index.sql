-- 全文检索 over suggestions (issue 17): title and body, one text, cut into two-character pieces
create index suggestion_search on suggestion using gin (search_bigrams(title || chr(10) || body));
