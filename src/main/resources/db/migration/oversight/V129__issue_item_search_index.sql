-- 全文检索 over issue items (issue 17): where, what was found and what must be put right
create index oversight_issue_item_search on oversight_issue_item
    using gin (search_bigrams(place || chr(10) || description || chr(10) || rectification_required));
