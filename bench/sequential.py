#!/usr/bin/env python3
"""One client, one kept-alive connection, N requests in a row: the server time of a request
(plus a loopback round trip), as p50/p95/p99 in milliseconds.

Usage: sequential.py <url> <count> [bearer-token-env-var]
A page behind form login: SEQ_COOKIE holds the session's Cookie header.
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
connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
times = []
for _ in range(count):
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
