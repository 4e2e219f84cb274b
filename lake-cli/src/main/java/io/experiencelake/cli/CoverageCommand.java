package io.experiencelake.cli;

import io.experiencelake.core.AtomicFiles;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.IoErrors;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.analysis.CapabilityCoverage;
import io.experiencelake.core.analysis.Coverage;
import io.experiencelake.core.analysis.CoveredEntry;
import io.experiencelake.core.analysis.Gap;
import io.experiencelake.core.json.LoadedLake;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import io.experiencelake.render.coverage.CoverageHeatmap;
import io.experiencelake.render.coverage.CoverageMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code lake coverage FILE --role NAME}: how well the lake covers one of its role profiles: the
 * capability × entry matrix by status, the weighted score and the gaps with the entries nearest to
 * closing them, as Markdown or JSON, and optionally the heatmap as SVG.
 */
@Command(
    name = "coverage",
    header = "Prints how well a lake covers one of its roles: matrix, score and gaps.",
    description = {
        "The score is the weighted share of the role's required capabilities backed by an ACHIEVED entry; "
            + "with --evidence, only by one whose evidence verified.",
        "Exits with 0 when the coverage was printed, 1 when the lake has errors or no such role, or the heatmap could not be written."},
    sortOptions = false)
final class CoverageCommand extends LakeFileCommand {

  @Option(names = "--role", paramLabel = "NAME", required = true,
      description = "The id of the role profile (see the lake's 'roles').")
  String role;

  @Option(names = "--evidence", paramLabel = "DIR",
      description = "Verify the evidence under DIR first (repro steps are not run): only defensible entries back a capability.")
  Path evidence;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a Markdown report) or json (the coverage values). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--svg", paramLabel = "FILE",
      description = "Also write the heatmap (capabilities × clusters, coloured by strongest status) to FILE as SVG, atomically; "
          + "an existing FILE only when it is a heatmap, unless --force.")
  Path svg;

  @Option(names = "--force",
      description = "With --svg: replace FILE even when it is not a heatmap. Never a folder, a link, a device, a pipe or the lake.")
  boolean force;

  private static final String NOT_DONE = "no coverage was measured";

  @Override
  public Integer call() {
    refuseSarif(format, "writes a report");
    requireEvidenceDirectory(evidence);
    if (svg != null) {
      OutputPaths.requireApartFromInput(spec, "--svg", svg, file);
      OutputPaths.requireApartFromEvidence(spec, "--svg", svg, evidence);
      OutputPaths.requireFile(spec, "--svg", svg, force, OutputPaths::isHeatmap, "a heatmap lake coverage wrote");
    }
    LoadedLake loaded = loadOrReport(NOT_DONE, err());
    if (loaded == null) {
      return LakeCli.FAILED;
    }
    Optional<VerificationReport> report = Optional.ofNullable(evidence).map(root -> Verifier.of(
        ImmutableVerifyOptions.builder().evidenceRoot(root).build()).verify(loaded.lake()));
    Coverage coverage;
    try {
      coverage = Coverage.of(loaded.lake(), role, report);
    } catch (LakeException e) {
      List<Diagnostic> diagnostics = new ArrayList<>(loaded.warnings());
      diagnostics.addAll(loaded.locate(e.diagnostics()));
      return failed(diagnostics);
    }
    if (svg != null) {
      try {
        AtomicFiles.write(svg, CoverageHeatmap.svg(coverage).getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        err().println("lake: cannot write " + Terminal.safe(svg.toString()) + ": " + Terminal.safe(IoErrors.reason(e)) + "; nothing was written");
        err().flush();
        return LakeCli.FAILED;
      }
    }
    warnOnStandardError(loaded);
    if (format == OutputFormat.JSON) {
      out().println(DiagnosticsOutput.PRETTY.writeValueAsString(json(coverage)));
    } else {
      CoverageMarkdown.render(coverage).lines().forEach(line -> out().println(Terminal.safe(line)));
      if (svg != null) {
        out().println("wrote " + Terminal.safe(svg.toString()));
      }
    }
    out().flush();
    return LakeCli.OK;
  }

  private int failed(List<Diagnostic> diagnostics) {
    DiagnosticsOutput.write(OutputFormat.TEXT, diagnostics,
        List.of(file + ": " + DiagnosticsOutput.counts(diagnostics) + "; " + NOT_DONE), err());
    return LakeCli.FAILED;
  }

  /** The coverage's values as JSON: role, scores, each required capability with its entries, and the gaps. */
  static ObjectNode json(Coverage coverage) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    ObjectNode roleNode = json.putObject("role");
    roleNode.put("id", coverage.role().id());
    roleNode.put("title", coverage.role().title());
    coverage.role().band().ifPresent(band -> roleNode.put("band", band));
    json.put("verified", coverage.verified());
    json.put("score", coverage.score());
    json.put("achievedScore", coverage.achievedScore());
    if (coverage.defensibleScore().isPresent()) {
      json.put("defensibleScore", coverage.defensibleScore().getAsDouble());
    }
    json.put("backed", coverage.backedCount());
    json.put("required", coverage.capabilities().size());
    ArrayNode capabilities = json.putArray("capabilities");
    for (CapabilityCoverage c : coverage.capabilities()) {
      ObjectNode node = capability(capabilities, c.capability(), c.title(), c.weight());
      node.put("backed", c.isBacked());
      c.strongest().ifPresent(kind -> node.put("strongest", kind.name()));
      ArrayNode entries = node.putArray("entries");
      c.entries().forEach(e -> entry(entries.addObject(), e));
    }
    ArrayNode gaps = json.putArray("gaps");
    for (Gap gap : coverage.gaps()) {
      ObjectNode node = capability(gaps, gap.capability(), gap.title(), gap.weight());
      ArrayNode closers = node.putArray("closers");
      gap.closers().forEach(e -> entry(closers.addObject(), e));
      ArrayNode unverified = node.putArray("unverified");
      gap.unverified().forEach(e -> entry(unverified.addObject(), e));
    }
    return json;
  }

  /** A new object at the end of {@code list}, naming a required capability as both lists do. */
  private static ObjectNode capability(ArrayNode list, String capability, String title, double weight) {
    ObjectNode node = list.addObject();
    node.put("capability", capability);
    node.put("title", title);
    node.put("weight", weight);
    return node;
  }

  private static void entry(ObjectNode node, CoveredEntry entry) {
    node.put("id", entry.id());
    node.put("cluster", entry.cluster());
    node.put("status", entry.kind().name());
    entry.defensible().ifPresent(d -> node.put("defensible", d));
  }
}
