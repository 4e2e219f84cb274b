package io.experiencelake.maven;

import io.experiencelake.cli.DiagnosticsOutput;
import io.experiencelake.cli.Terminal;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeFiles;
import io.experiencelake.core.json.LoadedLake;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: it reads the lake file, logs each diagnostic as a located line through
 * Maven's {@link Log}, writes the SARIF log, and fails the build on errors (and, when asked, on
 * warnings) with a message and never a stack trace.
 *
 * <p>Thread safety: a goal keeps its state in its own fields; the only state shared between
 * executions is {@link BuildOutputs}, which makes sure no two modules write the same file, and the
 * diagnostics a project's goals found, kept in that project's context (a project's goals run one
 * after another, on one thread).
 */
abstract class LakeMojo extends AbstractMojo {

  /** The lake file: {@code lake.json}, or {@code lake.yaml} / {@code lake.yml} (the format goes by the name). */
  @Parameter(property = "lake.file", defaultValue = "${project.basedir}/lake.json", required = true)
  File lakeFile;

  /**
   * The date every check treats as today, as YYYY-MM-DD (no achieved or as-of date may lie after
   * it); the system date when not set.
   */
  @Parameter(property = "lake.today")
  String today;

  /** Where the system date comes from when {@link #today} is not set: the goal's one read of the clock (a test sets its own). */
  Clock clock = Clock.systemDefaultZone();

  /** Skips the goal. */
  @Parameter(property = "lake.skip", defaultValue = "false")
  boolean skip;

  /** Fails the build on warnings too, not only on errors. */
  @Parameter(property = "lake.failOnWarnings", defaultValue = "false")
  boolean failOnWarnings;

  /**
   * The SARIF 2.1.0 log, for code-scanning tools: every diagnostic the goals of this build found in
   * the project so far, each once.
   */
  @Parameter(property = "lake.sarifFile", defaultValue = "${project.build.directory}/lake/lake.sarif", required = true)
  File sarifFile;

  /** The project being built. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The build this goal is part of. */
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /** What a goal found in a lake that loaded: its located diagnostics, lines for the log, and why the build fails, if it does. */
  record Findings(List<Diagnostic> diagnostics, List<String> summary, String failure) {

    /** Findings that do not fail the build by themselves ({@code failOnWarnings} still may). */
    static Findings passed(List<Diagnostic> diagnostics, List<String> summary) {
      return new Findings(List.copyOf(diagnostics), List.copyOf(summary), null);
    }

    /** Findings that fail the build with {@code failure}. */
    static Findings failed(List<Diagnostic> diagnostics, List<String> summary, String failure) {
      return new Findings(List.copyOf(diagnostics), List.copyOf(summary), failure);
    }
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping lake:" + goal() + ": lake.skip is set");
      return;
    }
    LocalDate date = today();
    Path file = lakeFile.toPath();
    Path sarif = sarifFile.toPath();
    BuildOutputs.claim(session, project, "the SARIF log", sarif);
    checkConfiguration();
    Findings findings;
    try {
      findings = check(LakeFiles.read(file, CheckOptions.today(date)), date);
    } catch (LakeException e) {
      List<Diagnostic> diagnostics = e.diagnostics();
      findings = Findings.failed(diagnostics, List.of(),
          file + ": " + DiagnosticsOutput.counts(diagnostics) + whenNotLoaded() + lines(errors(diagnostics)));
    }
    log(findings);
    ProjectDiagnostics.write(project, sarif, findings.diagnostics());
    getLog().info("SARIF log: " + sarif);
    if (findings.failure() != null) {
      throw new MojoFailureException(findings.failure());
    }
    if (failOnWarnings && !findings.diagnostics().isEmpty()) {
      throw new MojoFailureException(file + ": " + DiagnosticsOutput.counts(findings.diagnostics())
          + ", and failOnWarnings is set" + lines(findings.diagnostics()));
    }
  }

  /** The goal's name, e.g. {@code validate}. */
  abstract String goal();

  /** What the build log adds when the lake could not be read or has errors, e.g. {@code ; nothing was rendered}. */
  abstract String whenNotLoaded();

  /**
   * Refuses a configuration the goal cannot work with, before the lake is read.
   *
   * @throws MojoFailureException naming the parameter and how to fix it
   */
  void checkConfiguration() throws MojoFailureException {}

  /**
   * Does the goal's work on a lake that loaded with no errors.
   *
   * @throws MojoExecutionException when something outside the lake breaks (a bug or the machine)
   */
  abstract Findings check(LoadedLake loaded, LocalDate date) throws MojoExecutionException;

  /** The date checks treat as today: {@link #today} when set, else the system date by {@link #clock}. */
  LocalDate today() throws MojoFailureException {
    if (today == null || today.isBlank()) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(today.strip());
    } catch (DateTimeParseException e) {
      throw new MojoFailureException("<today> is '" + Terminal.safe(today) + "', which is not a date;"
          + " write it as YYYY-MM-DD, e.g. 2026-11-27, or leave it out for the system date");
    }
  }

  /** Each diagnostic as one located line, errors as errors and warnings as warnings, then the summary. */
  private void log(Findings findings) {
    Log log = getLog();
    for (Diagnostic d : findings.diagnostics()) {
      String line = Terminal.safe(d.format());
      if (d.isError()) {
        log.error(line);
      } else {
        log.warn(line);
      }
    }
    findings.summary().forEach(line -> log.info(Terminal.safe(line)));
  }

  private static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  /** {@code diagnostics} one per line, each after a line break, for a failure message. */
  static String lines(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    diagnostics.forEach(d -> out.append('\n').append(Terminal.safe(d.format())));
    return out.toString();
  }
}
