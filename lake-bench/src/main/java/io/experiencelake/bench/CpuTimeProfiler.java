package io.experiencelake.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports CPU time per operation, in the benchmark's time unit, as two
 * secondary results: {@code ·cpu}, the whole JVM's (benchmark, garbage collector and compiler
 * threads), and {@code ·cpu.worker}, the benchmark threads' own (JMH's workers), which leaves out
 * the collector's work.
 *
 * <p>On a machine shared with other work, wall time per operation swings with the load while a
 * thread's CPU time swings much less: run with {@code -prof io.experiencelake.bench.CpuTimeProfiler}
 * and compare. For work spread over threads the workers do not own (the folder verification's
 * hashing pool), only {@code ·cpu} counts it, and neither shows a speed-up.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private long start;
  private final Map<Long, Long> workersAtStart = new HashMap<>();

  /** Makes the profiler; JMH calls this in the benchmark's JVM. */
  public CpuTimeProfiler() {}

  @Override
  public String getDescription() {
    return "CPU time of the whole benchmark JVM per operation (benchmark, GC and JIT threads)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    workersAtStart.clear();
    workersAtStart.putAll(workerCpuNanos());
    start = processCpuNanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    long cpu = processCpuNanos() - start;
    long workers = 0;
    for (Map.Entry<Long, Long> e : workerCpuNanos().entrySet()) {
      workers += e.getValue() - workersAtStart.getOrDefault(e.getKey(), 0L);
    }
    long ops = Math.max(1, result.getMetadata().getMeasuredOps());
    TimeUnit unit = benchmarkParams.getTimeUnit();
    String perOp = unitName(unit) + "/op";
    return List.of(
        new ScalarResult("·cpu", (double) cpu / ops / unit.toNanos(1), perOp, AggregationPolicy.AVG),
        new ScalarResult("·cpu.worker", (double) workers / ops / unit.toNanos(1), perOp, AggregationPolicy.AVG));
  }

  /** CPU time by thread id of JMH's benchmark threads that are alive. */
  private static Map<Long, Long> workerCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Long, Long> cpu = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains("jmh-worker")) {
        long nanos = threads.getThreadCpuTime(info.getThreadId());
        if (nanos >= 0) {
          cpu.put(info.getThreadId(), nanos);
        }
      }
    }
    return cpu;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String unitName(TimeUnit unit) {
    switch (unit) {
      case NANOSECONDS:
        return "ns";
      case MICROSECONDS:
        return "us";
      case MILLISECONDS:
        return "ms";
      case SECONDS:
        return "s";
      default:
        return unit.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
