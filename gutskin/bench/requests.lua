-- wrk script for gutskin.bench: one URL, either repeated ("cached") or with a
-- query string no earlier request has used ("uncached"), so that a page cache
-- keyed by path and query string can never answer it; and the run's figures as
-- one JSON line for the driver to read.
-- Arguments after "--": mode, the cache-busting parameter, a token unique to
-- this wrk run (counters restart with each run, and Redis outlives one).

local thread_count = 0

function setup(thread)
    thread_count = thread_count + 1
    thread:set("thread_id", thread_count)
end

function init(args)
    mode = args[1]
    param = args[2]
    token = args[3]
    counter = 0
    local separator = wrk.path:find("?", 1, true) and "&" or "?"
    prefix = wrk.path .. separator .. param .. "=" .. token .. "-" .. thread_id .. "-"
    repeated = wrk.format(nil, wrk.path)
end

function request()
    if mode == "uncached" then
        counter = counter + 1
        return wrk.format(nil, prefix .. counter)
    end
    return repeated
end

function done(summary, latency, requests)
    local errors = summary.errors
    io.write(
        string.format(
            'BENCH-RESULT {"requests": %d, "duration_us": %d, "bytes": %d, '
                .. '"p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, '
                .. '"errors": {"connect": %d, "read": %d, "write": %d, '
                .. '"status": %d, "timeout": %d}}\n',
            summary.requests,
            summary.duration,
            summary.bytes,
            latency:percentile(50),
            latency:percentile(95),
            latency:percentile(99),
            latency.max,
            errors.connect,
            errors.read,
            errors.write,
            errors.status,
            errors.timeout
        )
    )
end
