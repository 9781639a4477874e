#!/usr/bin/env python3
"""Fault bench helpers (bench/scenarios/faults.sh).

  faults.py drive   --url URL --out FILE --control FILE [--clients N]
      Citizens' clients submitting through Open311 as a real client would: each submission has
      an Idempotency-Key and is retried with that key until it is acknowledged (2xx). Runs while
      the control file says "run"; on "stop", finishes what is in flight, then writes FILE.
  faults.py gateway --port PORT --log FILE --control FILE
      An SMS gateway stand-in: answers 503 while the control file says "fail", 200 otherwise,
      and logs every message key it accepted (one line each).
  faults.py report  --drive FILE --events FILE --stored FILE
      Acknowledged vs. stored per fault window, duplicates, outage answers and recovery time;
      exits 1 on any acknowledged submission that was not stored.
"""
import argparse
import json
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def control(path):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return "run"


def drive(args):
    acknowledged, unanswered, attempts = [], [], []
    lock = threading.Lock()
    body = urllib.parse.urlencode({
        "jurisdiction_id": "210802", "service_code": "URBAN_CONSTRUCTION", "lat": "40.666",
        "long": "122.235", "address_string": "站前区东升路口", "first_name": "先生", "last_name": "赵",
        "phone": "13904170005", "description": "故障演练：东升路口信号灯不亮",
    }).encode()

    def one_submission():
        key = "bench-" + uuid.uuid4().hex
        given_up_at = None
        while True:
            started = time.time()
            status = "conn-error"
            try:
                request = urllib.request.Request(args.url, data=body, method="POST", headers={
                    "Idempotency-Key": key, "Content-Type": "application/x-www-form-urlencoded"})
                with urllib.request.urlopen(request, timeout=40) as response:
                    status = response.status
            except urllib.error.HTTPError as e:
                status = e.code
            except Exception:
                pass
            with lock:
                attempts.append((started, time.time() - started, status))
            if isinstance(status, int) and 200 <= status < 300:
                with lock:
                    acknowledged.append((key, time.time()))
                return
            if isinstance(status, int) and 400 <= status < 500 and status not in (408, 429):
                with lock:
                    unanswered.append((key, status))
                return
            if control(args.control) == "stop":
                given_up_at = given_up_at or time.time()
                if time.time() - given_up_at > 60:
                    with lock:
                        unanswered.append((key, status))
                    return
            time.sleep(0.3)

    def client():
        while control(args.control) != "stop":
            one_submission()

    threads = [threading.Thread(target=client, daemon=True) for _ in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(args.out, "w") as f:
        json.dump({"acknowledged": acknowledged, "unanswered": unanswered, "attempts": attempts}, f)


def gateway(args):
    log = open(args.log, "a", buffering=1)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            payload = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if control(args.control) == "fail":
                self.send_response(503)
                self.end_headers()
                return
            try:
                log.write(json.loads(payload).get("key", "?") + "\n")
            except ValueError:
                log.write("?\n")
            self.send_response(200)
            self.end_headers()

        def log_message(self, *_):
            pass

    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


def percentile(values, p):
    if not values:
        return 0
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))]


def report(args):
    with open(args.drive) as f:
        drive_result = json.load(f)
    stored = {}
    half_written = 0
    with open(args.stored) as f:
        for line in f:
            key, count, steps = line.rstrip("\n").split("|")
            stored[key.removeprefix("open311:")] = int(count)
            half_written += int(steps) == 0
    events = []
    with open(args.events) as f:
        for line in f:
            kind, at, name = line.rstrip("\n").split(" ", 2)
            events.append((kind, float(at), name))

    acknowledged = drive_result["acknowledged"]
    lost = [key for key, _ in acknowledged if stored.get(key, 0) == 0]
    duplicates = sum(1 for count in stored.values() if count > 1)
    print(f"{'fault':<34} {'acked':>6} {'stored':>6} {'lost':>5} {'outage answers (status: n)':<34} "
          f"{'max wait s':>10} {'recovered in s':>14}")
    for i, (kind, start, name) in enumerate(events):
        if kind != "fault":
            continue
        heal = next((at for k, at, n in events[i + 1:] if k == "heal" and n == name), start)
        end = next((at for k, at, n in events[i + 1:] if k == "end" and n == name), float("inf"))
        window = [(key, at) for key, at in acknowledged if start <= at < end]
        window_lost = [key for key, _ in window if stored.get(key, 0) == 0]
        outage = [(s, lat, st) for s, lat, st in drive_result["attempts"] if start <= s < heal]
        answers = {}
        for _, _, status in outage:
            answers[str(status)] = answers.get(str(status), 0) + 1
        first_ok = min((s + lat for s, lat, st in drive_result["attempts"]
                        if isinstance(st, int) and 200 <= st < 300 and s >= heal), default=None)
        recovered = f"{first_ok - heal:.1f}" if first_ok else "never"
        summary = ", ".join(f"{k}: {v}" for k, v in sorted(answers.items())) or "-"
        max_wait = max((lat for _, lat, _ in outage), default=0)
        print(f"{name:<34} {len(window):>6} {len(window) - len(window_lost):>6} {len(window_lost):>5} "
              f"{summary:<34} {max_wait:>10.1f} {recovered:>14}")
    print(f"all windows: {len(acknowledged)} acknowledged, {len(acknowledged) - len(lost)} stored, "
          f"{len(lost)} lost, {duplicates} duplicated, {half_written} half-written, "
          f"{len(drive_result['unanswered'])} never acknowledged (client gave up or was refused)")
    if drive_result["unanswered"]:
        print("never acknowledged, by last answer:",
              sorted({str(s) for _, s in drive_result["unanswered"]}))
    latencies = [lat for _, lat, st in drive_result["attempts"] if isinstance(st, int) and 200 <= st < 300]
    print(f"acknowledged answers: p50 {percentile(latencies, 50):.3f} s, p99 {percentile(latencies, 99):.3f} s")
    return 1 if lost or duplicates or half_written else 0


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("drive")
    d.add_argument("--url", required=True)
    d.add_argument("--out", required=True)
    d.add_argument("--control", required=True)
    d.add_argument("--clients", type=int, default=8)
    g = sub.add_parser("gateway")
    g.add_argument("--port", type=int, required=True)
    g.add_argument("--log", required=True)
    g.add_argument("--control", required=True)
    r = sub.add_parser("report")
    r.add_argument("--drive", required=True)
    r.add_argument("--events", required=True)
    r.add_argument("--stored", required=True)
    args = parser.parse_args()
    if args.command == "drive":
        drive(args)
    elif args.command == "gateway":
        gateway(args)
    else:
        sys.exit(report(args))


if __name__ == "__main__":
    main()
