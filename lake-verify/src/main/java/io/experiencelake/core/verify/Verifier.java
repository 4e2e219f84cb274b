package io.experiencelake.core.verify;

import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Link;
import io.experiencelake.core.Receipt;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.ReproStep;
import io.experiencelake.core.RunOutput;
import io.experiencelake.core.verify.CommandRunner.Run;
import io.experiencelake.core.verify.EvidenceRoot.Resolution;
import io.experiencelake.core.verify.FileDigests.Digest;
import io.experiencelake.core.verify.ReportReader.Reading;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every evidence anchor of a lake against the real files under an evidence root.
 *
 * <ul>
 *   <li>A run output or a receipt with a path: the file exists under the root and its SHA-256
 *       matches; a receipt known only by an external id is {@link Outcome#UNVERIFIABLE}.
 *   <li>A report stat: the number at the JSON Pointer of a JSON report, or in the column and row of
 *       a CSV report, relates to the claimed value as the anchor's comparison says; the report's
 *       digest must match when the anchor pins one.
 *   <li>A repro step: {@link Outcome#NOT_RUN} unless {@link VerifyOptions#allowCommands()}; then run
 *       with no shell in a working directory inside the root, and its exit code and output compared.
 *       On Linux it runs in a session of its own, and nothing it starts outlives it: what it left
 *       running is stopped when it exits (a leftover still holding its output fails it), at its
 *       timeout, and when the JVM is stopped; where the system lets an unprivileged user make
 *       user and mount namespaces, the evidence root is read-only for it. Commands are code the lake
 *       runs on your machine: allow them only for lakes you trust.
 *   <li>A link: {@link Outcome#UNVERIFIABLE}, never verified.
 * </ul>
 *
 * <p>Paths are resolved against the root's real path; {@code ..}, absolute paths and symbolic links
 * that lead outside the root are {@link Outcome#REJECTED} without reading anything, and evidence is
 * only ever opened for reading, by a walk from the root that follows no link, so a folder swapped
 * for a link while verification runs is rejected too, never read through. Files are streamed ({@link FileDigests}), different files are hashed
 * in parallel and each file once, unchanged files not at all with a
 * {@link VerifyOptions#digestCache() digest cache}, and the report's order never depends on thread
 * timing.
 *
 * <pre>{@code
 * VerificationReport report = Verifier.of(Path.of("evidence")).verify(lake);
 * if (!report.isDefensible()) {
 *   System.err.println(report.summary());
 * }
 * }</pre>
 */
public final class Verifier {

  private final VerifyOptions options;
  private final EvidenceRoot.OpenHook openHook;
  private final boolean secureStreams;

  private Verifier(VerifyOptions options, EvidenceRoot.OpenHook openHook, boolean secureStreams) {
    this.options = options;
    this.openHook = openHook;
    this.secureStreams = secureStreams;
  }

  /**
   * A verifier that calls {@code openHook} before it opens each evidence file, and opens as on a
   * platform without secure directory streams unless {@code secureStreams}: for tests that change
   * the evidence between resolution and opening.
   */
  static Verifier of(VerifyOptions options, EvidenceRoot.OpenHook openHook, boolean secureStreams) {
    return new Verifier(options, openHook, secureStreams);
  }

  /** A verifier with {@code options}. */
  public static Verifier of(VerifyOptions options) {
    return new Verifier(options, file -> {}, true);
  }

  /** A verifier of the evidence under {@code evidenceRoot}, with default options: commands are not run. */
  public static Verifier of(Path evidenceRoot) {
    return of(VerifyOptions.root(evidenceRoot));
  }

  /** The options this verifier uses. */
  public VerifyOptions options() {
    return options;
  }

  /** Verifies every anchor of every entry of {@code lake}; results point at {@code /entries/N/evidence/M}. */
  public VerificationReport verify(Lake lake) {
    return ImmutableVerificationReport.builder().addAllEntries(verify(lake.entries(), true)).build();
  }

  /** Verifies every anchor of one {@code entry} on its own; results point at {@code /evidence/M}. */
  public EntryVerification verify(LakeEntry entry) {
    return verify(List.of(entry), false).get(0);
  }

  /** Verifies {@code entries}, pointing at them as {@code /entries/N} when {@code inLake}, else at the entry itself. */
  private List<EntryVerification> verify(List<LakeEntry> entries, boolean inLake) {
    EvidenceRoot root = EvidenceRoot.of(options.evidenceRoot(), openHook, secureStreams);
    Map<String, Resolution> files = new HashMap<>();
    Set<Path> toHash = new LinkedHashSet<>();
    for (LakeEntry entry : entries) {
      for (EvidenceAnchor anchor : entry.evidence()) {
        hashedPath(anchor).ifPresent(path -> {
          Resolution r = files.computeIfAbsent(path, root::file);
          if (r.isFound()) {
            toHash.add(r.path());
          }
        });
      }
    }
    // Checked again here: the root or a link on the way to the cache may have appeared since the options were made.
    options.digestCache().ifPresent(c -> DigestCache.requireOutside(c, options.evidenceRoot()));
    DigestCache cache = options.digestCache().map(DigestCache::load).orElse(DigestCache.none());
    Map<Path, Digest> digests = FileDigests.of(root, toHash, options.parallelism(), cache);
    cache.save();
    Check check = new Check(options, root, files, digests);
    List<EntryVerification> out = new ArrayList<>(entries.size());
    for (int e = 0; e < entries.size(); e++) {
      LakeEntry entry = entries.get(e);
      String pointer = inLake ? "/entries/" + e : "";
      List<AnchorResult> results = new ArrayList<>(entry.evidence().size());
      for (int a = 0; a < entry.evidence().size(); a++) {
        results.add(check.anchor(entry.id(), a, pointer + "/evidence/" + a, entry.evidence().get(a)));
      }
      out.add(ImmutableEntryVerification.builder().entry(entry).pointer(pointer).addAllAnchors(results).build());
    }
    return out;
  }

  /** The path of the file whose digest {@code anchor} pins, if it pins one. */
  private static Optional<String> hashedPath(EvidenceAnchor anchor) {
    if (anchor instanceof RunOutput runOutput) {
      return Optional.of(runOutput.path());
    }
    if (anchor instanceof Receipt receipt) {
      return receipt.path();
    }
    if (anchor instanceof ReportStat reportStat && reportStat.sha256().isPresent()) {
      return Optional.of(reportStat.path());
    }
    return Optional.empty();
  }

  /** Checks one anchor at a time, with the files already resolved and hashed. */
  private record Check(VerifyOptions options, EvidenceRoot root, Map<String, Resolution> files, Map<Path, Digest> digests) {

    AnchorResult anchor(String entryId, int index, String pointer, EvidenceAnchor anchor) {
      Result r;
      if (anchor instanceof RunOutput run) {
        r = digest(run.path(), run.sha256(), "file");
      } else if (anchor instanceof Receipt receipt) {
        r = receipt(receipt);
      } else if (anchor instanceof ReportStat reportStat) {
        r = reportStat(reportStat);
      } else if (anchor instanceof ReproStep reproStep) {
        r = reproStep(reproStep);
      } else {
        r = new Result(Outcome.UNVERIFIABLE, "a link is weak evidence: it is reported, never verified ("
            + ((Link) anchor).uri() + ")", null, null);
      }
      return ImmutableAnchorResult.builder()
          .entryId(entryId)
          .anchorIndex(index)
          .pointer(pointer)
          .anchor(anchor)
          .outcome(r.outcome())
          .detail(r.detail())
          .expected(Optional.ofNullable(r.expected()))
          .actual(Optional.ofNullable(r.actual()))
          .build();
    }

    private Result receipt(Receipt receipt) {
      if (receipt.path().isEmpty()) {
        return new Result(Outcome.UNVERIFIABLE, "receipt '" + receipt.id().orElseThrow()
            + "' is known only by an external id, so its content cannot be checked here", "sha256 " + receipt.sha256(), null);
      }
      return digest(receipt.path().get(), receipt.sha256(), "receipt");
    }

    /** The outcome of comparing the file at {@code path} with {@code sha256}. */
    private Result digest(String path, String sha256, String what) {
      String expected = "sha256 " + sha256;
      Resolution file = files.computeIfAbsent(path, root::file);
      if (!file.isFound()) {
        return new Result(file.problem(), file.detail(), expected, null);
      }
      Digest digest = digests.get(file.path());
      if (!digest.isRead()) {
        return digest.changed()
            ? new Result(Outcome.REJECTED, digest.error(), expected, null)
            : new Result(Outcome.MISSING, "'" + path + "' could not be read: " + digest.error(), expected, null);
      }
      String actual = "sha256 " + digest.hex();
      if (digest.hex().equals(sha256)) {
        return new Result(Outcome.VERIFIED, "the " + what + "'s SHA-256 matches", expected, actual);
      }
      return new Result(Outcome.MISMATCH, "'" + path + "' is not the " + what
          + " the anchor pins: it changed, or the anchor's digest is stale", expected, actual);
    }

    private Result reportStat(ReportStat stat) {
      String claimed = stat.comparison().symbol() + " " + Anchors.number(stat.value()) + " " + stat.unit()
          + stat.tolerance().filter(t -> t > 0).map(t -> " (± " + Anchors.number(t) + ")").orElse("");
      if (stat.sha256().isPresent()) {
        Result pinned = digest(stat.path(), stat.sha256().get(), "report");
        if (pinned.outcome() != Outcome.VERIFIED) {
          return pinned;
        }
      }
      Resolution file = files.computeIfAbsent(stat.path(), root::file);
      if (!file.isFound()) {
        return new Result(file.problem(), file.detail(), claimed, null);
      }
      String name = "'" + stat.path() + "'";
      Reading reading = stat.pointer().isPresent()
          ? ReportReader.json(root, file.path(), name, stat.pointer().get())
          : ReportReader.csv(root, file.path(), name, stat.cell().orElseThrow());
      if (!reading.isRead()) {
        return new Result(reading.rejected() ? Outcome.REJECTED : Outcome.MISMATCH, reading.problem(), claimed, null);
      }
      String actual = Anchors.number(reading.value()) + " " + stat.unit();
      String at = stat.pointer().orElseGet(() -> Anchors.cell(stat.cell().orElseThrow()));
      double tolerance = stat.tolerance().orElse(0.0);
      boolean holds = stat.comparison().holds(reading.value(), stat.value(), tolerance);
      return new Result(holds ? Outcome.VERIFIED : Outcome.MISMATCH, name + " says " + actual + " at " + at + " for " + stat.metric()
          + (holds ? ", which is " : ", which is not ") + claimed, claimed, actual);
    }

    private Result reproStep(ReproStep step) {
      String expected = "exit " + step.expectedExit() + step.outputSha256().map(d -> ", stdout sha256 " + d).orElse("")
          + step.outputContains().map(s -> ", stdout containing " + Anchors.quote(s, 80)).orElse("");
      if (!options.allowCommands()) {
        return new Result(Outcome.NOT_RUN, "commands are not run unless the verifier's options allow them (allowCommands)",
            expected, null);
      }
      Resolution dir = root.directory(step.workingDir());
      if (!dir.isFound()) {
        return new Result(dir.problem(), "working directory " + dir.detail(), expected, null);
      }
      Run run = CommandRunner.run(step.argv(), root.path(), dir.path(), options.commandTimeout(), options.maxOutputBytes());
      if (run.startError() != null) {
        return new Result(Outcome.MISSING, run.startError(), expected, null);
      }
      String writable = run.writableBecause().map(why -> " (" + why + ")").orElse("");
      if (run.timedOut()) {
        return new Result(Outcome.MISMATCH, "timed out after " + duration(options.commandTimeout())
            + "; the command and its child processes were stopped" + writable, expected,
            "no exit within " + duration(options.commandTimeout()));
      }
      List<String> problems = new ArrayList<>();
      if (run.exitCode() != step.expectedExit()) {
        problems.add("the command exited with " + run.exitCode() + ", expected " + step.expectedExit());
      }
      if (run.outputHeldOpen()) {
        problems.add("a process it started kept its standard output open after it exited, so the output could have gone on: "
            + "it was stopped, and the output is not taken as complete (" + String.join(", ", run.leftRunning()) + ")");
      } else if (run.outputSha256() == null) {
        problems.add("the output was still open after the command ended, so it could not be read to its end");
      } else {
        step.outputSha256().filter(d -> !d.equals(run.outputSha256()))
            .ifPresent(d -> problems.add("the output's SHA-256 differs from the one the anchor pins"));
      }
      step.outputContains().filter(s -> !run.output().contains(s))
          .ifPresent(s -> problems.add("the output does not contain " + Anchors.quote(s, 80)
              + (run.truncated() ? " (only the first " + options.maxOutputBytes() + " bytes were searched)" : "")));
      String actual = "exit " + run.exitCode() + (step.outputSha256().isPresent() && run.outputSha256() != null ? ", stdout sha256 " + run.outputSha256() : "")
          + ", stdout " + Anchors.quote(run.output().strip(), 120);
      String stopped = run.leftRunning().isEmpty() || run.outputHeldOpen() ? ""
          : "; " + run.leftRunning().size() + (run.leftRunning().size() == 1 ? " process it left running was" : " processes it left running were")
              + " stopped (" + String.join(", ", run.leftRunning()) + ")";
      return new Result(problems.isEmpty() ? Outcome.VERIFIED : Outcome.MISMATCH,
          (problems.isEmpty() ? "the command exited with " + run.exitCode() + " and its output matches" : String.join("; ", problems)) + stopped + writable,
          expected, actual);
    }
  }

  /** {@code 2s}, {@code 1500ms}. */
  static String duration(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }

  /** The outcome of one anchor before it is put in a result. */
  private record Result(Outcome outcome, String detail, String expected, String actual) {}
}
