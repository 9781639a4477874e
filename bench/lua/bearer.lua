-- wrk script: send every request with "Authorization: Bearer $BENCH_TOKEN".
-- bench/lib.sh passes the token in the environment (not on the command line, where it would
-- show up in ps). Usage: BENCH_TOKEN=... wrk -s bench/lua/bearer.lua http://127.0.0.1:PORT/...
local token = os.getenv("BENCH_TOKEN")
if token == nil or token == "" then
    error("bearer.lua: BENCH_TOKEN is not set")
end
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Accept"] = "application/json"
