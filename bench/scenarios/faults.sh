# shellcheck shell=bash
# faults: citizens keep submitting through Open311 (each submission retried with its
# Idempotency-Key until acknowledged, as a real client does) while the platform is hurt:
# the app killed with -9, PostgreSQL paused for 10 s and for 40 s, the postmaster killed, the
# SMS gateway failing for a minute. Prints acknowledged vs. stored per fault, duplicates,
# half-written cases, what callers heard during each outage and how long recovery took, then
# messages lost or sent twice, and how long SIGTERM takes. Exits non-zero on any loss.

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="Open311 submissions through app kill -9, PostgreSQL pauses and kill, gateway failure"

FAULTS_GATEWAY_PORT=$(free_port)
# the stand-in gateway, and retries quick enough that a bench run waits seconds, not hours
# shellcheck disable=SC2034
SCENARIO_APP_ARGS=(
    --lianxin.notification.webhook.url="http://127.0.0.1:$FAULTS_GATEWAY_PORT/send"
    --lianxin.notification.retry.first-delay=5s
    --lianxin.notification.retry.max-delay=15s
    --lianxin.notification.retry-every=3s
    --lianxin.events.retry-every=5s
    --spring.modulith.events.staleness.published=20s
    --spring.modulith.events.staleness.processing=20s
    --spring.modulith.events.staleness.resubmitted=20s
    --spring.modulith.events.staleness.check-interval=5s
    --lianxin.scheduler.polling-interval=1s
)

faults_event() { printf '%s %s %s\n' "$1" "$(date +%s.%N)" "$2" >>"$BENCH_TMP/faults-events.txt"; }

postmaster_pid() { head -n 1 "$BENCH_TMP/pg/postmaster.pid"; }

# signal_postgres <signal>: the postmaster and every backend it forked
signal_postgres() {
    local pm
    pm=$(postmaster_pid)
    kill "-$1" "$pm" $(pgrep -P "$pm") 2>/dev/null || true
}

pause_postgres() {
    local seconds=$1 name="PostgreSQL paused ${1} s"
    faults_event fault "$name"
    log "$name"
    signal_postgres STOP
    sleep "$seconds"
    signal_postgres CONT
    faults_event heal "$name"
    sleep 15
    faults_event end "$name"
}

scenario_run() {
    local dir=$BENCH_TMP stopped_at started
    printf 'ok\n' >"$dir/gateway-control"
    printf 'run\n' >"$dir/drive-control"
    : >"$dir/faults-events.txt"
    python3 "$BENCH_DIR/faults.py" gateway --port "$FAULTS_GATEWAY_PORT" --log "$dir/gateway.log" \
        --control "$dir/gateway-control" &
    local gateway_pid=$!
    SCENARIO_PIDS+=("$gateway_pid")
    python3 "$BENCH_DIR/faults.py" drive --url "$APP_URL/open311/v2/requests.json" --out "$dir/drive.json" \
        --control "$dir/drive-control" --clients "${BENCH_FAULT_CLIENTS:-8}" &
    local driver_pid=$!
    SCENARIO_PIDS+=("$driver_pid")
    sleep 10

    faults_event fault "app killed (kill -9)"
    log "kill -9 the app mid-burst, then start it again"
    kill -KILL "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    started=$(date +%s.%N)
    faults_event heal "app killed (kill -9)"
    start_app
    # a busy two-core machine needs longer than a first start's default
    BENCH_START_TIMEOUT=${BENCH_START_TIMEOUT:-180} wait_healthy
    log "the app answered UP $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s after its restart began"
    sleep 10
    faults_event end "app killed (kill -9)"

    pause_postgres 10
    pause_postgres 40

    faults_event fault "postmaster killed (kill -9)"
    log "kill -9 the embedded postmaster; the app restarts it by itself"
    kill -KILL "$(postmaster_pid)"
    faults_event heal "postmaster killed (kill -9)"
    sleep 20
    faults_event end "postmaster killed (kill -9)"

    faults_event fault "SMS gateway failing 60 s"
    log "the SMS gateway answers 503 for a minute"
    printf 'fail\n' >"$dir/gateway-control"
    sleep 60
    printf 'ok\n' >"$dir/gateway-control"
    faults_event heal "SMS gateway failing 60 s"
    sleep 10
    faults_event end "SMS gateway failing 60 s"

    printf 'stop\n' >"$dir/drive-control"
    wait "$driver_pid"

    log "waiting for every receipt to be queued and the outbox to empty (retries every few seconds)"
    local pending unqueued i
    for (( i = 0; i < 120; i++ )); do
        pending=$(bench_psql -At -c "select count(*) from notification_outbox where channel = 'webhook' and status = 'PENDING'")
        unqueued=$(bench_psql -At -c "select count(*) from opinion o where o.idempotency_key like 'open311:bench-%'
            and not exists (select 1 from notification_outbox n
                            where n.channel = 'webhook' and n.message_key = 'opinion ' || o.id || ' received')")
        (( pending == 0 && unqueued == 0 )) && break
        sleep 2
    done

    bench_psql -At -F '|' -c "select o.idempotency_key, count(*) over (partition by o.idempotency_key),
            (select count(*) from opinion_history h where h.opinion_id = o.id)
        from opinion o where o.idempotency_key like 'open311:bench-%'" >"$dir/stored.txt"
    printf '\n'
    local rc=0
    python3 "$BENCH_DIR/faults.py" report --drive "$dir/drive.json" --events "$dir/faults-events.txt" \
        --stored "$dir/stored.txt" || rc=1

    local expected delivered lost duplicated failed
    bench_psql -At -c "select message_key from notification_outbox where channel = 'webhook' and message_key like 'opinion %'" \
        | sort -u >"$dir/expected-messages.txt"
    sort "$dir/gateway.log" | uniq -c | awk '$1 > 1' >"$dir/duplicated-messages.txt"
    sort -u "$dir/gateway.log" >"$dir/delivered-messages.txt"
    expected=$(wc -l <"$dir/expected-messages.txt")
    delivered=$(comm -12 "$dir/expected-messages.txt" "$dir/delivered-messages.txt" | wc -l)
    lost=$(comm -23 "$dir/expected-messages.txt" "$dir/delivered-messages.txt" | wc -l)
    duplicated=$(wc -l <"$dir/duplicated-messages.txt")
    failed=$(bench_psql -At -c "select count(*) from notification_outbox where channel = 'webhook' and status <> 'SENT'")
    printf 'messages to citizens through the gateway: %s queued, %s delivered, %s lost, %s not SENT in the outbox, %s acknowledged submissions without a receipt queued\n' \
        "$expected" "$delivered" "$lost" "$failed" "$unqueued"
    # a message the gateway took just before a kill -9, not yet marked SENT, goes again with
    # the same key: a gateway that honours the key sends it once
    printf 'offered to the gateway a second time with the same key: %s\n' "$duplicated"
    (( lost == 0 && unqueued == 0 )) || rc=1
    kill "$gateway_pid" 2>/dev/null || true

    stopped_at=$(date +%s.%N)
    kill -TERM "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
    printf 'SIGTERM: the app stopped in %s s\n' \
        "$(awk -v s="$stopped_at" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')"
    (( rc == 0 )) || die "LOSS: see the lines above"
}
