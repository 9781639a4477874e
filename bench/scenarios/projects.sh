# shellcheck shell=bash
# projects: issue 14's lists and pages with 20,000 livelihood projects and 5,000 anonymous votes
# (bench/data/projects.sql: eight years of every congress's candidates, votes, chosen projects with
# targets, milestones, ~1,000,000 monthly reports, parts, supervision groups, site visits and 督办,
# ratings; the offices' own satisfaction votes, ~1,000,000 ballots in all). Server time from one
# client in a row, as p50/p95/p99, as a division office and as admin: the staff project list and
# GET /api/v1/projects, a project's page, the mid-year meeting page, the survey list and
# GET /api/v1/surveys, a survey's results (lists ≤ 100 ms p95, pages of figures ≤ 200 ms). Then the
# public project page (no sign-in) against nginx serving the same bytes, as deputy-card does:
# issue 14's target is ≥ 50% of nginx's rate.

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="project and survey lists and pages over 20,000 projects and 5,000 votes; the public project page vs. nginx"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=("nginx:nginx-light")

# projects and surveys per scale (the other tables follow from them)
project_counts() {
    case $1 in
        small) printf '400 100\n' ;;
        1m) printf '20000 5000\n' ;;
        10m) printf '200000 50000\n' ;;
    esac
}

generate_projects() {
    local projects surveys t0 t1
    read -r projects surveys <<<"$(project_counts "$SCALE")"
    log "generating $projects projects and $surveys surveys"
    t0=$(date +%s.%N)
    bench_psql -v scale_projects="$projects" -v scale_surveys="$surveys" -f "$BENCH_DIR/data/projects.sql" \
        >"$BENCH_TMP/projects.log" 2>&1 || {
        cat "$BENCH_TMP/projects.log" >&2
        die "generating the projects failed"
    }
    t1=$(date +%s.%N)
    note "projects generated in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s: $(bench_psql -At -c \
        "select (select count(*) from project) || ' projects (' || (select count(*) from project where state = 'CHOSEN')
                || ' chosen), ' || (select count(*) from project_report) || ' monthly reports, '
                || (select count(*) from project_milestone) || ' milestones, ' || (select count(*) from project_visit)
                || ' site visits, ' || (select count(*) from project_duban) || ' 督办, '
                || (select count(*) from survey) || ' surveys, ' || (select count(*) from survey_ballot) || ' ballots'")"
}

scenario_run() {
    generate_projects
    measure_projects
}

# measure_projects: everything after the data, on its own so that a kept database can be measured
# again (BENCH_KEEP=1 keeps it)
measure_projects() {
    local division=${BENCH_DIVISION:-210881} year project survey who token cookie static_dir=$BENCH_TMP/static
    : "${BENCH_SEQ_WARMUP:=30}" "${BENCH_SEQ_COUNT:=200}"
    year=$(date +%Y)
    # the division's chosen project with the most reports, and its latest closed vote
    project=$(bench_psql -At -c "select p.id from project p join project_report r on r.project_id = p.id
        where p.region_code = '$division' and p.state = 'CHOSEN' group by p.id order by count(*) desc, p.id limit 1")
    survey=$(bench_psql -At -c "select id from survey where region_code = '$division' and state = 'CLOSED'
        and series = '民生实事项目票决' order by year desc, id desc limit 1")
    [[ -n $project && -n $survey ]] || die "no project or survey of division $division"
    log "division $division: $(bench_psql -At -c "select count(*) from project p join region r on r.code = p.region_code
        where r.path like (select path from region where code = '$division') || '%'") projects below it; project $project
        ($(bench_psql -At -c "select count(*) from project_report where project_id = $project") reports), survey $survey"

    for who in "office-$division" admin; do
        token=$(api_token "$who")
        cookie=$(session_cookie "$who")
        sequential "project list as $who" "$APP_URL/projects" "" "$cookie"
        sequential "project list of this year as $who" "$APP_URL/projects?year=$year" "" "$cookie"
        sequential "GET /api/v1/projects?year= as $who" "$APP_URL/api/v1/projects?year=$year" "$token"
        sequential "a project's page as $who" "$APP_URL/projects/$project" "" "$cookie"
        sequential "mid-year meeting /projects/meeting as $who" "$APP_URL/projects/meeting" "" "$cookie"
        sequential "survey list as $who" "$APP_URL/surveys" "" "$cookie"
        sequential "GET /api/v1/surveys as $who" "$APP_URL/api/v1/surveys" "$token"
        sequential "a survey's results as $who" "$APP_URL/surveys/$survey" "" "$cookie"
    done

    # the public page of the division's projects of the year, against the same bytes on nginx
    local public="/public/projects?region=$division&year=$year"
    mkdir -p "$static_dir"
    check_get "$APP_URL$public" "$static_dir/projects.html"
    log "public page weight: $(wc -c <"$static_dir/projects.html") bytes of HTML"
    sequential "public project page (no sign-in)" "$APP_URL$public" "" "bench=public"
    sequential "public candidates page (no sign-in)" "$APP_URL/public/projects/candidates?region=$division&year=$year" \
        "" "bench=public"
    start_nginx_static "$static_dir" "/public/projects" projects.html
    measure "app GET /public/projects" "$APP_URL$public" app
    measure "nginx static projects.html" "$NGINX_URL$public" ref
    set_ratio "app GET /public/projects" "nginx static projects.html"
}
