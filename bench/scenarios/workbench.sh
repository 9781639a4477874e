# shellcheck shell=bash
# workbench: the staff home (工作台, /console) and GET /api/v1/workbench, issue 17's target (p95
# ≤ 100 ms) over the generator's opinions and duty records plus bench/data/suggestions.sql's
# suggestions and notices: every count of the signed-in user's work and the last seven days, as a
# division office, an agency and the city's administrator, one client in a row. The counts are
# each module's own (account.WorkbenchItem beans), so this measures them all at once.

# the suggestions' generator and the one-client-in-a-row helper are the suggestions scenario's
# shellcheck source=bench/scenarios/suggestions.sh
source "$BENCH_DIR/scenarios/suggestions.sh"

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="the workbench (/console and GET /api/v1/workbench) of an office, an agency and the city"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=()

scenario_run() {
    if [[ ${BENCH_WORKBENCH_SUGGESTIONS:-1} == 1 ]]; then
        generate_suggestions
    fi
    measure_workbench
}

# measure_workbench: on its own so that a kept database can be measured again
measure_workbench() {
    local division=${BENCH_DIVISION:-210802} api="$APP_URL/api/v1/workbench" user token cookie
    log "cases in the database: $(bench_psql -At -c 'select count(*) from opinion'), suggestions: $(bench_psql -At -c \
        'select count(*) from suggestion')"
    for user in "office-$division" "agency-$division" admin; do
        token=$(api_token "$user")
        cookie=$(session_cookie "$user")
        check_get "$api" "$BENCH_TMP/workbench-$user.json" "$token"
        note "counts of $user: $(python3 -c 'import json, sys
body = json.load(open(sys.argv[1]))
print(", ".join(w["key"] + " " + str(w["count"]) for w in body["waiting"]))' "$BENCH_TMP/workbench-$user.json")"
        sequential "/console of $user" "$APP_URL/console" "" "$cookie"
        sequential "GET /api/v1/workbench of $user" "$api" "$token"
    done
}
