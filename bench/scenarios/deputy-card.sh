# shellcheck shell=bash
# deputy-card: the page a citizen's phone opens after scanning a deputy's QR code (GET /d/<code>),
# against the very same bytes served as a static file by nginx: the limit for a dynamic page.

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="GET /d/<code> (a deputy's QR landing page) vs. the same page as a static file on nginx"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=("nginx:nginx-light")

scenario_run() {
    local code static_dir=$BENCH_TMP/static
    code=$(bench_psql -At -c "select code from deputy_public_code where revoked_at is null order by code limit 1")
    [[ -n $code ]] || die "no deputy with a public code: is the demo data loaded?"
    mkdir -p "$static_dir"
    check_get "$APP_URL/d/$code" "$static_dir/card.html"
    log "page weight: $(wc -c <"$static_dir/card.html") bytes of HTML (stylesheets come from the browser cache after the first visit)"
    start_nginx_static "$static_dir" "/d/$code" card.html

    measure "app GET /d/<code>" "$APP_URL/d/$code" app
    measure "nginx static card.html" "$NGINX_URL/d/$code" ref
    set_ratio "app GET /d/<code>" "nginx static card.html"
}
