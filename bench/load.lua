-- bench/load's requests for wrk: each one carries the session of the next bench parent (SESSIONS_FILE, one Cookie
-- header value per line), in turn; with RATE > 0, each of the CONNECTIONS connections waits so that all together
-- send about RATE requests per second. done() prints one line: requests/s, p50, p95 and p99 in ms, and the answers
-- that were not a 200 (a redirect to the login page counts: its session was lost).
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    sessions = {}
    for line in io.lines(os.getenv("SESSIONS_FILE")) do
        if line ~= "" then
            table.insert(sessions, line)
        end
    end
    turn = math.random(#sessions)
    pause = 0
    local rate = tonumber(os.getenv("RATE") or "0")
    if rate > 0 then
        pause = 1000 * tonumber(os.getenv("CONNECTIONS")) / rate
    end
    not_ok = 0
end

function request()
    turn = turn % #sessions + 1
    return wrk.format("GET", nil, { ["Cookie"] = sessions[turn], ["Accept-Language"] = "fr-FR,fr;q=0.9" })
end

function delay()
    return pause
end

function response(status, headers, body)
    if status ~= 200 then
        not_ok = not_ok + 1
    end
end

function done(summary, latency, requests)
    local refused = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    for _, thread in ipairs(threads) do
        refused = refused + thread:get("not_ok")
    end
    io.write(string.format("figures %.0f %.0f %.0f %.0f %d\n", summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, refused))
end
