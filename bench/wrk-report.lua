-- Prints wrk's summary as one JSON line, for bench/http.ts (latencies in microseconds).
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format('{"requests":%d,"durationMicros":%d,"bytes":%d,"errors":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d}\n',
    summary.requests, summary.duration, summary.bytes, errors,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
