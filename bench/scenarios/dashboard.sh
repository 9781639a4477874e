# shellcheck shell=bash
# dashboard: issue 17's dashboard (驾驶舱) of a division and of the city, GET
# /api/v1/statistics/dashboard and its page, over the generator's opinions and
# bench/data/suggestions.sql's suggestions, one client in a row; the target is p95 ≤ 100 ms.
# The opinions' months and divisions add up opinion_rollup; their categories and lead agencies
# count the cases of the region and year (no rollup by category or agency yet), so those show
# here first as the scale grows.

# the suggestions' generator and the one-client-in-a-row helper are the suggestions scenario's
# shellcheck source=bench/scenarios/suggestions.sh
source "$BENCH_DIR/scenarios/suggestions.sh"

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="dashboard (GET /api/v1/statistics/dashboard and its page) of a division and of the city"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=()

scenario_run() {
    if [[ ${BENCH_DASHBOARD_SUGGESTIONS:-1} == 1 ]]; then
        generate_suggestions
    fi
    # the generator writes around the app: the opinions' rollup is brought up to date by its own job
    task_run_now opinion-rollup "the rollup of the figures"
    measure_dashboard
}

# measure_dashboard: on its own so that a kept database can be measured again
measure_dashboard() {
    local division=${BENCH_DIVISION:-210881} city=${BENCH_CITY:-210800} api="$APP_URL/api/v1/statistics/dashboard"
    local office admin cookie year
    year=$(date +%Y)
    log "cases in the database: $(bench_psql -At -c 'select count(*) from opinion'), suggestions: $(bench_psql -At -c \
        'select count(*) from suggestion')"
    office=$(api_token "office-$division")
    admin=$(api_token admin)
    cookie=$(session_cookie "office-$division")
    for y in "$year" $((year - 1)); do
        check_get "$api?year=$y" "$BENCH_TMP/dashboard-$division-$y.json" "$office"
        check_get "$api?region=$city&year=$y" "$BENCH_TMP/dashboard-city-$y.json" "$admin"
        note "charts of the city, $y: $(python3 -c 'import json, sys
body = json.load(open(sys.argv[1]))
print(", ".join(c["key"] + " " + str(len(c["rows"])) for c in body["charts"]))' "$BENCH_TMP/dashboard-city-$y.json")"
        sequential "GET dashboard of office-$division, $y" "$api?year=$y" "$office"
        sequential "GET dashboard of the city as admin, $y" "$api?region=$city&year=$y" "$admin"
    done
    sequential "/statistics/dashboard page of office-$division" "$APP_URL/statistics/dashboard" "" "$cookie"
}
