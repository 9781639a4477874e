-- Copied into supervision_notice by V70_5; nothing reads or writes it any more.
drop table opinion_notice;
