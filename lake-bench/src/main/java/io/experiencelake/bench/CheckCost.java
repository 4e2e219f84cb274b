package io.experiencelake.bench;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.check.LakeChecker;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.core.json.LakeJson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checker's cost by CPU time and its growth with the lake, a focused sibling of
 * {@link LoadCost}: in one JVM, after two warm-up rounds, {@link LakeChecker#check} (or, with
 * {@code hash} as the first argument, {@link LakeHashes#entries}) of every size takes turns round
 * after round with Jackson's bare {@code readTree} of the same lake's bytes (the floor the load
 * targets are set against), each timed by this thread's CPU time; the minimum and median per lake
 * and per entry are kept, with the ratio to {@code readTree} and the ratio of per-entry cost
 * between the largest and the smallest size.
 *
 * <pre>
 * java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp lake-bench/target/benchmarks.jar io.experiencelake.bench.CheckCost check 9 1000 10000 100000
 * </pre>
 *
 * <p>Arguments: {@code check} or {@code hash}, the number of rounds, then the lake sizes. The
 * number of diagnostics (or hashes) of each lake is printed too, so a change that loses some
 * shows at once.
 */
public final class CheckCost {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final JsonMapper JACKSON = JsonMapper.builder().build();

  private CheckCost() {}

  /** Runs {@code check|hash ROUNDS SIZE...}. */
  public static void main(String[] args) {
    boolean hash = args[0].equals("hash");
    int rounds = Integer.parseInt(args[1]);
    int[] sizes = Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray();
    Lake[] lakes = new Lake[sizes.length];
    byte[][] json = new byte[sizes.length][];
    for (int s = 0; s < sizes.length; s++) {
      lakes[s] = BenchLakes.lake(sizes[s]);
      json[s] = LakeJson.writeBytes(lakes[s]);
    }
    long[][] cpu = new long[sizes.length][rounds];
    long[][] floor = new long[sizes.length][rounds];
    int[] results = new int[sizes.length];
    for (int round = -2; round < rounds; round++) {
      for (int s = 0; s < sizes.length; s++) {
        long c = THREADS.getCurrentThreadCpuTime();
        int size = hash ? LakeHashes.entries(lakes[s]).size() : diagnostics(lakes[s]).size();
        long spent = THREADS.getCurrentThreadCpuTime() - c;
        c = THREADS.getCurrentThreadCpuTime();
        JACKSON.readTree(json[s]);
        long read = THREADS.getCurrentThreadCpuTime() - c;
        results[s] = size;
        if (round >= 0) {
          cpu[s][round] = spent;
          floor[s][round] = read;
        }
      }
    }
    String operation = hash ? "hashEntries" : "check";
    System.out.println("| operation | entries | " + (hash ? "hashes" : "diagnostics")
        + " | CPU min ms | CPU median ms | min µs/entry | median µs/entry | readTree min ms | ÷ readTree, of minimums | ÷ readTree, of medians |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (int s = 0; s < sizes.length; s++) {
      System.out.printf(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", operation, sizes[s], results[s],
          min(cpu[s]) / 1e6, median(cpu[s]) / 1e6, min(cpu[s]) / 1e3 / sizes[s], median(cpu[s]) / 1e3 / sizes[s],
          min(floor[s]) / 1e6, min(cpu[s]) / min(floor[s]), median(cpu[s]) / median(floor[s]));
    }
    if (sizes.length > 1) {
      int last = sizes.length - 1;
      double scale = (double) sizes[0] / sizes[last];
      System.out.printf(Locale.ROOT, "%nper-entry %s, %d / %d entries: %.2f of minimums, %.2f of medians%n", operation,
          sizes[last], sizes[0], min(cpu[last]) / min(cpu[0]) * scale, median(cpu[last]) / median(cpu[0]) * scale);
    }
  }

  private static List<Diagnostic> diagnostics(Lake lake) {
    return LakeChecker.check(lake, BenchLakes.OPTIONS);
  }

  private static double min(long[] values) {
    return Arrays.stream(values).min().orElse(0);
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
