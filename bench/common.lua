-- Shared by every wrk scenario script, which loads it first with
--   dofile(os.getenv("BENCH_DIR") .. "/common.lua")
-- It adds the tenant headers (Authorization: Bearer TOKEN, x-business-id: BUSINESS_ID) when TOKEN
-- is set, gives each thread its own fixed random seed, offers read_lines(ENV) for the id files,
-- and in done() writes the run's figures as one JSON object to the file named by WRK_RESULT:
-- requests, seconds, rps, p50/p90/p99/max in ms, non2xx (wrk counts statuses above 399) and
-- errors (connect + read + write errors + timeouts), each kind also on its own.
local token, business = os.getenv("TOKEN"), os.getenv("BUSINESS_ID")
if token ~= nil and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["x-business-id"] = business
end

-- The non-empty lines of the file named by the environment variable env.
function read_lines(env)
  local rows = {}
  for line in io.lines(os.getenv(env)) do
    if line ~= "" then rows[#rows + 1] = line end
  end
  assert(#rows > 0, os.getenv(env) .. " is empty")
  return rows
end

-- setup runs in the main state, once per thread; thread_id becomes a global of that thread.
local threads = 0
function setup(thread)
  thread:set("thread_id", threads)
  threads = threads + 1
end

-- Without this every thread would draw the same "random" sequence.
function init(args)
  math.randomseed(1000 + (thread_id or 0))
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  local out = assert(io.open(assert(os.getenv("WRK_RESULT"), "WRK_RESULT is not set"), "w"))
  out:write(string.format('{"requests":%d,"seconds":%.3f,"rps":%.2f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,'
      .. '"non2xx":%d,"errors":%d,"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout))
  out:close()
end
