package io.experiencelake.core.json;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.check.LakeChecker;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the time of a full load goes: each phase of {@link LakeJson#read(java.io.InputStream,
 * String, CheckOptions)} timed on its own, by this thread's CPU time, against a bare Jackson
 * {@code readTree} of the same bytes.
 *
 * <pre>
 * java -Xms4g -Xmx4g -XX:+AlwaysPreTouch -cp lake-bench/target/benchmarks.jar io.experiencelake.core.json.LoadPhases 10000 15
 * </pre>
 *
 * <p>The last row binds the lake with Jackson's {@code readValue} straight from bytes, with no tree
 * (so no positions and no schema check): what a load that skipped the tree would pay to bind.
 *
 * <p>The arguments are the number of entries and of rounds (after three warm-up rounds). It lives
 * in lake-core's package because the parser and the binding mapper are package-private there: a
 * benchmark tool, not API.
 */
public final class LoadPhases {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String[] PHASES = {"readTree", "parse with positions", "schema", "bind", "check", "full load",
      "for comparison: bind straight from the bytes (Jackson readValue, no tree)"};

  private LoadPhases() {}

  /** Runs {@code ENTRIES ROUNDS}. */
  public static void main(String[] args) {
    int entries = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    byte[] bytes = LakeJson.writeBytes(LakeGenerators.lake(LakeGenerators.Draw.seeded(20261127L), entries));
    JsonMapper jackson = JsonMapper.builder().build();
    // The same lake without '$schema' (which the model has no field for), for readValue.
    ObjectNode withoutSchema = (ObjectNode) LakeJson.toTree(LakeGenerators.lake(LakeGenerators.Draw.seeded(20261127L), entries));
    withoutSchema.remove("$schema");
    byte[] modelBytes = Mappers.STRICT.writeValueAsBytes(withoutSchema);
    CheckOptions options = CheckOptions.today(LakeGenerators.TODAY);
    long[][] cpu = new long[PHASES.length][rounds];
    for (int round = -3; round < rounds; round++) {
      long[] times = new long[PHASES.length];
      long start = THREADS.getCurrentThreadCpuTime();
      jackson.readTree(bytes);
      times[0] = lap(start);
      start = THREADS.getCurrentThreadCpuTime();
      LocatingParser.Parsed parsed = LocatingParser.parse(bytes, "lake.json");
      times[1] = lap(start);
      start = THREADS.getCurrentThreadCpuTime();
      List<Diagnostic> schemaProblems = LakeSchema.get().validate(parsed.tree());
      times[2] = lap(start);
      if (!parsed.problems().isEmpty() || !schemaProblems.isEmpty()) {
        throw new IllegalStateException("the generated lake does not load: " + parsed.problems() + schemaProblems);
      }
      ObjectNode body = (ObjectNode) parsed.tree();
      body.remove("$schema");
      start = THREADS.getCurrentThreadCpuTime();
      Lake lake = Mappers.STRICT.treeToValue(body, Lake.class);
      times[3] = lap(start);
      start = THREADS.getCurrentThreadCpuTime();
      LakeChecker.check(lake, options);
      times[4] = lap(start);
      start = THREADS.getCurrentThreadCpuTime();
      LakeJson.read(new ByteArrayInputStream(bytes), "lake.json", options);
      times[5] = lap(start);
      start = THREADS.getCurrentThreadCpuTime();
      Lake direct = Mappers.STRICT.readValue(modelBytes, Lake.class);
      times[6] = lap(start);
      if (!direct.equals(lake)) {
        throw new IllegalStateException("readValue bound another lake");
      }
      if (round >= 0) {
        for (int p = 0; p < PHASES.length; p++) {
          cpu[p][round] = times[p];
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d entries, %.1f MiB, %d rounds; thread CPU time%n%n", entries, bytes.length / 1048576.0, rounds);
    System.out.println("| phase | median ms | min ms | median / readTree |");
    System.out.println("| --- | ---: | ---: | ---: |");
    double floor = median(cpu[0]);
    for (int p = 0; p < PHASES.length; p++) {
      System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |%n", PHASES[p], median(cpu[p]) / 1e6,
          Arrays.stream(cpu[p]).min().orElse(0) / 1e6, median(cpu[p]) / floor);
    }
  }

  private static long lap(long start) {
    return THREADS.getCurrentThreadCpuTime() - start;
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
  }
}
