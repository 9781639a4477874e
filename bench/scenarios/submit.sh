# shellcheck shell=bash
# submit: citizens' submissions, through the public form and through Open311, against pgbench
# writing the same rows a submission writes, at the same concurrency, on the same PostgreSQL
# with the same durability (fsync and synchronous_commit on): the database's commit rate is the
# limit. Afterwards every answered submission must have its row: nothing acknowledged is lost.

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="POST /opinion/new and POST /open311/v2/requests.json vs. pgbench doing the same INSERTs"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=("pgbench:postgresql-client")

scenario_run() {
    local jar=$BENCH_TMP/cookies.txt page csrf cookie before after answered
    page=$(curl -s --max-time 10 -c "$jar" "$APP_URL/opinion/new")
    csrf=$(printf '%s' "$page" | python3 -c 'import re, sys
m = re.search(r"name=\"_csrf\" value=\"([^\"]+)\"", sys.stdin.read())
print(m.group(1) if m else "")')
    cookie=$(awk '$6 == "XSRF-TOKEN" { print "XSRF-TOKEN=" $7 }' "$jar")
    [[ -n $csrf && -n $cookie ]] || die "no CSRF token from GET /opinion/new"
    export BENCH_CSRF=$csrf BENCH_COOKIE=$cookie
    local status
    status=$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' -b "$cookie" \
        --data "_csrf=$csrf&formToken=bench-check&categoryCode=URBAN_CONSTRUCTION&regionCode=210802001&description=check&phone=13904170000" \
        "$APP_URL/opinion/new")
    [[ $status == 302 ]] || die "POST /opinion/new answered $status (expected 302 to the tracking page)"

    before=$(bench_psql -At -c "select count(*) from opinion where channel in ('WEB', 'OPEN311')")
    measure "app POST /opinion/new" "$APP_URL/opinion/new" app "$BENCH_DIR/lua/citizen-form.lua"
    measure "app POST /open311/v2/requests.json" "$APP_URL/open311/v2/requests.json" app "$BENCH_DIR/lua/open311-post.lua"
    after=$(bench_psql -At -c "select count(*) from opinion where channel in ('WEB', 'OPEN311')")
    answered=$(awk '/ requests in / { sum += $1 } END { print sum }' "$BENCH_TMP"/wrk-app_POST_*.txt "$BENCH_TMP"/wrk-app_POST_*.txt.warmup)
    log "answered submissions (warm-up and measured runs): $answered; new rows: $(( after - before ))"
    note "lost submissions: none; $(( after - before )) new rows for $answered answered POSTs (warm-up included)"
    if (( after - before < answered )); then
        die "LOST SUBMISSIONS: $answered answered but only $(( after - before )) rows written"
    fi

    measure_pgbench "pgbench, the same INSERTs" "$BENCH_DIR/data/submission.pgbench"
    set_ratio "app POST /opinion/new" "pgbench, the same INSERTs"
}
