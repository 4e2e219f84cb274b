package io.experiencelake.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/** Runs {@code lake} in-process with captured output, a fixed clock and standard error not a terminal. */
final class Cli {

  /** The date the tests' clock says it is: the example lake's pinned "today". */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  static final Environment ENVIRONMENT = new Environment(
      Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC), false);

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {
    /** Standard output and standard error together. */
    String all() {
      return out + err;
    }
  }

  private Cli() {}

  static Run run(String... args) {
    return run(ENVIRONMENT, args);
  }

  static Run run(Environment environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = LakeCli.run(environment, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** A test resource folder or file as a path. */
  static Path resource(String name) {
    try {
      return Path.of(Cli.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test resource " + name, e);
    }
  }

  /** A pointer as {@code Diagnostic.format()} writes it: one word, or a quoted JSON string. */
  static final String POINTER = "(?:/\\S*|\"(?:[^\"\\\\]|\\\\.)*\")";

  /** A whole line of a located error in {@code file}: {@code file:line:column pointer error CODE: message}. */
  static Pattern locatedError(String file) {
    return Pattern.compile("(?m)^" + Pattern.quote(file) + ":\\d+:\\d+ " + POINTER
        + " error LAKE-[A-Z]\\d{3}: .+$");
  }

  /** Whether {@code text} holds a character {@link Terminal#safe} would escape, other than a line end. */
  static boolean hasUnsafeCharacters(String text) {
    return text.chars().anyMatch(c -> c != '\n' && Terminal.isUnsafe((char) c));
  }
}
