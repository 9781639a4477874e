-- The working-day calendar: by default Monday to Friday are working days; these rows are the
-- exceptions the State Council announces every year: the public holidays (weekend days inside a
-- holiday are listed too, so the calendar reads like the notice) and the make-up working days
-- (调休上班) that fall on weekends. Administrators edit them in the console.
create table workday_exception (
    day     date        primary key,
    kind    varchar(16) not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name    varchar(32) not null
);

insert into role_permission (role_id, permission)
select r.id, p.permission
from role r
join (values
    ('CITY_ADMIN', 'workday:calendar:view'), ('CITY_ADMIN', 'workday:calendar:edit'),
    ('CONGRESS_OFFICE', 'workday:calendar:view')
) as p (role_code, permission) on p.role_code = r.code
on conflict do nothing;

-- 2025 (国务院办公厅关于2025年部分节假日安排的通知)
insert into workday_exception (day, kind, name) values
    ('2025-01-01', 'HOLIDAY', '元旦'),
    ('2025-01-26', 'WORKDAY', '春节调休上班'),
    ('2025-01-28', 'HOLIDAY', '春节'),
    ('2025-01-29', 'HOLIDAY', '春节'),
    ('2025-01-30', 'HOLIDAY', '春节'),
    ('2025-01-31', 'HOLIDAY', '春节'),
    ('2025-02-01', 'HOLIDAY', '春节'),
    ('2025-02-02', 'HOLIDAY', '春节'),
    ('2025-02-03', 'HOLIDAY', '春节'),
    ('2025-02-04', 'HOLIDAY', '春节'),
    ('2025-02-08', 'WORKDAY', '春节调休上班'),
    ('2025-04-04', 'HOLIDAY', '清明节'),
    ('2025-04-05', 'HOLIDAY', '清明节'),
    ('2025-04-06', 'HOLIDAY', '清明节'),
    ('2025-04-27', 'WORKDAY', '劳动节调休上班'),
    ('2025-05-01', 'HOLIDAY', '劳动节'),
    ('2025-05-02', 'HOLIDAY', '劳动节'),
    ('2025-05-03', 'HOLIDAY', '劳动节'),
    ('2025-05-04', 'HOLIDAY', '劳动节'),
    ('2025-05-05', 'HOLIDAY', '劳动节'),
    ('2025-05-31', 'HOLIDAY', '端午节'),
    ('2025-06-01', 'HOLIDAY', '端午节'),
    ('2025-06-02', 'HOLIDAY', '端午节'),
    ('2025-09-28', 'WORKDAY', '国庆节、中秋节调休上班'),
    ('2025-10-01', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-02', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-03', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-04', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-05', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-06', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-07', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-08', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-11', 'WORKDAY', '国庆节、中秋节调休上班');

-- 2026 (国务院办公厅关于2026年部分节假日安排的通知)
insert into workday_exception (day, kind, name) values
    ('2026-01-01', 'HOLIDAY', '元旦'),
    ('2026-01-02', 'HOLIDAY', '元旦'),
    ('2026-01-03', 'HOLIDAY', '元旦'),
    ('2026-01-04', 'WORKDAY', '元旦调休上班'),
    ('2026-02-14', 'WORKDAY', '春节调休上班'),
    ('2026-02-15', 'HOLIDAY', '春节'),
    ('2026-02-16', 'HOLIDAY', '春节'),
    ('2026-02-17', 'HOLIDAY', '春节'),
    ('2026-02-18', 'HOLIDAY', '春节'),
    ('2026-02-19', 'HOLIDAY', '春节'),
    ('2026-02-20', 'HOLIDAY', '春节'),
    ('2026-02-21', 'HOLIDAY', '春节'),
    ('2026-02-22', 'HOLIDAY', '春节'),
    ('2026-02-23', 'HOLIDAY', '春节'),
    ('2026-02-28', 'WORKDAY', '春节调休上班'),
    ('2026-04-04', 'HOLIDAY', '清明节'),
    ('2026-04-05', 'HOLIDAY', '清明节'),
    ('2026-04-06', 'HOLIDAY', '清明节'),
    ('2026-05-01', 'HOLIDAY', '劳动节'),
    ('2026-05-02', 'HOLIDAY', '劳动节'),
    ('2026-05-03', 'HOLIDAY', '劳动节'),
    ('2026-05-04', 'HOLIDAY', '劳动节'),
    ('2026-05-05', 'HOLIDAY', '劳动节'),
    ('2026-05-09', 'WORKDAY', '劳动节调休上班'),
    ('2026-06-19', 'HOLIDAY', '端午节'),
    ('2026-06-20', 'HOLIDAY', '端午节'),
    ('2026-06-21', 'HOLIDAY', '端午节'),
    ('2026-09-20', 'WORKDAY', '国庆节调休上班'),
    ('2026-09-25', 'HOLIDAY', '中秋节'),
    ('2026-09-26', 'HOLIDAY', '中秋节'),
    ('2026-09-27', 'HOLIDAY', '中秋节'),
    ('2026-10-01', 'HOLIDAY', '国庆节'),
    ('2026-10-02', 'HOLIDAY', '国庆节'),
    ('2026-10-03', 'HOLIDAY', '国庆节'),
    ('2026-10-04', 'HOLIDAY', '国庆节'),
    ('2026-10-05', 'HOLIDAY', '国庆节'),
    ('2026-10-06', 'HOLIDAY', '国庆节'),
    ('2026-10-07', 'HOLIDAY', '国庆节'),
    ('2026-10-10', 'WORKDAY', '国庆节调休上班');
