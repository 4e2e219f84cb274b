package io.experiencelake.cli;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.EvidenceKind;
import io.experiencelake.core.ImmutableDecision;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableReceipt;
import io.experiencelake.core.ImmutableRunOutput;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.json.LakeFormat;
import io.experiencelake.core.json.LakeYaml;
import io.experiencelake.core.verify.AnchorResult;
import io.experiencelake.core.verify.Outcome;
import io.experiencelake.core.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code lake evidence add FILE... [--evidence DIR]}: hashes files under the evidence root and prints
 * an anchor that pins each (a run output, or a receipt with what it attests), ready to paste under an
 * entry's {@code evidence}, in the lake's own format. The lake is not edited.
 */
@Command(
    name = "add",
    header = "Prints an anchor that pins a file under the evidence root: its path and SHA-256.",
    description = {
        "Each FILE must lie inside the evidence root; it is read the way 'lake verify' reads evidence (no symbolic link out "
            + "of the root, regular files only). The anchors go to standard output, one for each file in the order given, "
            + "in the format of the lake beside the evidence root (YAML when there is none) or --format; "
            + "paste them under an entry's 'evidence:'.",
        "Exits with 0 when every anchor was printed, 1 when a file cannot be pinned (missing, not a regular file): "
            + "the others are printed all the same."},
    sortOptions = false)
final class EvidenceAddCommand extends Subcommand {

  private static final String PLACEHOLDER_DIGEST = "0".repeat(64);

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "The files to pin, e.g. evidence/runs/2025-03-14/gates.log (or evidence/runs/2025-03-14/*).")
  List<Path> files;

  @Option(names = "--evidence", paramLabel = "DIR",
      description = "The evidence root. Default: the nearest folder named 'evidence' that holds the first FILE.")
  Path evidence;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = "run-output",
      description = "run-output (a file a run wrote) or receipt (needs --attests). Default: ${DEFAULT-VALUE}.")
  String kind;

  @Option(names = "--attests", paramLabel = "TEXT", description = "For a receipt: what it attests, e.g. \"phase 6 closed\".")
  String attests;

  @Option(names = "--description", paramLabel = "TEXT", description = "For a run output: what the file shows.")
  String description;

  @Option(names = "--format", paramLabel = "FORMAT", converter = ConvertCommand.FormatConverter.class,
      description = "yaml or json. Default: the format of the lake beside the evidence root, YAML when there is none.")
  LakeFormat format;

  @Override
  public Integer call() {
    EvidenceKind pinned = EvidenceKind.ofJsonName(kind).filter(k -> k == EvidenceKind.RUN_OUTPUT || k == EvidenceKind.RECEIPT)
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "--kind: '" + Terminal.safe(kind) + "' cannot be pinned; use run-output or receipt"));
    if ((pinned == EvidenceKind.RECEIPT) == (attests == null)) {
      throw new ParameterException(spec.commandLine(), pinned == EvidenceKind.RECEIPT
          ? "a receipt needs --attests TEXT: what it attests" : "--attests is for --kind receipt");
    }
    Path root = evidence != null ? evidence : nearestEvidenceRoot(files.get(0));
    if (!Files.isDirectory(root)) {
      throw new ParameterException(spec.commandLine(), "--evidence " + Terminal.safe(root.toString()) + ": there is no such directory");
    }
    // Every path first, so a file outside the root is a usage error before anything is printed.
    Set<String> relatives = new LinkedHashSet<>();
    files.forEach(file -> relatives.add(relativePath(root, file)));
    ArrayNode anchors = DiagnosticsOutput.JSON.createArrayNode();
    List<String> pinnedPaths = new ArrayList<>();
    Verifier verifier = Verifier.of(root);
    for (String relative : relatives) {
      ObjectNode node = pin(pinned, verifier, relative);
      if (node != null) {
        anchors.add(node);
        pinnedPaths.add(relative);
      }
    }
    if (!anchors.isEmpty()) {
      LakeFormat chosen = format != null ? format : formatBeside(root);
      if (chosen == LakeFormat.YAML) {
        out().print(LakeYaml.writeValue(anchors));
      } else {
        // Objects separated by commas, to paste into the entry's "evidence" array as they are.
        StringJoiner json = new StringJoiner(",\n", "", "\n");
        anchors.forEach(node -> json.add(DiagnosticsOutput.PRETTY.writeValueAsString(node)));
        out().print(json);
      }
      out().flush();
      err().println(Terminal.safe("pinned " + String.join(", ", pinnedPaths) + " under " + root + ": paste the "
          + (pinnedPaths.size() == 1 ? "anchor" : "anchors") + " above under an entry's 'evidence'"));
      err().flush();
    }
    return pinnedPaths.size() == relatives.size() ? LakeCli.OK : LakeCli.FAILED;
  }

  /** The anchor of the file at {@code relative} under the verifier's root, or {@code null} when it cannot be pinned (said why). */
  private ObjectNode pin(EvidenceKind pinned, Verifier verifier, String relative) {
    EvidenceAnchor anchor;
    try {
      anchor = anchor(pinned, relative, PLACEHOLDER_DIGEST);
    } catch (LakeException e) {
      cannotPin(relative, e.errors().get(0).message());
      return null;
    }
    AnchorResult result = verifier.verify(probe(anchor)).anchors().get(0);
    if (result.outcome() != Outcome.MISMATCH && result.outcome() != Outcome.VERIFIED) {
      cannotPin(relative, result.detail());
      return null;
    }
    String sha256 = result.outcome() == Outcome.VERIFIED ? PLACEHOLDER_DIGEST : digestOf(result);
    ObjectNode node = DiagnosticsOutput.JSON.createObjectNode().put("kind", pinned.toString()).put("path", relative).put("sha256", sha256);
    if (attests != null) {
      node.put("attests", attests);
    }
    if (description != null) {
      node.put("description", description);
    }
    return node;
  }

  /** The anchor to print, checked as the lake would check it. */
  private EvidenceAnchor anchor(EvidenceKind pinned, String relative, String sha256) {
    if (pinned == EvidenceKind.RECEIPT) {
      return ImmutableReceipt.builder().sha256(sha256).attests(attests).path(relative).build();
    }
    ImmutableRunOutput.BuildFinal runOutput = ImmutableRunOutput.builder().path(relative).sha256(sha256);
    if (description != null) {
      runOutput.description(description);
    }
    return runOutput.build();
  }

  /** An entry holding only {@code anchor}, so the verifier reads the file as it reads any evidence. */
  private static LakeEntry probe(EvidenceAnchor anchor) {
    return ImmutableLakeEntry.builder()
        .id("pin").cluster("pin").claim("pin").constraint("pin")
        .decision(ImmutableDecision.builder().choice("pin").consequence("pin").build())
        .status(Achieved.on(LocalDate.of(2000, 1, 1)))
        .addEvidence(anchor)
        .build();
  }

  /** The file's digest from the verifier's mismatch against the placeholder: its actual value, {@code sha256 <hex>}. */
  private static String digestOf(AnchorResult result) {
    String actual = result.actual().orElseThrow(() -> new IllegalStateException("the verifier gave no digest for " + result.label()));
    return actual.substring(actual.lastIndexOf(' ') + 1);
  }

  /** {@code file}'s path relative to the root, with '/' separators; a usage error when it lies outside. */
  private String relativePath(Path root, Path file) {
    Path realRoot;
    Path located;
    try {
      realRoot = root.toRealPath();
      Path parent = file.toAbsolutePath().normalize().getParent();
      located = parent.toRealPath().resolve(file.getFileName());
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), Terminal.safe(file.toString()) + ": there is no such file");
    }
    if (!located.startsWith(realRoot) || located.equals(realRoot)) {
      throw new ParameterException(spec.commandLine(), Terminal.safe(file.toString()) + " is not inside the evidence root "
          + Terminal.safe(root.toString()) + "; copy it there first, or name the root with --evidence DIR");
    }
    StringJoiner path = new StringJoiner("/");
    realRoot.relativize(located).forEach(name -> path.add(name.toString()));
    return path.toString();
  }

  /** The nearest folder named {@code evidence} that holds {@code file}, named as {@code file} was. */
  private Path nearestEvidenceRoot(Path file) {
    for (Path start : List.of(file.normalize(), file.toAbsolutePath().normalize())) {
      for (Path at = start.getParent(); at != null; at = at.getParent()) {
        if (at.getFileName() != null && at.getFileName().toString().equals("evidence")) {
          return at;
        }
      }
    }
    throw new ParameterException(spec.commandLine(), "no folder named 'evidence' holds " + Terminal.safe(file.toString())
        + "; name the evidence root with --evidence DIR");
  }

  /** The format of the lake beside the root (a YAML one before {@code lake.json}), YAML when there is none. */
  private static LakeFormat formatBeside(Path root) {
    Path beside = root.toAbsolutePath().normalize().getParent();
    return beside == null ? LakeFormat.YAML : LakeFileCommand.LAKE_NAMES.stream().map(beside::resolve)
        .filter(lake -> Files.exists(lake, LinkOption.NOFOLLOW_LINKS)).findFirst().map(LakeFormat::of).orElse(LakeFormat.YAML);
  }

  private void cannotPin(String relative, String why) {
    err().println(Terminal.safe("lake: cannot pin " + relative + ": " + why));
    err().flush();
  }
}
