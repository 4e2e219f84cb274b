package io.experiencelake.bench;

import io.experiencelake.core.Lake;
import io.experiencelake.core.check.LakeChecker;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.core.json.LakeJson;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load ratios measured by CPU time, a cross-check of {@link LoadBenchmarks} on a machine
 * shared with other work: in one JVM, after a warm-up, the operations of every size take turns
 * round after round, and each is timed by this thread's CPU time (which other processes barely
 * disturb) and by wall time; the minimum and median of each are kept.
 *
 * <pre>
 * java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp lake-bench/target/benchmarks.jar io.experiencelake.bench.LoadCost 15 1000 10000 100000
 * </pre>
 *
 * <p>Run it with a fixed, pre-touched heap ({@code -Xms} equal to {@code -Xmx},
 * {@code -XX:+AlwaysPreTouch}), as JMH's forks are: otherwise the first touch of every page of a
 * heap growing to gigabytes is a page fault charged to this thread's CPU time, a cost that grows
 * with the lake's size but is the JVM's, not the code's.
 *
 * <p>The first argument is the number of rounds; the others are lake sizes. The collector's work
 * runs on its own threads, so CPU time leaves it out; wall time includes it.
 */
public final class LoadCost {

  private static final JsonMapper JACKSON = JsonMapper.builder().build();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String[] OPERATIONS = {"readTree", "load", "check", "hashEntries"};

  private LoadCost() {}

  /** Runs {@code ROUNDS SIZE...}. */
  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    int[] sizes = Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray();
    Map<Integer, byte[]> json = new LinkedHashMap<>();
    Map<Integer, Lake> lakes = new LinkedHashMap<>();
    for (int size : sizes) {
      lakes.put(size, BenchLakes.lake(size));
      json.put(size, LakeJson.writeBytes(lakes.get(size)));
    }
    long[][][] cpu = new long[sizes.length][OPERATIONS.length][rounds];
    long[][][] wall = new long[sizes.length][OPERATIONS.length][rounds];
    for (int round = -2; round < rounds; round++) {
      for (int s = 0; s < sizes.length; s++) {
        for (int o = 0; o < OPERATIONS.length; o++) {
          // Every operation starts from a collected heap, so none pays for the garbage of the one before.
          System.gc();
          long c = THREADS.getCurrentThreadCpuTime();
          long w = System.nanoTime();
          run(OPERATIONS[o], json.get(sizes[s]), lakes.get(sizes[s]));
          if (round >= 0) {
            wall[s][o][round] = System.nanoTime() - w;
            cpu[s][o][round] = THREADS.getCurrentThreadCpuTime() - c;
          }
        }
      }
    }
    System.out.println("| operation | entries | CPU min ms | CPU median ms | wall min ms | wall median ms |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    for (int o = 0; o < OPERATIONS.length; o++) {
      for (int s = 0; s < sizes.length; s++) {
        System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", OPERATIONS[o], sizes[s],
            min(cpu[s][o]) / 1e6, median(cpu[s][o]) / 1e6, min(wall[s][o]) / 1e6, median(wall[s][o]) / 1e6);
      }
    }
    int tenThousand = indexOf(sizes, 10_000);
    int thousand = indexOf(sizes, 1_000);
    int hundredThousand = indexOf(sizes, 100_000);
    System.out.println();
    System.out.println("| ratio | target | CPU: of minimums | CPU: of medians | wall: of minimums | wall: of medians |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    if (tenThousand >= 0) {
      ratio("full load / readTree, 10,000 entries", "≤ 4", cpu, wall, tenThousand, 1, tenThousand, 0, 1);
    }
    if (thousand >= 0 && hundredThousand >= 0) {
      for (int o = 0; o < OPERATIONS.length; o++) {
        ratio("per-entry " + OPERATIONS[o] + ", 100,000 / 1,000 entries", o == 1 || o == 2 ? "≤ 1.5" : "(≤ 1.5)",
            cpu, wall, hundredThousand, o, thousand, o, 1_000 / 100_000.0);
      }
    }
  }

  private static Object run(String operation, byte[] json, Lake lake) {
    switch (operation) {
      case "readTree":
        return JACKSON.readTree(json);
      case "load":
        return LakeJson.read(new ByteArrayInputStream(json), "bench.json", BenchLakes.OPTIONS);
      case "check":
        return LakeChecker.check(lake, BenchLakes.OPTIONS);
      default:
        return LakeHashes.entries(lake);
    }
  }

  private static void ratio(String name, String target, long[][][] cpu, long[][][] wall, int sa, int oa, int sb, int ob, double scale) {
    System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f |%n", name, target,
        min(cpu[sa][oa]) / min(cpu[sb][ob]) * scale, median(cpu[sa][oa]) / median(cpu[sb][ob]) * scale,
        min(wall[sa][oa]) / min(wall[sb][ob]) * scale, median(wall[sa][oa]) / median(wall[sb][ob]) * scale);
  }

  private static int indexOf(int[] sizes, int size) {
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] == size) {
        return i;
      }
    }
    return -1;
  }

  /** The smallest of {@code values}, as a double; 0 when there are none. */
  static double min(long[] values) {
    return Arrays.stream(values).min().orElse(0);
  }

  /** The median of {@code values}: the middle one, or the mean of the two middle ones. */
  static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
