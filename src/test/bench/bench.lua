-- The benchmark's load for wrk (bench/WrkLoad): POSTs the JSON bodies of the file named by
-- BENCH_BODIES (one a line), cycled per request, to the URL's path; counts every answer that is not
-- a 200 or that carries GraphQL errors, keeps the first such answer, and prints one RESULT line.
local bodies = {}
for line in io.lines(os.getenv("BENCH_BODIES")) do
  if #line > 0 then table.insert(bodies, line) end
end
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
local counter = 0
bad, failed, first = 0, 0, ""
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  return wrk.format("POST", nil, headers, bodies[(counter - 1) % #bodies + 1])
end

function response(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
  elseif string.find(body, '"errors":[', 1, true) or string.find(body, '"errors": [', 1, true) then
    failed = failed + 1
  else
    return
  end
  if first == "" then first = status .. " " .. string.sub(body or "", 1, 300) end
end

function done(summary, latency, requests)
  local statuses, errors, sample = 0, 0, ""
  for _, thread in ipairs(threads) do
    statuses = statuses + thread:get("bad")
    errors = errors + thread:get("failed")
    if sample == "" then sample = thread:get("first") or "" end
  end
  io.write(string.format("RESULT requests=%d non200=%d graphql_errors=%d socket_errors=%d rps=%.2f p50_ms=%.3f p99_ms=%.3f\n",
    summary.requests, statuses, errors,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  if sample ~= "" then io.write("FIRST " .. string.gsub(sample, "\n", " ") .. "\n") end
end
