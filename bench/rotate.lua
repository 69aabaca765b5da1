-- wrk: ask the paths of a file (one a line, given after --) in turn, each
-- thread from its own place in the list (thread n of k from n/k of the way
-- along), so that with more paths than the server keeps (32) no two
-- requests near in time ask the same one and its kept answers mostly miss.
-- Reports as p95.lua does: requests/s and the 95th-percentile latency.
--   wrk ... -s bench/rotate.lua URL -- FILE THREADS
local made = 0
function setup(thread)
  thread:set("nth", made)
  made = made + 1
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  local threads = tonumber(args[2]) or 1
  at = math.floor(#paths * (nth or 0) / threads)
end

function request()
  at = at % #paths + 1
  return wrk.format(nil, paths[at])
end

done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  io.write(string.format("RESULT %.1f %.2f %d %d\n", summary.requests / secs, latency:percentile(95) / 1000,
    summary.requests, summary.errors.status))
end
