-- 全文检索 over duty records (issue 17): title and description, cut into two-character pieces
create index duty_record_search on duty_record using gin (search_bigrams(title || chr(10) || coalesce(description, '')));
