# shellcheck shell=bash
# agencies: the JSON agency list (first page of 100) through bearer-token authentication, once
# as the demo admin (data scope: everything) and once as the division clerk office-210802 (data
# scope: one division, i.e. a region-path prefix filter), so the cost of scoping is visible.

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="GET /api/v1/agencies?page=0&size=100 as admin and as division clerk office-210802"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=()

scenario_run() {
    local url="$APP_URL/api/v1/agencies?page=0&size=100" lua=$BENCH_DIR/lua/bearer.lua
    local admin_token clerk_token
    admin_token=$(api_token admin)
    clerk_token=$(api_token office-210802)
    check_get "$url" "$BENCH_TMP/agencies-admin.json" "$admin_token"
    check_get "$url" "$BENCH_TMP/agencies-clerk.json" "$clerk_token"

    measure "app agencies as admin" "$url" app "$lua" "$admin_token"
    measure "app agencies as office-210802" "$url" app "$lua" "$clerk_token"
}
