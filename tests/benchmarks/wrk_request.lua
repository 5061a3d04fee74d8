-- The request bench_server.sh sends with wrk: method, body and headers come from the environment
-- (BENCH_METHOD, BENCH_BODY, BENCH_HEADERS as "Name: value" lines), so credentials stay off argv.
-- done() prints one "RESULT {json}" line: requests, seconds, failures (socket errors and HTTP
-- statuses >= 400), and latency percentiles in microseconds.
wrk.method = os.getenv("BENCH_METHOD") or "POST"
wrk.body = os.getenv("BENCH_BODY")
for line in string.gmatch(os.getenv("BENCH_HEADERS") or "", "[^\n]+") do
    local name, value = string.match(line, "^([^:]+):%s*(.*)$")
    if name then
        wrk.headers[name] = value
    end
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        'RESULT {"requests":%d,"seconds":%.3f,"failures":%d,"statusErrors":%d,"p50_us":%d,"p99_us":%d,"max_us":%d}\n',
        summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.status + e.timeout, e.status,
        latency:percentile(50), latency:percentile(99), latency.max))
end
