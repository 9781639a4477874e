# shellcheck shell=bash
# suggestions: issue 13's targets with a million deputies' suggestions (bench/data/suggestions.sql:
# five years, every congress of the city, with co-signers, co-handling agencies, replies, verdicts,
# promised items, history and the notices of what runs late). Server time from one client in a
# row, as p50/p95/p99: the lists of a division office, an agency and the city (≤ 100 ms p95), the
# agencies' league table as a page and as xlsx (≤ 100 ms), the figures as a page and through
# GET /api/v1/suggestions/stats for a division and for the city (≤ 200 ms), and the 督办台
# (/supervision) with the suggestions' notices in it. Then wrk for the lists' throughput.

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="suggestion lists, league table, figures and the 督办台 over 1,000,000 suggestions"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=()

generate_suggestions() {
    local count t0 t1
    # suggestions per scale (the other tables come from bench/data/generate.sql)
    count=$(per_scale 20000 1000000 10000000)
    log "generating $count suggestions"
    t0=$(date +%s.%N)
    generate_more suggestions scale_suggestions "$count"
    task_run_now suggestion-tally "the tally of the figures"
    t1=$(date +%s.%N)
    note "suggestions generated in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s: $(bench_psql -At -c \
        "select (select count(*) from suggestion) || ' suggestions, ' || (select count(*) from suggestion_history)
                || ' history rows, ' || (select count(*) from suggestion_rating) || ' verdicts, '
                || (select count(*) from suggestion_promise) || ' promised items, '
                || (select count(*) from supervision_notice) || ' notices'")"
}

scenario_run() {
    generate_suggestions
    measure_suggestions
}

# measure_suggestions: everything after the data, on its own so that a kept database can be
# measured again (BENCH_KEEP=1 keeps it)
measure_suggestions() {
    local lua=$BENCH_DIR/lua/bearer.lua division=${BENCH_DIVISION:-210881} office agency admin
    local office_cookie admin_cookie
    office=$(api_token "office-$division")
    agency=$(api_token "agency-$division")
    admin=$(api_token admin)
    office_cookie=$(session_cookie "office-$division")
    admin_cookie=$(session_cookie admin)
    log "suggestions in division $division: $(bench_psql -At -c "select count(*) from suggestion where region_code like '$division%'")"

    local list="$APP_URL/api/v1/suggestions?size=50"
    local stats="$APP_URL/api/v1/suggestions/stats"
    check_get "$list" "$BENCH_TMP/division.json" "$office"
    check_get "$list" "$BENCH_TMP/agency.json" "$agency"
    check_get "$list" "$BENCH_TMP/city.json" "$admin"
    BENCH_CHECK_TIMEOUT=120 check_get "$stats" "$BENCH_TMP/stats.json" "$admin"

    sequential "list of office-$division" "$list" "$office"
    sequential "list of agency-$division" "$list" "$agency"
    sequential "city list as admin" "$list" "$admin"
    sequential "league page of office-$division" "$APP_URL/suggestions/agencies" "" "$office_cookie"
    sequential "league page as admin" "$APP_URL/suggestions/agencies" "" "$admin_cookie"
    sequential "league xlsx as admin" "$APP_URL/suggestions/agencies.xlsx" "" "$admin_cookie"
    sequential "figures page of office-$division" "$APP_URL/suggestions/stats" "" "$office_cookie"
    sequential "figures page as admin" "$APP_URL/suggestions/stats" "" "$admin_cookie"
    sequential "stats API of office-$division" "$stats" "$office"
    sequential "stats API as admin" "$stats" "$admin"
    sequential "督办台 of office-$division" "$APP_URL/supervision" "" "$office_cookie"
    sequential "督办台 as admin" "$APP_URL/supervision" "" "$admin_cookie"

    measure "app list of office-$division" "$list" app "$lua" "$office"
    measure "app list of agency-$division" "$list" app "$lua" "$agency"
    measure "app city list as admin" "$list" app "$lua" "$admin"
}
