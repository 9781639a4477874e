# shellcheck shell=bash
# report: issue 17's year-end work report (年度工作报告) generated from the records, with the base
# generator's opinions (1,000,000 at --scale 1m) and the suggestions scenario's suggestions
# (bench/data/suggestions.sql) behind its figures. Server time of GET /api/v1/statistics/report
# from one client in a row, as p50/p95/p99, for one division and for the city, this year and
# last; the target is ≤ 2 s per report. The report asks every module for its figures, so a
# slow figure (today the opinions' ones, counted from the cases) shows here first.

# the suggestions' generator and the sequential timing, reused rather than copied
# shellcheck source=bench/scenarios/suggestions.sh
source "$BENCH_DIR/scenarios/suggestions.sh"

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="year-end work report of a division and of the city over the generated records"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=()

scenario_run() {
    generate_suggestions
    measure_report
}

measure_report() {
    local division=${BENCH_DIVISION:-210881} city=${BENCH_CITY:-210800} office admin year
    year=$(date +%Y)
    office=$(api_token "office-$division")
    admin=$(api_token admin)
    for y in "$year" $((year - 1)); do
        BENCH_CHECK_TIMEOUT=120 check_get "$APP_URL/api/v1/statistics/report?year=$y" "$BENCH_TMP/report-$y.json" "$office"
        BENCH_CHECK_TIMEOUT=120 check_get "$APP_URL/api/v1/statistics/report?region=$city&year=$y" \
            "$BENCH_TMP/report-city-$y.json" "$admin"
        BENCH_SEQ_WARMUP=${BENCH_SEQ_WARMUP:-3} BENCH_SEQ_COUNT=${BENCH_SEQ_COUNT:-30} \
            sequential "report of office-$division, $y" "$APP_URL/api/v1/statistics/report?year=$y" "$office"
        BENCH_SEQ_WARMUP=${BENCH_SEQ_WARMUP:-3} BENCH_SEQ_COUNT=${BENCH_SEQ_COUNT:-30} \
            sequential "report of the city as admin, $y" "$APP_URL/api/v1/statistics/report?region=$city&year=$y" "$admin"
    done
}
