# shellcheck shell=bash
# opinion-lists: the lists staff work from, through the JSON API (the pages run the same query):
# the triage inbox of a division clerk, the whole city's newest cases for the administrator, and
# an agency's overdue cases. First one client in a row for the server time of a request (p95,
# the target: 100 ms with a million cases), then wrk for throughput under load. Then the figures,
# GET /api/v1/opinions/stats for the whole city (admin) and for the clerk's division, all time,
# one client in a row (issue 17: p95 ≤ 100 ms), after the app's rollup of the figures has been
# brought up to date with the generated cases by its own job ('opinion-rollup').

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="GET /api/v1/opinions (inbox, city list, an agency's overdue cases) and /api/v1/opinions/stats with a bearer token"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=()

scenario_run() {
    local lua=$BENCH_DIR/lua/bearer.lua clerk admin handler
    clerk=$(api_token office-210802)
    admin=$(api_token admin)
    handler=$(api_token agency-210802)
    local inbox="$APP_URL/api/v1/opinions?status=RECEIVED&status=REOPENED&size=50"
    local city="$APP_URL/api/v1/opinions?size=50"
    local overdue="$APP_URL/api/v1/opinions?overdue=true&size=50"
    check_get "$inbox" "$BENCH_TMP/inbox.json" "$clerk"
    check_get "$city" "$BENCH_TMP/city.json" "$admin"
    check_get "$overdue" "$BENCH_TMP/overdue.json" "$handler"
    log "cases in the database: $(bench_psql -At -c 'select count(*) from opinion')"

    local target token label p
    for target in "inbox of office-210802|$inbox|$clerk" "city list as admin|$city|$admin" \
        "overdue of agency-210802|$overdue|$handler"; do
        IFS='|' read -r label url token <<<"$target"
        # warm the JIT and the caches first, then measure one client in a row
        SEQ_TOKEN=$token python3 "$BENCH_DIR/sequential.py" "$url" 300 SEQ_TOKEN >/dev/null
        p=$(SEQ_TOKEN=$token python3 "$BENCH_DIR/sequential.py" "$url" 500 SEQ_TOKEN)
        read -r p50 p95 p99 <<<"$p"
        note "one client in a row, $label: p50 $p50 ms, p95 $p95 ms, p99 $p99 ms (500 requests)"
        log "$label, sequential: p50 $p50 ms, p95 $p95 ms, p99 $p99 ms"
    done

    task_run_now opinion-rollup "the rollup of the figures"
    local stats="$APP_URL/api/v1/opinions/stats"
    BENCH_CHECK_TIMEOUT=300 check_get "$stats" "$BENCH_TMP/stats-city.json" "$admin"
    BENCH_CHECK_TIMEOUT=300 check_get "$stats" "$BENCH_TMP/stats-division.json" "$clerk"
    log "city figures: $(head -c 400 "$BENCH_TMP/stats-city.json")"
    log "division figures: $(head -c 400 "$BENCH_TMP/stats-division.json")"
    BENCH_SEQ_WARMUP=20 sequential "stats API as admin (the city)" "$stats" "$admin"
    BENCH_SEQ_WARMUP=20 sequential "stats API of office-210802 (its division)" "$stats" "$clerk"

    measure "app inbox of office-210802" "$inbox" app "$lua" "$clerk"
    measure "app city list as admin" "$city" app "$lua" "$admin"
    measure "app overdue of agency-210802" "$overdue" app "$lua" "$handler"
}
