-- A mix of the benchmark's query shapes for wrk, cycled per request: a shallow list page, the nested
-- page, a page after a keyset cursor, search by a folded name, node by ID, and a GET. Counts every
-- response that is not a 200 or that carries GraphQL errors.
local bodies = {
  '{"query":"{ people(first: 20) { nodes { id name } } }"}',
  '{"query":"{ meetings(first: 50) { nodes { title participants { person { name positions { title organisation { name country { name } } } } } } } }"}',
  '{"query":"query($after: String) { meetings(first: 5, after: $after) { nodes { title date } } }","variables":{"after":"' .. (os.getenv("CURSOR") or "") .. '"}}',
  '{"query":"{ search(query: \\"to lam\\", first: 5) { node { id } score } }"}',
  '{"query":"{ node(id: \\"UGVyc29uOnRvLWxhbQ\\") { id ... on Person { name } } }"}',
}
local get = "/graphql?query=" .. "%7B%20meetings(first%3A%201)%20%7B%20totalCount%20%7D%20%7D"
local counter = 0
bad, failed = 0, 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  local i = counter % (#bodies + 1)
  if i == #bodies then
    return wrk.format("GET", get, { ["Accept"] = "application/graphql-response+json" })
  end
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json",
    ["Accept"] = "application/graphql-response+json" }, bodies[i + 1])
end

function response(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
  elseif string.find(body, '"errors"', 1, true) then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local statuses, errors = 0, 0
  for _, thread in ipairs(threads) do
    statuses = statuses + thread:get("bad")
    errors = errors + thread:get("failed")
  end
  io.write(string.format("RESULT requests=%d non200=%d graphql_errors=%d socket_errors=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, statuses, errors,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
