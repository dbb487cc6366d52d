-- wrk script: POST the approvable Opzelura sample to /v1/evaluate on every request
-- (docs/PERFORMANCE.md, "HTTP service"). Run from the repository root, e.g.
--   wrk -t1 -c1 -d20s --latency -s benchmarks/http/evaluate.lua http://127.0.0.1:8080
-- wrk prints "Non-2xx or 3xx responses: N" when any answer is not a 200: such a run is not a result.
local file = assert(io.open("examples/requests/opzelura-ad-approvable.json", "rb"))
wrk.method = "POST"
wrk.path = "/v1/evaluate?asOf=2026-11-24"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
