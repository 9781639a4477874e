# shellcheck shell=bash
# duty: the figures of issue 5 at the generator's scale (1m: 10,000 more deputies and 200,000
# duty records): recomputing a year's evaluation for the whole city, the whole city's 三表一报,
# and a deputy's "my duties" page, each from one client in a row.

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="evaluation scores, 三表一报 and my duties, one client in a row"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=()

scenario_run() {
    local admin batch deputy_cookie p
    admin=$(api_token admin)
    log "deputies: $(bench_psql -At -c 'select count(*) from deputy'), duty records: $(bench_psql -At -c 'select count(*) from duty_record')"
    batch=$(bench_psql -At -c "insert into evaluation_batch (name, starts_on, ends_on, excellent_min, competent_min, basic_min)
        values ('bench ' || now(), date_trunc('year', current_date), current_date, 80, 60, 40) returning id" | head -1)
    bench_psql -q -c "insert into evaluation_dimension (batch_id, name, type_id, points, cap, sort_order)
        select $batch, name, id, 2, 20, sort_order from duty_record_type"
    # a manual item marked by the office and the deputy themself for everyone, weighted 50/50
    bench_psql -q -c "insert into evaluation_dimension (batch_id, name, type_id, points, cap, sort_order, manual)
        values ($batch, '综合评价', null, 20, 20, 1000, true)"
    bench_psql -q -c "insert into evaluation_scorer (batch_id, role, weight) values ($batch, 'SELF', 50), ($batch, 'OFFICE', 50)"
    bench_psql -q -c "insert into evaluation_mark (dimension_id, deputy_id, role, mark)
        select d.id, m.deputy_id, r.role, 10 + (m.deputy_id % 10) from evaluation_dimension d
        cross join (select distinct deputy_id from deputy_membership) m cross join (values ('SELF'), ('OFFICE')) r (role)
        where d.batch_id = $batch and d.manual"

    check_get "$APP_URL/api/v1/duty/evaluations/$batch/scores" "$BENCH_TMP/scores.json" "$admin"
    p=$(SEQ_TOKEN=$admin python3 "$BENCH_DIR/sequential.py" "$APP_URL/api/v1/duty/evaluations/$batch/scores" 5 SEQ_TOKEN)
    note "evaluation of the whole city ($(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["scores"]))' "$BENCH_TMP/scores.json") deputies scored), 5 in a row: p50/p95/p99 ms $p"

    check_get "$APP_URL/api/v1/duty/daily-report" "$BENCH_TMP/daily.json" "$admin"
    p=$(SEQ_TOKEN=$admin python3 "$BENCH_DIR/sequential.py" "$APP_URL/api/v1/duty/daily-report" 5 SEQ_TOKEN)
    note "三表一报 of the whole city, 5 in a row: p50/p95/p99 ms $p"

    # deputy-demo as a busy deputy: 500 records over the past year (the generated deputies have
    # about 16 each), so that "my duties" is measured where it is heaviest
    bench_psql -q -c "with me as (select a.deputy_id from deputy_account a join staff_user u on u.id = a.user_id
                                  where u.username = 'deputy-demo'),
        made as (insert into duty_record (type_id, occurred_on, title, state, region_code, source_ref)
                 select (select id from duty_record_type where code = 'CONTACTING_VOTERS'), current_date - (g % 365),
                        'bench 履职 ' || g, case when g % 5 = 0 then 'SUBMITTED' else 'VERIFIED' end, '210802',
                        'bench-mine:' || g
                 from generate_series(1, 500) g on conflict (source_ref) do nothing returning id)
        insert into duty_record_deputy (record_id, deputy_id) select made.id, me.deputy_id from made, me"
    local deputy_token
    deputy_token=$(api_token deputy-demo)
    check_get "$APP_URL/api/v1/duty/records" "$BENCH_TMP/mine.json" "$deputy_token"
    SEQ_TOKEN=$deputy_token python3 "$BENCH_DIR/sequential.py" "$APP_URL/api/v1/duty/records" 100 SEQ_TOKEN >/dev/null
    p=$(SEQ_TOKEN=$deputy_token python3 "$BENCH_DIR/sequential.py" "$APP_URL/api/v1/duty/records" 500 SEQ_TOKEN)
    note "deputy-demo's own records through the API (500 of them), 500 in a row: p50/p95/p99 ms $p"
    local cookie
    cookie=$(session_cookie deputy-demo)
    SEQ_COOKIE=$cookie python3 "$BENCH_DIR/sequential.py" "$APP_URL/duty/mine" 50 >/dev/null
    p=$(SEQ_COOKIE=$cookie python3 "$BENCH_DIR/sequential.py" "$APP_URL/duty/mine" 300)
    note "deputy-demo's my duties page (calendar, cases, score, records; 500 records of their own), 300 in a row: p50/p95/p99 ms $p"
    measure "app my records as deputy-demo" "$APP_URL/api/v1/duty/records" app "$BENCH_DIR/lua/bearer.lua" "$deputy_token"
}
