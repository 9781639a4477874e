-- The article-by-article view and the merge suggestions read one article's opinions of one
-- consultation (opinions on the whole draft have no article and are read as article 0): with
-- 20,000 opinions on a draft, the index on (consultation_id, article_number) could not serve
-- the coalesce and every read went through all the consultation's opinions (issue 16's bench).
create index legislation_opinion_article_or_whole
    on legislation_opinion (consultation_id, (coalesce(article_number, 0)), id);
