package io.experiencelake.bench;

import io.experiencelake.core.json.LakeJson;
import io.experiencelake.core.json.LoadedLake;
import java.io.ByteArrayInputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Loads the generated lake of N entries (2,000 by default) once and reports the heap it took:
 * run it under a small heap ({@code -Xmx256m}) to show the load fits.
 *
 * <pre>
 * java -Xmx256m -cp lake-bench/target/benchmarks.jar io.experiencelake.bench.LoadHeap 2000
 * </pre>
 *
 * <p>It prints the heap in use before the load (the JSON bytes and the JVM's own), the peak during
 * the load (the sum of each heap pool's peak since the pools were reset: an upper bound, since the
 * pools do not peak at the same moment), the heap still in use after a full GC with the loaded
 * lake reachable, and the collections the load caused.
 */
public final class LoadHeap {

  private static final double MIB = 1024.0 * 1024.0;

  private LoadHeap() {}

  /** Runs {@code [ENTRIES]}. */
  public static void main(String[] args) {
    int entries = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    byte[] json = BenchLakes.json(entries);
    System.gc();
    long before = heapUsed();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long collections = collections();

    LoadedLake loaded = LakeJson.read(new ByteArrayInputStream(json), "bench.json", BenchLakes.OPTIONS);

    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long loadCollections = collections() - collections;
    System.gc();
    long after = heapUsed();
    System.out.printf(Locale.ROOT, "entries=%d json_mib=%.1f max_heap_mib=%.0f%n", loaded.lake().entries().size(),
        json.length / MIB, Runtime.getRuntime().maxMemory() / MIB);
    System.out.printf(Locale.ROOT, "heap_before_load_mib=%.1f peak_heap_during_load_mib=%.1f live_heap_after_load_mib=%.1f gcs_during_load=%d%n",
        before / MIB, peak / MIB, after / MIB, loadCollections);
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long collections() {
    long count = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
    }
    return count;
  }
}
