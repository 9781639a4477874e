# shellcheck shell=bash
# login: the staff login page (server-rendered HTML that also creates a session in the JDBC
# session store) against the very same bytes served as a static file by nginx. The ratio says
# how much of a "do nothing" web server's throughput the app keeps on its cheapest page.

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="GET /login on the app vs. the same page as a static file on nginx"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=("nginx:nginx-light")

scenario_run() {
    local static_dir=$BENCH_TMP/static
    mkdir -p "$static_dir"
    # the reference serves what the app serves: save the app's page once
    check_get "$APP_URL/login" "$static_dir/login.html"
    start_nginx_static "$static_dir" /login login.html

    measure "app GET /login" "$APP_URL/login" app
    # every cookie-less GET /login may create a session row: say how many the run left behind
    log "spring_session rows after the app runs: $(bench_psql -At -c 'select count(*) from spring_session')"
    measure "nginx static login.html" "$NGINX_URL/login" ref
    set_ratio "app GET /login" "nginx static login.html"
}
