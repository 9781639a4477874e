#!/usr/bin/env python3
"""One client, one kept-alive connection, N requests in a row: the server time of a request
(plus a loopback round trip), as p50/p95/p99 in milliseconds.

Usage: sequential.py <url> <count> [bearer-token-env-var]
A page behind form login: SEQ_COOKIE holds the session's Cookie header.
SEQ_MAX_SECONDS stops a slow target early (the percentiles are then of the requests made, and
their number is printed on stderr), so that a page taking seconds does not hold a run for long;
SEQ_TIMEOUT (10 s) is how long one answer may take.
"""
import http.client
import os
import sys
import time
from urllib.parse import urlsplit

url, count = sys.argv[1], int(sys.argv[2])
token = os.environ.get(sys.argv[3]) if len(sys.argv) > 3 else None
parts = urlsplit(url)
path = parts.path + ("?" + parts.query if parts.query else "")
headers = {"Accept": "application/json"}
if token:
    headers["Authorization"] = "Bearer " + token
if os.environ.get("SEQ_COOKIE"):
    headers = {"Accept": "text/html", "Cookie": os.environ["SEQ_COOKIE"]}
connection = http.client.HTTPConnection(parts.hostname, parts.port,
                                        timeout=float(os.environ.get("SEQ_TIMEOUT", "10")))
max_seconds = float(os.environ.get("SEQ_MAX_SECONDS", "0"))
began = time.perf_counter()
times = []
for _ in range(count):
    if max_seconds and times and time.perf_counter() - began > max_seconds:
        print(f"{url}: stopped after {len(times)} requests ({max_seconds:.0f} s)", file=sys.stderr)
        break
    start = time.perf_counter()
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    response.read()
    times.append((time.perf_counter() - start) * 1000)
    if response.status != 200:
        sys.exit(f"{url} answered {response.status}")
times.sort()
pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
print(f"{pick(0.50):.1f} {pick(0.95):.1f} {pick(0.99):.1f}")
