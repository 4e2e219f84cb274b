package io.experiencelake.bench;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Renderer;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendition;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The renderers' linearity measured by CPU time, a cross-check of {@link RenderBenchmarks} on a
 * machine shared with other work: in one JVM, after two warm-up rounds, every renderer renders
 * the lake of every size in turn, round after round, and each render is timed by this thread's
 * CPU time and by wall time; the minimum and median of each are kept, and the per-entry cost at
 * 100,000 entries is divided by that at 1,000 (issue 8's target: at most 1.5).
 *
 * <pre>
 * java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp lake-bench/target/benchmarks.jar io.experiencelake.bench.RenderCost 5 1000 10000 100000
 * java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp lake-bench/target/benchmarks.jar io.experiencelake.bench.RenderCost 5 1000 10000 100000 cv linkedin
 * </pre>
 *
 * <p>Run it with a fixed, pre-touched heap ({@code -Xms} equal to {@code -Xmx},
 * {@code -XX:+AlwaysPreTouch}), as JMH's forks are: otherwise the first touch of every page of a
 * heap growing to gigabytes is a page fault charged to this thread's CPU time, a cost that grows
 * with the lake's size but is the JVM's, not the code's.
 *
 * <p>The first argument is the number of rounds; then the lake sizes; then, optionally, the
 * renderers to measure (all six when none is named); {@code -Dwarmup=N} sets the number of warm-up
 * rounds (2 by default). Besides the timings, the tool prints a fingerprint
 * of each renderer's output at each size (artifacts, bytes, warnings, entries used and a SHA-256
 * over all of it), so that a change meant to keep the output byte-identical can be checked on the
 * large lakes too, not only on the renderers' golden files. Renders use
 * {@link BenchLakes#renderOptions}: every entry of the lake is rendered.
 */
public final class RenderCost {

  private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String[] ALL = {"cv", "cover-letter", "linkedin", "interview", "portfolio", "jsonresume"};
  /** Rounds run before timing starts: {@code -Dwarmup=N}, 2 by default. */
  private static final int WARM_UP = Integer.getInteger("warmup", 2);

  private RenderCost() {}

  /** Runs {@code ROUNDS SIZE... [RENDERER...]}. */
  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    List<Integer> sizeList = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].chars().allMatch(Character::isDigit)) {
        sizeList.add(Integer.parseInt(args[i]));
      } else {
        names.add(args[i]);
      }
    }
    if (names.isEmpty()) {
      names.addAll(List.of(ALL));
    }
    int[] sizes = sizeList.stream().mapToInt(Integer::intValue).toArray();
    List<Renderer> renderers = new ArrayList<>();
    names.forEach(name -> renderers.add(Renderers.named(name)));
    Lake[] lakes = new Lake[sizes.length];
    RenderOptions[] options = new RenderOptions[sizes.length];
    for (int s = 0; s < sizes.length; s++) {
      lakes[s] = BenchLakes.lake(sizes[s]);
      options[s] = BenchLakes.renderOptions(lakes[s]);
    }

    long[][][] cpu = new long[renderers.size()][sizes.length][rounds];
    long[][][] wall = new long[renderers.size()][sizes.length][rounds];
    long[][][] allocated = new long[renderers.size()][sizes.length][rounds];
    String[][] fingerprints = new String[renderers.size()][sizes.length];
    for (int round = -WARM_UP; round < rounds; round++) {
      System.err.printf(Locale.ROOT, "round %d of %d%n", round + WARM_UP + 1, rounds + WARM_UP);
      for (int s = 0; s < sizes.length; s++) {
        for (int r = 0; r < renderers.size(); r++) {
          long a = allocatedBytes();
          // Every operation starts from a collected heap, so none pays for the garbage of the one before.
          System.gc();
          long c = THREADS.getCurrentThreadCpuTime();
          long w = System.nanoTime();
          Rendition rendition = renderers.get(r).render(lakes[s], options[s]);
          long wallTime = System.nanoTime() - w;
          long cpuTime = THREADS.getCurrentThreadCpuTime() - c;
          long bytes = allocatedBytes() - a;
          if (fingerprints[r][s] == null) {
            fingerprints[r][s] = fingerprint(rendition);
          }
          if (round >= 0) {
            wall[r][s][round] = wallTime;
            cpu[r][s][round] = cpuTime;
            allocated[r][s][round] = bytes;
          }
        }
      }
    }

    System.out.println("| renderer | entries | artifacts | MiB | warnings | entries used | sha256 of the output |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
    for (int r = 0; r < renderers.size(); r++) {
      for (int s = 0; s < sizes.length; s++) {
        System.out.printf(Locale.ROOT, "| %s | %d | %s |%n", names.get(r), sizes[s], fingerprints[r][s]);
      }
    }
    System.out.println();
    System.out.println("| renderer | entries | CPU min ms | CPU median ms | wall min ms | wall median ms | CPU median µs per entry | MiB allocated (median) |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
    for (int r = 0; r < renderers.size(); r++) {
      for (int s = 0; s < sizes.length; s++) {
        System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f |%n", names.get(r), sizes[s],
            LoadCost.min(cpu[r][s]) / 1e6, LoadCost.median(cpu[r][s]) / 1e6, LoadCost.min(wall[r][s]) / 1e6,
            LoadCost.median(wall[r][s]) / 1e6, LoadCost.median(cpu[r][s]) / 1e3 / sizes[s], LoadCost.median(allocated[r][s]) / 1048576.0);
      }
    }
    int thousand = indexOf(sizes, 1_000);
    int hundredThousand = indexOf(sizes, 100_000);
    if (thousand < 0 || hundredThousand < 0) {
      return;
    }
    System.out.println();
    System.out.println("| renderer | target | CPU: of minimums | CPU: of medians | wall: of minimums | wall: of medians |");
    System.out.println("| --- | --- | --- | --- | --- | --- |");
    double scale = 1_000 / 100_000.0;
    for (int r = 0; r < renderers.size(); r++) {
      long[] big = cpu[r][hundredThousand];
      long[] small = cpu[r][thousand];
      long[] bigWall = wall[r][hundredThousand];
      long[] smallWall = wall[r][thousand];
      System.out.printf(Locale.ROOT, "| per-entry %s, 100,000 / 1,000 entries | ≤ 1.5 | %.2f | %.2f | %.2f | %.2f |%n", names.get(r),
          LoadCost.min(big) / LoadCost.min(small) * scale, LoadCost.median(big) / LoadCost.median(small) * scale,
          LoadCost.min(bigWall) / LoadCost.min(smallWall) * scale, LoadCost.median(bigWall) / LoadCost.median(smallWall) * scale);
    }
  }

  /** This thread's allocated bytes so far, or 0 when the JVM cannot tell. */
  private static long allocatedBytes() {
    if (THREADS instanceof com.sun.management.ThreadMXBean) {
      return ((com.sun.management.ThreadMXBean) THREADS).getCurrentThreadAllocatedBytes();
    }
    return 0;
  }

  /** Artifacts, MiB, warnings, entries used, and the SHA-256 of every artifact's path, type and bytes, the warnings and the entries used. */
  private static String fingerprint(Rendition rendition) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long bytes = 0;
    for (Artifact artifact : rendition.artifacts()) {
      byte[] content = artifact.bytes();
      bytes += content.length;
      update(sha256, artifact.path());
      update(sha256, artifact.mediaType());
      update(sha256, Integer.toString(content.length));
      sha256.update(content);
    }
    for (Diagnostic warning : rendition.warnings()) {
      update(sha256, warning.code() + " " + warning.pointer() + " " + warning.message() + " " + warning.hint());
    }
    for (String id : rendition.entriesUsed()) {
      update(sha256, id);
    }
    return String.format(Locale.ROOT, "%d | %.2f | %d | %d | %s", rendition.artifacts().size(), bytes / 1048576.0,
        rendition.warnings().size(), rendition.entriesUsed().size(), HexFormat.of().formatHex(sha256.digest()).substring(0, 16));
  }

  private static void update(MessageDigest sha256, String text) {
    sha256.update(text.getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 0);
  }

  private static int indexOf(int[] sizes, int size) {
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] == size) {
        return i;
      }
    }
    return -1;
  }
}
