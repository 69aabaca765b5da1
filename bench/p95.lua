-- wrk report: requests/s and the 95th-percentile latency, one line.
done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  io.write(string.format("RESULT %.1f %.2f %d %d\n", summary.requests / secs, latency:percentile(95) / 1000,
    summary.requests, summary.errors.status))
end
