# shellcheck shell=bash
# legislation-figures: issue 16's figures and lists over five years of legislative consultation
# (bench/data/legislation.sql: a contact point with 54 information points in every division, an
# informant per 50 opinions, a consultation per 3,300, 1,000,000 opinions at 1m, merged, reported
# and answered as the app writes them; the app's tally of the figures is then brought up to date by
# its own job, 'legislation-tally'). Server time from one client in a row, as p50/p95/p99, as a
# division office and as admin: the figures page and GET /api/v1/legislation/figures (≤ 200 ms
# p95), the records each number opens, the consultations list, a point's informant roster and a
# contact point's public page with the outcomes (lists ≤ 100 ms p95).

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="legislation figures, their records, consultations, a point's roster and the public outcomes over 1,000,000 opinions"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=()

# opinions on drafts per scale (the other tables follow from it)
law_opinion_count() {
    case $1 in
        small) printf '20000\n' ;;
        1m) printf '1000000\n' ;;
        10m) printf '10000000\n' ;;
    esac
}

generate_legislation() {
    local count t0 t1
    count=$(law_opinion_count "$SCALE")
    log "generating $count opinions on drafts"
    t0=$(date +%s.%N)
    bench_psql -v scale_law_opinions="$count" -f "$BENCH_DIR/data/legislation.sql" >"$BENCH_TMP/legislation.log" 2>&1 || {
        cat "$BENCH_TMP/legislation.log" >&2
        die "generating the legislation data failed"
    }
    task_run_now legislation-tally "the tally of the figures"
    t1=$(date +%s.%N)
    note "legislation generated in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s: $(bench_psql -At -c \
        "select (select count(*) from legislation_consultation) || ' consultations, '
                || (select count(*) from venue where kind like 'LEGISLATIVE%') || ' points, '
                || (select count(*) from legislation_informant) || ' informants, '
                || (select count(*) from legislation_opinion) || ' opinions, '
                || (select count(*) from legislation_merged_opinion) || ' merged, '
                || (select count(*) from legislation_merged_opinion where state <> 'DRAFTED') || ' reported, '
                || (select count(*) from legislation_merged_opinion where outcome = 'ADOPTED') || ' adopted'")"
}

scenario_run() {
    generate_legislation
    measure_legislation
}

# measure_legislation: everything after the data, on its own so that a kept database can be
# measured again (BENCH_KEEP=1 keeps it)
measure_legislation() {
    local division=${BENCH_DIVISION:-210803} contact point informant code who user token cookie
    : "${BENCH_SEQ_WARMUP:=30}" "${BENCH_SEQ_COUNT:=200}"
    contact=$(bench_psql -At -c "select id from venue where name = '西市区基层立法联系点'")
    [[ -n $contact ]] || die "no demo point 西市区基层立法联系点"
    code=$(bench_psql -At -c "select code from venue_public_code where venue_id = $contact and revoked_at is null")
    if [[ -z $code ]]; then
        # the code is issued on first use (the QR poster): ask for the point's page once
        curl -s --max-time 10 -o /dev/null -H "Cookie: $(session_cookie "office-$division")" "$APP_URL/legislation/points/$contact"
        code=$(bench_psql -At -c "select code from venue_public_code where venue_id = $contact and revoked_at is null")
    fi
    # the information point of the division with the most informants, and its most active informant
    point=$(bench_psql -At -c "select point_id from legislation_informant where region_code like '$division%'
        group by point_id order by count(*) desc, point_id limit 1")
    informant=$(bench_psql -At -c "select informant_id from legislation_opinion where region_code = '$division'
        and informant_id is not null group by informant_id order by count(*) desc, informant_id limit 1")
    log "division $division: $(bench_psql -At -c "select count(*) from legislation_consultation where region_code = '$division'") consultations,
        $(bench_psql -At -c "select count(*) from legislation_opinion where region_code = '$division'") opinions; point $point
        ($(bench_psql -At -c "select count(*) from legislation_informant where point_id = $point") informants), informant $informant"

    local figures="$APP_URL/api/v1/legislation/figures" records="$APP_URL/legislation/figures/records"
    for who in "office-$division" admin; do
        token=$(api_token "$who")
        cookie=$(session_cookie "$who")
        user=${who%%-*}
        BENCH_CHECK_TIMEOUT=120 check_get "$figures" "$BENCH_TMP/figures-$user.json" "$token"
        sequential "figures page as $who" "$APP_URL/legislation/figures" "" "$cookie"
        sequential "figures API as $who" "$figures" "$token"
        sequential "figures API of this year as $who" "$figures?year=$(date +%Y)" "$token"
        sequential "records: consultations, as $who" "$records?kind=CONSULTATIONS" "" "$cookie"
        sequential "records: opinions, as $who" "$records?kind=OPINIONS" "" "$cookie"
        sequential "records: reported, as $who" "$records?kind=REPORTED" "" "$cookie"
        sequential "records: adopted, as $who" "$records?kind=ADOPTED" "" "$cookie"
        sequential "records: a point's opinions, as $who" "$records?kind=OPINIONS&point=$point" "" "$cookie"
        sequential "records: an informant's adopted, as $who" "$records?kind=ADOPTED&informant=$informant" "" "$cookie"
        sequential "records API: reported, as $who" "$APP_URL/api/v1/legislation/figures/records?kind=REPORTED" "$token"
        sequential "consultations list as $who" "$APP_URL/legislation/consultations" "" "$cookie"
        sequential "a point's informant roster as $who" "$APP_URL/legislation/points/$point" "" "$cookie"
    done
    # a public page: no sign-in; the cookie only makes sequential.py ask for HTML
    sequential "public outcomes page /v/<code>/legislation" "$APP_URL/v/$code/legislation" "" "bench=public"
}
