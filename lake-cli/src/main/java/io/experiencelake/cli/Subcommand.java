package io.experiencelake.cli;

import io.experiencelake.core.check.CheckOptions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * What every {@code lake} subcommand shares: its place in the command tree, the streams it writes
 * to, the environment, and {@code --today}, the date checks treat as today.
 *
 * <p>A subcommand's {@link #call()} returns its exit code; bad input never escapes as an exception.
 */
abstract class Subcommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "The date checks treat as today: no date in the lake may lie after it. Default: the system's date.")
  LocalDate today;

  /** The environment of the {@code lake} command this subcommand belongs to. */
  Environment environment() {
    return ((LakeCommand) spec.root().userObject()).environment();
  }

  /** The options the lake is checked with: {@code --today} or the environment's date, lint on. */
  CheckOptions checkOptions() {
    return CheckOptions.today(today != null ? today : environment().today());
  }

  /** Standard output. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Standard error. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Reads {@code 2026-11-27}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + Terminal.safe(value) + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-27");
      }
    }
  }
}
