-- wrk script: a citizen's opinion form, sent again and again, each time with a form token of
-- its own (the same token twice would be one case). The CSRF cookie and the masked token a
-- real browser would have come from GET /opinion/new (bench/scenarios/submit.sh).
local csrf = os.getenv("BENCH_CSRF")
local cookie = os.getenv("BENCH_COOKIE")
if csrf == nil or cookie == nil then
    error("citizen-form.lua: BENCH_CSRF and BENCH_COOKIE must be set")
end

local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("thread", threads)
end

local counter = 0
function request()
    counter = counter + 1
    local body = "_csrf=" .. csrf
        .. "&formToken=bench-" .. thread .. "-" .. counter .. "-" .. os.time()
        .. "&categoryCode=URBAN_CONSTRUCTION&regionCode=210802001"
        .. "&description=%E5%8E%8B%E6%B5%8B%EF%BC%9A%E8%B7%AF%E7%81%AF%E4%B8%8D%E4%BA%AE"
        .. "&phone=13904170000&citizenName=bench"
    return wrk.format("POST", "/opinion/new", {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["Cookie"] = cookie,
    }, body)
end
