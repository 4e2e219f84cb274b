package io.experiencelake.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JMH result files ({@code -rf json}) and prints the ratios issue 8 sets targets for, as a
 * Markdown table: each as a ratio of means with the JMH error carried through, and as ratios of
 * medians and of minimums, which a shared machine disturbs less.
 *
 * <pre>
 * java -cp lake-bench/target/benchmarks.jar io.experiencelake.bench.Ratios load.json load-100k.json evidence.json
 * java -cp lake-bench/target/benchmarks.jar io.experiencelake.bench.Ratios render.json render-100k.json
 * </pre>
 */
public final class Ratios {

  private static final String LOAD = "io.experiencelake.bench.LoadBenchmarks.";
  private static final String EVIDENCE = "io.experiencelake.bench.EvidenceBenchmarks.";
  private static final String RENDER = "io.experiencelake.bench.RenderBenchmarks.";

  private final List<JsonNode> results = new ArrayList<>();

  private Ratios() {}

  /**
   * Prints the table for the given JMH JSON result files.
   *
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Ratios ratios = new Ratios();
    JsonMapper json = JsonMapper.builder().build();
    for (String file : args) {
      json.readTree(Path.of(file).toFile()).forEach(ratios.results::add);
    }
    System.out.println("| ratio | target | wall: mean ± error | wall: median | wall: min | CPU, whole JVM | CPU, benchmark thread |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
    ratios.row("full load / readTree, 10,000 entries", "≤ 4", LOAD + "load", "10000", 1, LOAD + "readTree", "10000", 1);
    for (String benchmark : new String[] {"load", "check", "hashEntries", "readTree"}) {
      ratios.row("per-entry " + benchmark + ", 100,000 / 1,000 entries", benchmark.equals("load") || benchmark.equals("check") ? "≤ 1.5" : "(≤ 1.5)",
          LOAD + benchmark, "100000", 100_000, LOAD + benchmark, "1000", 1_000);
    }
    ratios.row("folder rate / single-file rate (hashOneFile ÷ verifyFolder time)", "≥ 1.6",
        EVIDENCE + "hashOneFile", null, 1, EVIDENCE + "verifyFolder", null, 1);
    ratios.row("folder rate, one thread / single-file rate", "(≈ 1)",
        EVIDENCE + "hashOneFile", null, 1, EVIDENCE + "verifyFolderOneThread", null, 1);
    ratios.row("first cached run / unchanged re-run", "≥ 50",
        EVIDENCE + "verifyFolderFirstCachedRun", null, 1, EVIDENCE + "verifyFolderUnchanged", null, 1);
    // The renderers' rows only when a file holds RenderBenchmarks results, so the load and evidence tables stay as they were.
    if (ratios.results.stream().anyMatch(r -> r.path("benchmark").asString("").startsWith(RENDER))) {
      for (String benchmark : new String[] {"cv", "coverLetter", "linkedin", "interview", "portfolio", "jsonresume"}) {
        ratios.row("per-entry render " + benchmark + ", 100,000 / 1,000 entries", "≤ 1.5",
            RENDER + benchmark, "100000", 100_000, RENDER + benchmark, "1000", 1_000);
      }
    }
  }

  /** One row: (a / aDivisor) / (b / bDivisor), or a message when a result is missing. */
  private void row(String name, String target, String a, String aEntries, double aDivisor, String b, String bEntries, double bDivisor) {
    JsonNode x = find(a, aEntries);
    JsonNode y = find(b, bEntries);
    if (x == null || y == null) {
      System.out.printf(Locale.ROOT, "| %s | %s | (not measured) | | | | |%n", name, target);
      return;
    }
    double scale = bDivisor / aDivisor;
    JsonNode px = x.path("primaryMetric");
    JsonNode py = y.path("primaryMetric");
    double ratio = px.path("score").asDouble() / py.path("score").asDouble() * scale;
    double error = ratio * Math.hypot(relative(px), relative(py));
    double median = percentile(px, "50.0") / percentile(py, "50.0") * scale;
    double min = percentile(px, "0.0") / percentile(py, "0.0") * scale;
    System.out.printf(Locale.ROOT, "| %s | %s | %.2f ± %.2f | %.2f | %.2f | %s | %s |%n", name, target, ratio, error, median, min,
        secondary(x, y, "·cpu", scale), secondary(x, y, "·cpu.worker", scale));
  }

  /** The ratio of the secondary results {@code name} with their error, or a dash. */
  private static String secondary(JsonNode x, JsonNode y, String name, double scale) {
    JsonNode cx = x.path("secondaryMetrics").path(name);
    JsonNode cy = y.path("secondaryMetrics").path(name);
    if (cx.isMissingNode() || cy.isMissingNode() || cy.path("score").asDouble() <= 0) {
      return "–";
    }
    double ratio = cx.path("score").asDouble() / cy.path("score").asDouble() * scale;
    return String.format(Locale.ROOT, "%.2f ± %.2f", ratio, ratio * Math.hypot(relative(cx), relative(cy)));
  }

  private JsonNode find(String benchmark, String entries) {
    for (JsonNode r : results) {
      if (r.path("benchmark").asString("").equals(benchmark)
          && (entries == null || r.path("params").path("entries").asString("").equals(entries))) {
        return r;
      }
    }
    return null;
  }

  private static double relative(JsonNode metric) {
    double score = metric.path("score").asDouble();
    double error = metric.path("scoreError").asDouble(0);
    return Double.isFinite(error) && score != 0 ? error / score : 0;
  }

  private static double percentile(JsonNode metric, String which) {
    return metric.path("scorePercentiles").path(which).asDouble(Double.NaN);
  }
}
