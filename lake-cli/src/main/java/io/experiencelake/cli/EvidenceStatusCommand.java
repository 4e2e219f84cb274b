package io.experiencelake.cli;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Receipt;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.ReproStep;
import io.experiencelake.core.RunOutput;
import io.experiencelake.core.json.LoadedLake;
import io.experiencelake.core.verify.AnchorResult;
import io.experiencelake.core.verify.EntryVerification;
import io.experiencelake.core.verify.Outcome;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lake evidence status LAKE [--evidence DIR]}: like {@code git status} for evidence: the anchors
 * whose files changed or went missing, and the files under the root no anchor pins. Reads the way
 * {@code lake verify} does (repro steps are not run) and edits nothing.
 */
@Command(
    name = "status",
    header = "Lists the anchors whose files changed or went missing, and the files under the evidence root no anchor pins.",
    description = {
        "Each anchor with a path is checked as 'lake verify' checks it (repro steps are not run); every file under the root "
            + "(symbolic links are listed, not followed) that no anchor names is 'unpinned': pin it with 'lake evidence add'.",
        "Exits with 0 when every pinned file is as pinned (unpinned files alone are fine), 1 when one changed, went missing "
            + "or was refused, or the lake has errors."},
    sortOptions = false)
final class EvidenceStatusCommand extends LakeFileCommand {

  @Option(names = "--evidence", paramLabel = "DIR",
      description = "The evidence root. Default: the folder 'evidence' beside the lake, as 'lake init' makes it.")
  Path evidence;

  @Override
  public Integer call() {
    evidence = evidenceRoot(evidence);
    LoadedLake loaded = loadOrReport("the evidence was not checked", out());
    if (loaded == null) {
      return LakeCli.FAILED;
    }
    VerificationReport report = Verifier.of(evidence).verify(loaded.lake());
    List<String> lines = new ArrayList<>();
    int pinned = 0;
    int failing = 0;
    Set<String> changedFiles = new LinkedHashSet<>();
    for (EntryVerification entry : report.entries()) {
      for (AnchorResult anchor : entry.anchors()) {
        if (pathOf(anchor.anchor()) == null) {
          continue;
        }
        pinned++;
        if (anchor.outcome().isFailure()) {
          failing++;
          // A run output or a receipt checks nothing but its file's digest: its mismatch is a changed file,
          // which 'lake evidence add' pins again (a report stat's may be its value, which no new digest mends).
          if (anchor.outcome() == Outcome.MISMATCH && (anchor.anchor() instanceof RunOutput || anchor.anchor() instanceof Receipt)) {
            changedFiles.add(pathOf(anchor.anchor()));
          }
          lines.add(String.format("  %-10s %s  (entry %s, anchor %d%s)", word(anchor.outcome()) + ":", pathOf(anchor.anchor()),
              anchor.entryId(), anchor.anchorIndex(), where(loaded, anchor)));
        }
      }
    }
    Set<String> unpinned;
    try {
      unpinned = unpinnedFiles(loaded.lake().entries());
    } catch (IOException e) {
      err().println("lake: cannot list " + Terminal.safe(evidence.toString()) + ": " + Terminal.safe(String.valueOf(e.getMessage())));
      err().flush();
      return LakeCli.FAILED;
    }
    unpinned.forEach(path -> lines.add(String.format("  %-10s %s", "unpinned:", path)));
    loaded.warnings().forEach(w -> out().println(Terminal.safe(w.format())));
    out().println(Terminal.safe("evidence under " + evidence + " for " + file + ":"));
    if (lines.isEmpty()) {
      out().println("  nothing to pin: every file is pinned and as pinned");
    }
    lines.forEach(line -> out().println(Terminal.safe(line)));
    out().println(pinned + (pinned == 1 ? " pinned file, " : " pinned files, ") + failing + " changed, missing or refused, "
        + unpinned.size() + " unpinned");
    if (!changedFiles.isEmpty()) {
      out().println(Terminal.safe("if a change is meant, pin the file again (each anchor then takes the new sha256): " + addCommand(changedFiles)));
    }
    if (!unpinned.isEmpty()) {
      out().println(Terminal.safe("to pin the unpinned files: " + addCommand(unpinned)));
    }
    out().flush();
    return failing > 0 ? LakeCli.FAILED : LakeCli.OK;
  }

  private static String word(Outcome outcome) {
    return switch (outcome) {
      case MISMATCH -> "changed";
      case MISSING -> "missing";
      default -> "refused";
    };
  }

  /** The {@code lake evidence add} command, ready to paste, that prints an anchor for each of {@code paths} (relative to the root). */
  private String addCommand(Set<String> paths) {
    StringJoiner command = new StringJoiner(" ", "lake evidence add ", "");
    paths.forEach(path -> command.add(Terminal.shellWord(evidence.resolve(path).toString())));
    return command.toString();
  }

  /** {@code , lake.yaml:41:9} where the anchor is written. */
  private String where(LoadedLake loaded, AnchorResult anchor) {
    Diagnostic located = loaded.locate(List.of(Diagnostic.of(io.experiencelake.core.Rule.SCHEMA, anchor.pointer(), "", ""))).get(0);
    return located.line().isPresent() ? ", " + file + ":" + located.line().getAsInt() + ":" + located.column().orElse(1) : "";
  }

  /** The file an anchor pins (a run output, a receipt with a path, a report stat), or {@code null}. */
  static String pathOf(EvidenceAnchor anchor) {
    if (anchor instanceof RunOutput runOutput) {
      return runOutput.path();
    }
    if (anchor instanceof Receipt receipt) {
      return receipt.path().orElse(null);
    }
    if (anchor instanceof ReportStat reportStat) {
      return reportStat.path();
    }
    return null;
  }

  /** {@code path} under {@code folder}, normalized, as a name to compare; itself when it is no path at all (a NUL). */
  private static String normalized(String path, String folder) {
    try {
      return Path.of(folder).resolve(path).normalize().toString();
    } catch (java.nio.file.InvalidPathException e) {
      return path;
    }
  }

  /** Files under the root, as '/'-separated relative paths, that no anchor names (a repro step's arguments count as named). */
  private Set<String> unpinnedFiles(List<LakeEntry> entries) throws IOException {
    Set<String> named = new HashSet<>();
    for (LakeEntry entry : entries) {
      for (EvidenceAnchor anchor : entry.evidence()) {
        String path = pathOf(anchor);
        if (path != null) {
          named.add(normalized(path, "."));
        } else if (anchor instanceof ReproStep step) {
          step.argv().forEach(arg -> named.add(normalized(arg, step.workingDir())));
        }
      }
    }
    Path root = evidence.toAbsolutePath().normalize();
    Set<String> unpinned = new TreeSet<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
        StringJoiner relative = new StringJoiner("/");
        root.relativize(path).forEach(name -> relative.add(name.toString()));
        if (!named.contains(root.relativize(path).toString())) {
          unpinned.add(relative.toString());
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path path, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
    return unpinned;
  }
}
