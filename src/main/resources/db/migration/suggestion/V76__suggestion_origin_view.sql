-- API of the suggestion module: which suggestion an opinion case became (转为代表建议), so that the
-- opinion module can link a converted case to its suggestion without reading suggestion's tables
create view suggestion_origin_view as
select s.origin_opinion_id as opinion_id, s.id as suggestion_id, s.status
from suggestion s
where s.origin_opinion_id is not null;
comment on view suggestion_origin_view is 'API of the suggestion module: the suggestion each converted opinion became';
