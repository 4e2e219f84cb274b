package io.experiencelake.maven;

import io.experiencelake.cli.DiagnosticsOutput;
import io.experiencelake.cli.EvidenceDiagnostics;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.IoErrors;
import io.experiencelake.core.json.LoadedLake;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import io.experiencelake.junit.FailureMessages;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code lake:verify}: checks the lake, then verifies every evidence anchor against the files under
 * the evidence folder (digests, report numbers and, with {@code allowCommands}, repro steps), logs
 * each anchor that did not verify as a located line, writes the SARIF log, and fails the build
 * naming each entry and anchor that did not verify, in the words of lake-junit's assertions:
 *
 * <pre>
 * Expecting lake of 'Alex Example':
 *   1 entry in 1 cluster
 * to be backed by verified evidence, but 1 entry is not:
 *   entry 'phase-gates' (/entries/0):
 *     anchor 0 (run-output runs/gates.log): expected sha256 3a7b… but was sha256 0ad4…; …
 *   …
 * </pre>
 *
 * <p>Nothing outside the evidence folder is read, and nothing in it is written. A repro step that
 * is not run (commands are off by default) is a warning.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class VerifyMojo extends LakeMojo {

  /** How the build log says to allow commands. */
  static final String ALLOW_COMMANDS = "set <allowCommands>true</allowCommands> in the plugin's configuration"
      + " (or -Dlake.allowCommands) to run it, for a lake you trust";

  /** The folder every evidence path of the lake is relative to; nothing outside it is read. */
  @Parameter(property = "lake.evidence", defaultValue = "${project.basedir}/evidence", required = true)
  File evidence;

  /** Runs repro steps (their argv, no shell, inside the evidence folder); off, so they are not run. Only for lakes you trust. */
  @Parameter(property = "lake.allowCommands", defaultValue = "false")
  boolean allowCommands;

  /** Made by Maven. */
  public VerifyMojo() {}

  @Override
  String goal() {
    return "verify";
  }

  @Override
  String whenNotLoaded() {
    return "; the evidence was not verified";
  }

  @Override
  void checkConfiguration() throws MojoFailureException {
    Path root = evidence.toPath();
    if (!Files.isDirectory(root)) {
      throw new MojoFailureException("<evidence> " + root + " is not a folder; set it to the folder the lake's evidence paths"
          + " are relative to (default: evidence/ beside the pom)");
    }
    Path sarif = sarifFile.toPath().toAbsolutePath().normalize();
    try {
      Path real = root.toRealPath();
      if (sarif.startsWith(real) || sarif.startsWith(root.toAbsolutePath().normalize())) {
        throw new MojoFailureException("<sarifFile> " + sarif + " lies inside the evidence folder " + real
            + ", which verification never writes; put it elsewhere, e.g. under target/");
      }
    } catch (IOException e) {
      throw new MojoFailureException("<evidence> " + root + " cannot be read: " + IoErrors.reason(e));
    }
  }

  @Override
  Findings check(LoadedLake loaded, LocalDate date) {
    Path root = evidence.toPath();
    VerificationReport report = Verifier.of(ImmutableVerifyOptions.builder()
        .evidenceRoot(root)
        .allowCommands(allowCommands)
        .build()).verify(loaded.lake());
    List<Diagnostic> diagnostics = new ArrayList<>(loaded.warnings());
    diagnostics.addAll(loaded.locate(EvidenceDiagnostics.of(report, ALLOW_COMMANDS)));
    List<String> summary = new ArrayList<>();
    summary.add("verified against " + root + (allowCommands ? " (commands allowed):" : ":"));
    report.summary().lines().forEach(line -> summary.add("  " + line));
    summary.add(lakeFile + ": " + DiagnosticsOutput.counts(diagnostics));
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return Findings.failed(diagnostics, summary, FailureMessages.notDefensible(loaded.lake(), report));
    }
    return Findings.passed(diagnostics, summary);
  }
}
