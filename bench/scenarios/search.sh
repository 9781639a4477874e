# shellcheck shell=bash
# search: 全文检索 (issue 17) through GET /api/v1/search over the generated opinions (1,000,000 at
# --scale 1m) and the duty records, as a division office and as the administrator: a common word
# of two characters (小区: one generated case in four holds it) and a rare one of three (地热水:
# written into one generated case in 33,331 here). One client in a row for the server time of a
# request (target: p95 ≤ 100 ms), then wrk for throughput.

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="GET /api/v1/search?q= (a common and a rare word) as a division office and as admin"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=()

# rare_word_written: the generator's eight texts share every word, so a few generated cases get a
# rarer one; through SQL around the app, as the generator writes (the GIN index follows).
rare_word_written() {
    local rows
    rows=$(bench_psql -At -c "with changed as (update opinion set description = description || '，附近地热水管渗漏'
        where tracking_code ~ '^Z[0-9]{9}\$' and substring(tracking_code, 2)::bigint % 33331 = 1 returning 1) select count(*) from changed")
    log "the rare word is in $rows generated cases"
}

scenario_run() {
    rare_word_written
    local lua=$BENCH_DIR/lua/bearer.lua division=${BENCH_DIVISION:-210802} office admin
    office=$(api_token "office-$division")
    admin=$(api_token admin)
    local common="$APP_URL/api/v1/search?q=%E5%B0%8F%E5%8C%BA"
    local rare="$APP_URL/api/v1/search?q=%E5%9C%B0%E7%83%AD%E6%B0%B4"
    check_get "$common" "$BENCH_TMP/common-office.json" "$office"
    check_get "$common" "$BENCH_TMP/common-admin.json" "$admin"
    check_get "$rare" "$BENCH_TMP/rare-admin.json" "$admin"
    log "cases in the database: $(bench_psql -At -c 'select count(*) from opinion'); first window as admin:" \
        "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["found"], d["perKind"], d["more"])' \
            "$BENCH_TMP/common-admin.json")"

    local target token label url p p50 p95 p99
    for target in "小区 as office-$division|$common|$office" "小区 as admin|$common|$admin" \
        "地热水 as office-$division|$rare|$office" "地热水 as admin|$rare|$admin"; do
        IFS='|' read -r label url token <<<"$target"
        # warm the JIT and the caches first, then measure one client in a row
        SEQ_TOKEN=$token python3 "$BENCH_DIR/sequential.py" "$url" 100 SEQ_TOKEN >/dev/null || die "$url failed"
        p=$(SEQ_TOKEN=$token python3 "$BENCH_DIR/sequential.py" "$url" 300 SEQ_TOKEN) || die "$url failed"
        read -r p50 p95 p99 <<<"$p"
        note "one client in a row, $label: p50 $p50 ms, p95 $p95 ms, p99 $p99 ms (300 requests)"
        log "$label, sequential: p50 $p50 ms, p95 $p95 ms, p99 $p99 ms"
    done

    measure "app 小区 as office-$division" "$common" app "$lua" "$office"
    measure "app 地热水 as admin" "$rare" app "$lua" "$admin"
}
