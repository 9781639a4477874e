-- 全文检索 over what citizens wrote (issue 17): the two-character pieces of each case's text
create index opinion_search on opinion using gin (search_bigrams(description));
