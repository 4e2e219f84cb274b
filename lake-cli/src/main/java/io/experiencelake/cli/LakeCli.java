package io.experiencelake.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

  /**
   * Every subcommand by name, in the order {@code lake --help} lists them, as class names: a command
   * line loads (and picocli inspects) only the subcommand it runs, so {@code lake validate} pays for
   * no renderer, server or importer.
   */
  static final Map<String, String> SUBCOMMANDS = subcommands(
      "validate", "ValidateCommand",
      "verify", "VerifyCommand",
      "render", "RenderCommand",
      "coverage", "CoverageCommand",
      "hash", "HashCommand",
      "import", "ImportCommand",
      "convert", "ConvertCommand",
      "init", "InitCommand",
      "evidence", "EvidenceCommand",
      "preview", "PreviewCommand",
      "apply", "ApplyCommand",
      "applications", "ApplicationsCommand",
      "completion", "CompletionCommand",
      "prepare-start-up", "StartUpTrainingCommand");

  private LakeCli() {}

  private static Map<String, String> subcommands(String... namesAndClasses) {
    Map<String, String> all = new LinkedHashMap<>();
    for (int i = 0; i < namesAndClasses.length; i += 2) {
      all.put(namesAndClasses[i], LakeCli.class.getPackageName() + "." + namesAndClasses[i + 1]);
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * Runs {@code lake} with {@code args} and exits with its exit code.
   *
   * @param args the command line, e.g. {@code validate lake.json}
   */
  public static void main(String[] args) {
    PrintWriter out = standardOutput(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = run(new Environment(Environment.systemClock(), System.console() != null), out, err, args);
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
    String only = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) ? args[0] : null;
    return run(commandLine(environment, only), out, err, args);
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

  /**
   * Subcommand {@code name} of {@code root}'s tree, added with the tree's settings and streams when
   * the command line that made the tree did not name it (a command that runs another).
   */
  static CommandLine subcommand(CommandLine root, String name) {
    CommandLine line = root.getSubcommands().get(name);
    if (line == null) {
      root.addSubcommand(name, instantiate(SUBCOMMANDS.get(name)));
      line = root.getSubcommands().get(name);
      line.setCaseInsensitiveEnumValuesAllowed(true);
      line.setUsageHelpAutoWidth(false);
      line.setOut(root.getOut());
      line.setErr(root.getErr());
    }
    return line;
  }

  private static Object instantiate(String className) {
    try {
      return Class.forName(className).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the subcommand " + className + " cannot be made", e);
    }
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
    return commandLine(environment, null);
  }

  /** The command tree with only subcommand {@code only} ({@code null} for every one). */
  static CommandLine commandLine(Environment environment, String only) {
    CommandLine commandLine = new CommandLine(new LakeCommand(environment));
    SUBCOMMANDS.forEach((name, className) -> {
      if (only == null || only.equals(name)) {
        commandLine.addSubcommand(name, instantiate(className));
      }
    });
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
