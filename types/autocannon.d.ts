// The few parts of autocannon's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  type Histogram = { average: number; mean: number; p50: number; p99: number; max: number };
  type Result = { requests: Histogram; latency: Histogram; throughput: Histogram; errors: number; non2xx: number; timeouts: number };
  function autocannon(options: { url: string; connections?: number; duration?: number; pipelining?: number }): Promise<Result>;
  export default autocannon;
}
