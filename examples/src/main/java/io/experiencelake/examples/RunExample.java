package io.experiencelake.examples;

import io.experiencelake.core.Cluster;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.Tier;
import io.experiencelake.core.analysis.Coverage;
import io.experiencelake.core.analysis.Gap;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.check.LakeChecker;
import io.experiencelake.core.json.LakeJson;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Rendering;
import io.experiencelake.render.coverage.CoverageHeatmap;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs the example end to end: builds {@link SeedLake#lake()}, checks it, verifies its evidence,
 * renders the CV and {@code resume.json} (with {@code manifest.json}), writes {@code lake.json} and
 * prints a summary with every diagnostic and the verification result, then the coverage of the
 * seed's role (score and gaps), whose heatmap it writes as {@code coverage.svg}.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am -DskipTests package exec:java
 * }</pre>
 *
 * <p>The optional arguments are the output directory (default {@code examples/target/lake}) and the
 * evidence root (default {@code examples/evidence}), relative to the working directory, the
 * repository root when run through Maven. The example's own repro step (a small shell script under
 * the evidence root) is allowed to run: this program is the example's owner saying so explicitly;
 * the library never runs commands unless told to.
 */
public final class RunExample {

  /** Where {@code lake.json} goes when no output directory is given. */
  public static final Path DEFAULT_OUTPUT = Path.of("examples", "target", "lake");

  /** The role profile whose coverage the example prints. */
  public static final String ROLE = "mlops-platform";

  /** Where the evidence files are when no evidence root is given. */
  public static final Path DEFAULT_EVIDENCE = Path.of(SeedLake.EVIDENCE_ROOT);

  private RunExample() {}

  /**
   * Builds, checks, renders and writes the seed lake, printing the summary to standard output.
   *
   * @param args an optional output directory, then an optional evidence root
   * @throws IOException when the outputs or {@code lake.json} cannot be written
   * @throws io.experiencelake.core.LakeException when the lake has errors
   */
  public static void main(String[] args) throws IOException {
    Path output = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
    Lake lake = SeedLake.lake();
    List<Diagnostic> diagnostics = LakeChecker.check(lake, CheckOptions.today(SeedLake.TODAY));
    Path evidence = args.length > 1 ? Path.of(args[1]) : DEFAULT_EVIDENCE;
    VerificationReport report = Verifier.of(ImmutableVerifyOptions.builder()
        .evidenceRoot(evidence)
        .allowCommands(true)
        .build()).verify(lake);
    RenderRun rendered = render(lake, report, output);
    Path written = write(lake, output);
    print(lake, diagnostics, written, System.out);
    System.out.println("rendered " + String.join(", ", rendered.renderers()) + " into " + shown(output) + ": "
        + describe(rendered.artifacts()) + ", " + RenderRun.MANIFEST);
    System.out.println("verification against " + shown(evidence) + ":");
    System.out.println(report.summary().strip().indent(2).stripTrailing());
    printCoverage(Coverage.of(lake, ROLE, Optional.of(report)), output, System.out);
    if (!report.isDefensible()) {
      System.exit(1);
    }
  }

  /** The renderers the example runs. */
  public static final List<String> RENDERERS =
      List.of("cv", "cover-letter", "linkedin", "interview", "portfolio", "jsonresume", "pdf", "docx");

  /**
   * Renders the lake with {@link #RENDERERS} into {@code directory}, replacing an earlier render
   * there; {@link #write} then adds {@code lake.json} beside the outputs.
   */
  static RenderRun render(Lake lake, VerificationReport report, Path directory) throws IOException {
    // lake.json and coverage.svg are the files this program adds beside a render's outputs; without
    // them an earlier run's folder holds nothing but outputs, which the render may replace.
    Files.deleteIfExists(directory.resolve("lake.json"));
    Files.deleteIfExists(directory.resolve("coverage.svg"));
    RenderOptions options = ImmutableRenderOptions.builder()
        .today(SeedLake.TODAY)
        .role(ROLE)
        .verification(report)
        .build();
    return Rendering.render(lake, options, directory, RENDERERS.toArray(new String[0]));
  }

  /** Writes {@code lake.json} into {@code directory} as UTF-8 and returns its path. */
  static Path write(Lake lake, Path directory) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve("lake.json");
    Files.writeString(file, LakeJson.write(lake), StandardCharsets.UTF_8);
    return file;
  }

  /** Prints the summary: counts, entries by status and by cluster, then the diagnostics. */
  static void print(Lake lake, List<Diagnostic> diagnostics, Path written, PrintStream out) {
    out.println(String.format(Locale.ROOT, "Experience Lake example: %s, %s (checked as of %s)",
        lake.owner().name(), lake.owner().headline(), SeedLake.TODAY));
    long core = lake.clusters().stream().filter(c -> c.tier() == Tier.CORE).count();
    out.println(String.format(Locale.ROOT,
        "stories: %d, clusters: %d (%d core, %d optional), entries: %d, engagements: %d, capabilities: %d, "
            + "roles: %d",
        lake.stories().size(), lake.clusters().size(), core, lake.clusters().size() - core,
        lake.entries().size(), lake.engagements().size(), lake.capabilities().size(), lake.roles().size()));

    out.println("entries by status:");
    Map<StatusKind, Integer> byStatus = countByStatus(lake.entries());
    byStatus.forEach((kind, n) -> out.println(String.format(Locale.ROOT, "  %-9s %3d", kind, n)));

    out.println("entries by cluster:");
    for (Cluster cluster : lake.clusters()) {
      List<LakeEntry> entries = lake.entries().stream()
          .filter(e -> e.cluster().equals(cluster.id()))
          .toList();
      Map<StatusKind, Integer> counts = countByStatus(entries);
      out.println(String.format(Locale.ROOT, "  %2d %-8s %-27s %2d  (achieved %d, current %d, target %d)",
          cluster.rank(), cluster.tier(), cluster.id(), entries.size(),
          counts.get(StatusKind.ACHIEVED), counts.get(StatusKind.CURRENT), counts.get(StatusKind.TARGET)));
    }

    long errors = diagnostics.stream().filter(d -> d.isError()).count();
    out.println(String.format(Locale.ROOT, "diagnostics: %d errors, %d warnings",
        errors, diagnostics.size() - errors));
    for (Diagnostic diagnostic : diagnostics) {
      out.println("  " + diagnostic.format());
    }
    out.println("wrote " + shown(written));
  }

  /** Prints the score and gaps of {@code coverage} and writes its heatmap as {@code coverage.svg} into {@code directory}. */
  static Path printCoverage(Coverage coverage, Path directory, PrintStream out) throws IOException {
    out.println(String.format(Locale.ROOT, "coverage of role %s (%s%s): %d%%", coverage.role().id(), coverage.role().title(),
        coverage.role().band().map(b -> ", " + b).orElse(""), Math.round(coverage.score() * 100)));
    out.println(String.format(Locale.ROOT, "  %d of %d required capabilities backed by an achieved entry%s",
        coverage.backedCount(), coverage.capabilities().size(), coverage.verified()
            ? String.format(Locale.ROOT, " whose evidence verified (%d%% before verification)", Math.round(coverage.achievedScore() * 100))
            : ""));
    if (coverage.gaps().isEmpty()) {
      out.println("  gaps: none");
    }
    for (Gap gap : coverage.gaps()) {
      out.println("  gap: " + gap.capability() + " (weight " + gap.weight() + "), nearest: "
          + (gap.closers().isEmpty() ? "no entry in progress or planned"
              : gap.closers().stream().map(e -> e.id() + " (" + e.describeStatus() + ")").collect(Collectors.joining(", "))));
    }
    Files.createDirectories(directory);
    Path svg = directory.resolve("coverage.svg");
    Files.writeString(svg, CoverageHeatmap.svg(coverage), StandardCharsets.UTF_8);
    out.println("wrote " + shown(svg));
    return svg;
  }

  private static Map<StatusKind, Integer> countByStatus(List<LakeEntry> entries) {
    Map<StatusKind, Integer> counts = new EnumMap<>(StatusKind.class);
    for (StatusKind kind : StatusKind.values()) {
      counts.put(kind, 0);
    }
    for (LakeEntry entry : entries) {
      counts.merge(entry.status().kind(), 1, Integer::sum);
    }
    return counts;
  }

  /** Names the files, folding each folder's files into one {@code folder/ (N files)} item. */
  static String describe(List<Artifact> artifacts) {
    Map<String, Long> byTop = artifacts.stream().collect(Collectors.groupingBy(
        a -> a.path().contains("/") ? a.path().substring(0, a.path().indexOf('/') + 1) : a.path(),
        java.util.TreeMap::new, Collectors.counting()));
    return byTop.entrySet().stream()
        .map(e -> e.getKey().endsWith("/") ? e.getKey() + " (" + e.getValue() + " files)" : e.getKey())
        .collect(Collectors.joining(", "));
  }

  /** {@code path} as the reader would type it: relative to the working folder when it lies inside it, with {@code /} between names. */
  static String shown(Path path) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return (absolute.startsWith(here) ? here.relativize(absolute) : path).toString().replace('\\', '/');
  }
}
