# shellcheck shell=bash
# export: issue 17's streamed export. One download of the whole opinion list as xlsx by admin
# (every case of the city: 1,000,000 at --scale 1m), timed from the request to the last byte, its
# rows counted in the file, and the app's Java heap watched meanwhile: the JVM gets -Xmx1g (so
# "heap under 1 GB" holds if the run does not fail), and the GC log (switched on with jcmd for the
# export) gives the most heap used, before any collection or at the end. Target: ≤ 60 s.

# shellcheck disable=SC2034  # read by bench/run
SCENARIO_DESCRIPTION="GET /opinions/export.xlsx of every case as admin, timed, with the app's peak heap"
# shellcheck disable=SC2034
SCENARIO_REQUIRES=("jcmd:openjdk-17-jdk-headless")

# whatever else BENCH_JAVA_OPTS says, the heap is capped at 1 GB (the last -Xmx wins)
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms512m -XX:+UseParallelGC} -Xmx1g"

scenario_run() {
    local cookie cases url=$APP_URL/opinions/export.xlsx file=$BENCH_TMP/export.xlsx answer code seconds bytes
    local rows peak_gc used_after peak
    cookie=$(session_cookie admin)
    cases=$(bench_psql -At -c 'select count(*) from opinion')
    log "exporting $cases cases as admin"
    jcmd "$APP_PID" VM.log output="file=$BENCH_TMP/gc.log" what=gc=info decorators=uptime >/dev/null \
        || die "jcmd could not switch on the GC log of the app"

    answer=$(curl -s --max-time "${BENCH_EXPORT_TIMEOUT:-600}" -H "Cookie: $cookie" -o "$file" \
        -w '%{http_code} %{time_total} %{size_download}' "$url" || true)
    read -r code seconds bytes <<<"$answer"
    [[ $code == 200 ]] || { app_log_tail; die "GET $url answered HTTP ${code:-nothing}"; }
    kill -0 "$APP_PID" 2>/dev/null || die "the app died during the export"
    # data rows in every sheet of the workbook, read as a stream (the header row of each sheet aside)
    rows=$(python3 - "$file" <<'PY'
import re, sys, zipfile
rows = 0
with zipfile.ZipFile(sys.argv[1]) as book:
    for name in book.namelist():
        if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name):
            tail = b""
            with book.open(name) as sheet:
                while chunk := sheet.read(1 << 20):
                    rows += (tail + chunk).count(b"<row ")
                    tail = chunk[-4:]
            rows -= 1
print(rows)
PY
)
    # the heap just before each collection, and after the export: the most it held
    peak_gc=$(grep -oE '[0-9]+M->[0-9]+M' "$BENCH_TMP/gc.log" | cut -dM -f1 | sort -n | tail -1)
    used_after=$(jcmd "$APP_PID" GC.heap_info | awk '/(PSYoungGen|ParOldGen|garbage-first heap|new generation|tenured generation).*used [0-9]+K/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K.*/, "", v); s += v } }
        END { printf "%d\n", s / 1024 }')
    peak=$(( ${peak_gc:-0} > used_after ? ${peak_gc:-0} : used_after ))

    ROW_LABELS+=("export of $cases cases (xlsx)")
    ROW_RPS+=("-")
    ROW_P50+=("$(awk -v s="$seconds" 'BEGIN { printf "%.0f", s * 1000 }')")
    ROW_P99+=("-")
    ROW_ERRORS+=("$(( rows == cases ? 0 : 1 ))")
    ROW_RSS+=("$(app_rss_mib)")
    note "export: $rows rows of $cases cases in $seconds s ($(( bytes / 1024 / 1024 )) MiB), target ≤ 60 s"
    note "heap: -Xmx1g; most used $peak MiB (before a collection: ${peak_gc:-no collection} MiB, after the export: $used_after MiB); $(grep -c 'Pause' "$BENCH_TMP/gc.log") collections during the export"
    log "export: $rows rows in $seconds s, most heap used $peak MiB"
    (( rows == cases )) || die "the export holds $rows rows, the database $cases cases"
}
