package io.experiencelake.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;

/**
 * The {@code lake} command's entry point: builds the command line and runs it.
 *
 * <pre>{@code
 * lake validate lake.json
 * lake verify lake.json --evidence evidence/ --format sarif > lake.sarif
 * lake hash lake.json
 * lake import jsonresume resume.json --out lake.json
 * }</pre>
 *
 * <p>Exit codes: {@value #OK} success; {@value #FAILED} the lake (or resume) has errors, a claim
 * failed verification, or a file could not be read or written; {@value #USAGE} the command was
 * used wrongly; {@value #INTERNAL} an internal error (a bug: please report it).
 */
public final class LakeCli {

  /** Exit code of success. */
  public static final int OK = 0;

  /** Exit code of a lake with errors or a claim that failed verification. */
  public static final int FAILED = 1;

  /** Exit code of a usage error: an unknown option, a missing argument, a bad value. */
  public static final int USAGE = 2;

  /** Exit code of an internal error, which is a bug. */
  public static final int INTERNAL = 3;

  private LakeCli() {}

  /**
   * Runs {@code lake} with {@code args} and exits with its exit code.
   *
   * @param args the command line, e.g. {@code validate lake.json}
   */
  public static void main(String[] args) {
    PrintWriter out = standardOutput(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = run(new Environment(Clock.systemDefaultZone(), System.console() != null), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Standard output through a 64 KiB buffer, flushed by each command when it is done: thousands of
   * diagnostics reach a terminal or a pipe in a few large writes, not one per line (with
   * {@code System.out}, which flushes every write, 20,000 lines took 20,033 writes and, on a
   * terminal, seconds).
   */
  static PrintWriter standardOutput(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(stream, 64 * 1024), StandardCharsets.UTF_8), false);
  }

  /**
   * Runs {@code lake} with {@code args}, writing to {@code out} and {@code err}, and returns its exit
   * code; even an error of the JVM (a missing class, no memory left) ends as one line on {@code err}
   * and {@value #INTERNAL}, never as a stack trace.
   */
  static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    return run(commandLine(environment), out, err, args);
  }

  /** Runs {@code commandLine} as {@link #run(Environment, PrintWriter, PrintWriter, String...)} does. */
  static int run(CommandLine commandLine, PrintWriter out, PrintWriter err, String... args) {
    commandLine.setOut(out);
    commandLine.setErr(err);
    int code;
    try {
      code = commandLine.execute(args);
    } catch (RuntimeException | Error e) {
      code = internalError(e, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** Reports a failure that is not the input's fault in two lines and returns {@value #INTERNAL}. */
  private static int internalError(Throwable e, PrintWriter err) {
    err.println("lake: internal error (" + e.getClass().getSimpleName() + "): " + Terminal.safe(String.valueOf(e.getMessage())));
    err.println("lake: this is a bug; please report it with the command and input that caused it");
    err.flush();
    return INTERNAL;
  }

  /** The whole command tree, with the exit codes and the error handling of {@code lake}. */
  static CommandLine commandLine(Environment environment) {
    CommandLine commandLine = new CommandLine(new LakeCommand(environment));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setUsageHelpAutoWidth(false);
    commandLine.registerConverter(Path.class, OutputPaths::nonBlank);
    commandLine.setParameterExceptionHandler((e, args) -> {
      CommandLine line = e.getCommandLine();
      PrintWriter err = line.getErr();
      err.println("lake: " + Terminal.safe(e.getMessage()));
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      err.println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
      err.flush();
      return USAGE;
    });
    commandLine.setExecutionExceptionHandler((e, line, parsed) -> internalError(e, line.getErr()));
    return commandLine;
  }
}
