# shellcheck shell=bash
# oversight: issue 15's lists and figures with a million issue items (bench/data/oversight.sql: five
# years of oversight activities in every region with an office, their issue lists with every step
# and its history, topics, deliberation opinions, court observations and the work ledger). Server
# time from one client in a row, as p50/p95/p99, as a division office, as admin and, where a list
# has one, as the unit it names (the agency, the court): lists ≤ 100 ms p95, figures ≤ 200 ms p95.
# Afterwards the five oversight histories are checked as the app's history check checks them.

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="oversight and ledger lists and figures over 1,000,000 issue items"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=()
# The watch (supervision, every 15 minutes) runs once at start, before the data: generate.sql's
# million opinions carry none of the notices the watch would have issued over two years, so at 1m
# every later run spent the measurement escalating hundreds of thousands of them in the background
# (the oversight data carries its levels and notices and leaves the watch nothing to catch up on).
# shellcheck disable=SC2034
SCENARIO_APP_ARGS=(--lianxin.supervision.every=PT12H)

generate_oversight() {
    local count t0 t1
    # issue items per scale (the rest follows from it, see bench/data/oversight.sql)
    count=$(per_scale 20000 1000000 10000000)
    log "generating $count issue items with their activities, topics, opinions, hearings and ledger"
    t0=$(date +%s.%N)
    generate_more oversight scale_oversight_items "$count"
    t1=$(date +%s.%N)
    note "oversight generated in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s: $(bench_psql -At -c \
        "select (select count(*) from oversight_activity) || ' activities, ' || (select count(*) from oversight_issue_item)
                || ' issue items, ' || (select count(*) from oversight_issue_item_history) || ' item history rows, '
                || (select count(*) from oversight_topic) || ' topics, ' || (select count(*) from deliberation_opinion)
                || ' opinions with ' || (select count(*) from deliberation_opinion_item) || ' items, '
                || (select count(*) from court_hearing) || ' hearings with '
                || (select count(*) from court_hearing_seat where state = 'ATTENDED') || ' attendances, '
                || (select (select count(*) from ledger_meeting) + (select count(*) from ledger_appointment)
                           + (select count(*) from ledger_request) + (select count(*) from ledger_article))
                || ' ledger records, ' || (select count(*) from supervision_notice where subject = 'ISSUE_ITEM')
                || ' notices on issue items'")"
}

scenario_run() {
    generate_oversight
    measure_oversight
    check_oversight_chains
}

# measure_oversight: everything after the data, on its own so that a kept database can be
# measured again (BENCH_KEEP=1 keeps it)
measure_oversight() {
    local division=${BENCH_DIVISION:-210881} office agency court admin office_cookie agency_cookie court_cookie
    local admin_cookie topic nominee api=$APP_URL/api/v1
    office=$(api_token "office-$division")
    agency=$(api_token "agency-$division")
    court=$(api_token "bench-court-$division")
    admin=$(api_token admin)
    office_cookie=$(session_cookie "office-$division")
    agency_cookie=$(session_cookie "agency-$division")
    court_cookie=$(session_cookie "bench-court-$division")
    admin_cookie=$(session_cookie admin)
    topic=$(bench_psql -At -c "select f.topic_id from oversight_topic_activity f join oversight_topic t on t.id = f.topic_id
        where t.region_code like '$division%' group by 1 order by count(*) desc, 1 limit 1")
    nominee=$(bench_psql -At -c "select person_name from ledger_appointment where region_code = '$division'
        group by 1 order by count(*) desc, 1 limit 1")
    log "issue items in division $division: $(bench_psql -At -c "select count(*) from oversight_issue_item
        where region_code like '$division%'"), of its agency: $(bench_psql -At -c "select count(*) from oversight_issue_item i
        join staff_user u on u.agency_id = i.agency_id where u.username = 'agency-$division'"); topic $topic; nominee $nominee"

    check_get "$api/oversight/items" "$BENCH_TMP/items.json" "$office"
    check_get "$api/oversight" "$BENCH_TMP/activities.json" "$admin"
    check_get "$api/court-observations" "$BENCH_TMP/hearings.json" "$court"
    check_get "$api/ledger" "$BENCH_TMP/ledger.json" "$office"

    sequential "items page of office-$division" "$APP_URL/oversight/items" "" "$office_cookie"
    sequential "items page as admin" "$APP_URL/oversight/items" "" "$admin_cookie"
    sequential "items page of agency-$division" "$APP_URL/oversight/items" "" "$agency_cookie"
    sequential "overdue items page of office-$division" "$APP_URL/oversight/items?overdue=true" "" "$office_cookie"
    sequential "items API of office-$division" "$api/oversight/items" "$office"
    sequential "items API as admin" "$api/oversight/items" "$admin"
    sequential "items API of agency-$division" "$api/oversight/items" "$agency"
    sequential "activities page of office-$division" "$APP_URL/oversight" "" "$office_cookie"
    sequential "activities page as admin" "$APP_URL/oversight" "" "$admin_cookie"
    sequential "activities API as admin" "$api/oversight" "$admin"
    sequential "topics page of office-$division" "$APP_URL/oversight/topics" "" "$office_cookie"
    sequential "topics page as admin" "$APP_URL/oversight/topics" "" "$admin_cookie"
    sequential "topic page $topic of office-$division" "$APP_URL/oversight/topics/$topic" "" "$office_cookie"
    sequential "deliberations page of office-$division" "$APP_URL/oversight/deliberations" "" "$office_cookie"
    sequential "deliberations page as admin" "$APP_URL/oversight/deliberations" "" "$admin_cookie"
    sequential "deliberations API of agency-$division" "$api/oversight/deliberations" "$agency"
    sequential "court observations page of office-$division" "$APP_URL/court-observations" "" "$office_cookie"
    sequential "court observations page as admin" "$APP_URL/court-observations" "" "$admin_cookie"
    sequential "court observations page of bench-court-$division" "$APP_URL/court-observations" "" "$court_cookie"
    sequential "court observations API (counts) as admin" "$api/court-observations" "$admin"
    sequential "court observations API of bench-court-$division" "$api/court-observations" "$court"
    sequential "ledger counts page of office-$division" "$APP_URL/ledger" "" "$office_cookie"
    sequential "ledger counts page as admin" "$APP_URL/ledger" "" "$admin_cookie"
    sequential "ledger counts API of office-$division" "$api/ledger" "$office"
    sequential "ledger counts API as admin, region $division" "$api/ledger?region=$division" "$admin"
    sequential "meetings page of office-$division" "$APP_URL/ledger/meetings" "" "$office_cookie"
    sequential "appointments page of office-$division" "$APP_URL/ledger/appointments" "" "$office_cookie"
    sequential "requests page of office-$division" "$APP_URL/ledger/requests" "" "$office_cookie"
    sequential "articles page of office-$division" "$APP_URL/ledger/articles" "" "$office_cookie"
    sequential "reports heard page of office-$division" "$APP_URL/ledger/reports" "" "$office_cookie"
    sequential "nominee record page of office-$division" \
        "$APP_URL/ledger/nominees?name=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$nominee")" \
        "" "$office_cookie"
    sequential "appointments API as admin" "$api/ledger/appointments" "$admin"
    sequential "public news page" "$APP_URL/public/news" "" "bench=1"
}

# check_oversight_chains: the first link of each oversight history that no longer fits, as the
# app's history check (platform.history.ChainVerifier) looks for it; none is expected
check_oversight_chains() {
    local view broken found=0
    for view in oversight_activity_history oversight_issue_item_history oversight_topic_history \
        deliberation_opinion_history court_hearing_history; do
        broken=$(bench_psql -At -c "select chain_key || ' row ' || id from (
            select chain_key, id, chain_seq, prev_hash, row_hash, computed_hash,
                   lag(row_hash) over w as before_hash, lag(chain_seq) over w as before_seq
            from ${view}_chain_view window w as (partition by chain_key order by chain_seq)) linked
            where row_hash is distinct from computed_hash or chain_seq <> coalesce(before_seq, 0) + 1
               or prev_hash is distinct from before_hash
            order by id limit 1")
        if [[ -n $broken ]]; then
            note "history check: $view broken at chain $broken"
            found=1
        fi
    done
    (( found == 0 )) && note "history check: the five oversight histories' chains all fit"
    (( found == 0 )) || die "an oversight history chain does not fit"
}
