-- The heavy load test's requests for wrk (src/test/load/run-heavy): POSTs of heavy-page.graphql, and
-- with HEAVY_MIX=all (the default) one request in eight of heavy-evidence.graphql. Counts the
-- answers by status (200, 429, 503 by classification: OVERLOADED or similar, TIMEOUT) and 200s that
-- carry GraphQL errors, and prints one RESULT line of figures for the script.
local function body(file)
  local lines = {}
  for line in io.lines(file) do
    if not line:match("^%s*#") then table.insert(lines, line) end
  end
  return '{"query":"' .. table.concat(lines, " ") .. '"}'
end
local dir = os.getenv("LOAD_DIR") or "src/test/load"
local page, evidence = body(dir .. "/heavy-page.graphql"), body(dir .. "/heavy-evidence.graphql")
local all = (os.getenv("HEAVY_MIX") or "all") == "all"
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json" }
local counter = 0
ok, errors200, s429, timeout503, other503, other, bytes = 0, 0, 0, 0, 0, 0, 0
other_status = 0 -- the last status other than 200, 429 and 503
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  if all and counter % 8 == 0 then
    return wrk.format("POST", "/graphql", headers, evidence)
  end
  return wrk.format("POST", "/graphql", headers, page)
end

function response(status, headers, body)
  bytes = bytes + #body
  if status == 200 then
    if string.find(body, '"errors"', 1, true) then errors200 = errors200 + 1 else ok = ok + 1 end
  elseif status == 503 then
    if string.find(body, '"TIMEOUT"', 1, true) then timeout503 = timeout503 + 1 else other503 = other503 + 1 end
  elseif status == 429 then
    s429 = s429 + 1
  else
    other = other + 1
    other_status = status
  end
end

function done(summary, latency, requests)
  local sum = { ok = 0, errors200 = 0, s429 = 0, timeout503 = 0, other503 = 0, other = 0, bytes = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(sum) do sum[name] = sum[name] + thread:get(name) end
  end
  local seconds = summary.duration / 1e6
  local other_status = 0
  for _, thread in ipairs(threads) do
    if thread:get("other_status") ~= 0 then other_status = thread:get("other_status") end
  end
  io.write(string.format("RESULT requests=%d rps=%.1f ok=%d errors200=%d s429=%d timeout503=%d shed503=%d other=%d other_status=%d " ..
    "mb=%.0f socket_connect=%d socket_read=%d socket_write=%d socket_timeout=%d p50_ms=%.0f p99_ms=%.0f max_ms=%.0f\n",
    summary.requests, summary.requests / seconds, sum.ok, sum.errors200, sum.s429, sum.timeout503, sum.other503,
    sum.other, other_status, sum.bytes / 1e6, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
