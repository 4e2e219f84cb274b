package io.experiencelake.cli;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.json.LoadedLake;
import io.experiencelake.core.verify.AnchorResult;
import io.experiencelake.core.verify.EntryVerification;
import io.experiencelake.core.verify.ImmutableAnchorResult;
import io.experiencelake.core.verify.ImmutableEntryVerification;
import io.experiencelake.core.verify.ImmutableVerificationReport;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import io.experiencelake.core.verify.VerifyOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code lake verify FILE [--evidence DIR]}: checks the lake, then every evidence anchor against the
 * files under the evidence root: digests, report numbers and, with {@code --allow-commands}, repro
 * steps. Nothing outside the root is read and nothing is written.
 */
@Command(
    name = "verify",
    header = "Checks a lake, then verifies every evidence anchor against the files under an evidence root.",
    description = {
        "Run outputs and receipts must match their SHA-256; report stats must hold against their JSON or CSV report; "
            + "repro steps run only with --allow-commands. Paths that leave the evidence root are rejected unread.",
        "Exits with 0 when the lake has no errors and no anchor failed (a mismatch, a missing file or a rejected path), "
            + "1 otherwise."},
    sortOptions = false)
final class VerifyCommand extends LakeFileCommand {

  /** How many entries are verified together: their files are hashed in parallel. */
  static final int BATCH = 16;

  @Option(names = "--evidence", paramLabel = "DIR",
      description = "The evidence root every evidence path is relative to. Default: the folder 'evidence' beside the lake, "
          + "as 'lake init' makes it.")
  Path evidence;

  @Option(names = "--allow-commands",
      description = "Run repro steps (their argv, no shell, inside the evidence root). Only for lakes you trust.")
  boolean allowCommands;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "1m", converter = DurationConverter.class,
      description = "How long one repro step may run, e.g. 30s, 2m, 1500ms. Default: ${DEFAULT-VALUE}.")
  Duration timeout;

  @Mixin
  DiagnosticsFormat format;

  @Override
  public Integer call() {
    evidence = evidenceRoot(evidence);
    LoadedLake loaded;
    try {
      loaded = load();
    } catch (LakeException e) {
      List<Diagnostic> diagnostics = e.diagnostics();
      format.write(diagnostics,
          List.of(file + ": " + DiagnosticsOutput.counts(diagnostics) + "; the evidence was not verified"), out());
      return LakeCli.FAILED;
    }
    VerifyOptions options = ImmutableVerifyOptions.builder()
        .evidenceRoot(evidence)
        .allowCommands(allowCommands)
        .commandTimeout(timeout)
        .build();
    VerificationReport report = verify(loaded.lake(), Verifier.of(options));
    List<Diagnostic> diagnostics = new ArrayList<>(loaded.warnings());
    diagnostics.addAll(loaded.locate(EvidenceDiagnostics.of(report)));
    List<String> summary = new ArrayList<>();
    summary.addAll(EvidenceDiagnostics.summary(evidence, allowCommands, report));
    summary.add(file + ": " + DiagnosticsOutput.counts(diagnostics));
    format.write(diagnostics, summary, out());
    return DiagnosticsOutput.hasErrors(diagnostics) ? LakeCli.FAILED : LakeCli.OK;
  }

  /**
   * Verifies the entries in batches, showing progress between them when standard error is a
   * terminal; the result is the same as verifying the whole lake at once.
   */
  private VerificationReport verify(Lake lake, Verifier verifier) {
    Terminal.Progress progress = new Terminal.Progress(err(), environment().interactive());
    List<LakeEntry> entries = lake.entries();
    ImmutableVerificationReport.Builder report = ImmutableVerificationReport.builder();
    for (int start = 0; start < entries.size(); start += BATCH) {
      int end = Math.min(entries.size(), start + BATCH);
      progress.show(String.format(Locale.ROOT, "verifying entries %d-%d of %d (%s…)",
          start + 1, end, entries.size(), entries.get(start).id()));
      Lake batch = ImmutableLake.copyOf(lake).withEntries(entries.subList(start, end));
      List<EntryVerification> verified = verifier.verify(batch).entries();
      for (int i = 0; i < verified.size(); i++) {
        report.addEntries(renumber(verified.get(i), "/entries/" + (start + i)));
      }
    }
    progress.clear();
    return report.build();
  }

  /** The verification with its pointers moved from the batch's numbering to the lake's. */
  private static EntryVerification renumber(EntryVerification verification, String pointer) {
    String old = verification.pointer();
    List<AnchorResult> anchors = new ArrayList<>();
    for (AnchorResult anchor : verification.anchors()) {
      anchors.add(ImmutableAnchorResult.copyOf(anchor).withPointer(pointer + anchor.pointer().substring(old.length())));
    }
    return ImmutableEntryVerification.copyOf(verification).withPointer(pointer).withAnchors(anchors);
  }

  /** Reads {@code 30s}, {@code 2m}, {@code 1h}, {@code 1500ms} or an ISO-8601 duration such as {@code PT30S}. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
      Duration duration = parse(value.strip().toLowerCase(Locale.ROOT));
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new TypeConversionException("'" + Terminal.safe(value) + "' is not a positive duration; write e.g. 30s, 2m, 1500ms or PT30S");
      }
      if (duration.compareTo(VerifyOptions.MAX_COMMAND_TIMEOUT) > 0) {
        throw new TypeConversionException("'" + Terminal.safe(value) + "' is longer than a repro step may run (24h at most); write e.g. 30s, 2m or 1h");
      }
      return duration;
    }

    private static Duration parse(String value) {
      Matcher m = SHORT.matcher(value);
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        switch (m.group(2)) {
          case "ms":
            return Duration.ofMillis(n);
          case "s":
            return Duration.ofSeconds(n);
          case "m":
            return Duration.ofMinutes(n);
          default:
            return Duration.ofHours(n);
        }
      }
      try {
        return Duration.parse(value.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }
}
