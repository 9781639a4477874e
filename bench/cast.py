#!/usr/bin/env python3
"""The survey scenario's voters: N deputies (tokens lx_bench-vote-1 … lx_bench-vote-N) each POST one
ballot, their arrival times spread at random over a window, at most C requests in flight.
Prints the count of ballots answered 204, the errors, and p50/p95/p99/max in milliseconds;
writes what was sent (per item, per answer) for the check. Exits 1 when a ballot was not
accepted or p99 is above 200 ms (issue 14's target).

Usage: cast.py <app-url> <survey-id> <voters> <window-seconds> <concurrency> <sent.json>
       cast.py --check <sent.json> <result.json>   -> "ok: …" or exits 1 naming the difference
"""
import http.client
import json
import random
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit


def check(sent_path, result_path):
    sent = json.load(open(sent_path))
    results = json.load(open(result_path))["results"]
    counted = [[a["count"] for a in item["answers"]] for item in results["items"]]
    if results["ballots"] != sent["accepted"] or counted != sent["counts"]:
        sys.exit(f"MISCOUNT: sent {sent['accepted']} ballots {sent['counts']}, counted {results['ballots']} {counted}")
    print(f"ok: {results['ballots']} ballots, {results['voted']} on the roll, per item {counted}")


def main():
    url, survey, voters, window, concurrency, sent_path = sys.argv[1:7]
    voters, window, concurrency = int(voters), float(window), int(concurrency)
    parts = urlsplit(url)
    rng = random.Random(14)
    ballots = [[rng.choice([1, 1, 1, 2, 3]) for _ in range(3)] for _ in range(voters)]
    arrivals = sorted((rng.uniform(0, window), n) for n in range(voters))
    local = threading.local()
    times, statuses, lock = [], {}, threading.Lock()

    def cast(n):
        if not hasattr(local, "connection"):
            local.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        body = json.dumps({"answers": ballots[n]})
        headers = {"Authorization": f"Bearer lx_bench-vote-{n + 1}", "Content-Type": "application/json"}
        start = time.perf_counter()
        try:
            local.connection.request("POST", f"/api/v1/surveys/{survey}/ballots", body, headers)
            response = local.connection.getresponse()
            response.read()
            status = response.status
        except Exception:
            local.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            status = 0
        with lock:
            times.append((time.perf_counter() - start) * 1000)
            statuses[status] = statuses.get(status, 0) + 1
        return n, status

    begin = time.perf_counter()
    futures = []
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        for at, n in arrivals:
            delay = at - (time.perf_counter() - begin)
            if delay > 0:
                time.sleep(delay)
            futures.append(pool.submit(cast, n))
    elapsed = time.perf_counter() - begin
    accepted = [n for n, status in (f.result() for f in futures) if status == 204]
    counts = [[0, 0, 0] for _ in range(3)]
    for n in accepted:
        for item, answer in enumerate(ballots[n]):
            counts[item][answer - 1] += 1
    json.dump({"accepted": len(accepted), "counts": counts}, open(sent_path, "w"))
    times.sort()
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    print(f"{len(accepted)} of {voters} ballots accepted in {elapsed:.1f} s, statuses {statuses}; "
          f"p50/p95/p99/max ms {pick(0.5):.1f} {pick(0.95):.1f} {pick(0.99):.1f} {times[-1]:.1f}")
    if len(accepted) != voters or pick(0.99) > 200:
        sys.exit(1)


if __name__ == "__main__":
    if sys.argv[1] == "--check":
        check(sys.argv[2], sys.argv[3])
    else:
        main()
