package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One problem found in a lake: where it is, what is wrong, and how to fix it.
 *
 * <p>{@link #toString()} (the same as {@link #format()}) reads like a compiler's output:
 * <pre>
 * lake.json:41:9 /entries/3/status error LAKE-I002: entry 'phase-gates' is ACHIEVED but has no
 * verifiable evidence (links do not count); add a run output, receipt, report stat or repro step, or mark it CURRENT.
 * </pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDiagnostic.class)
@JsonDeserialize(as = ImmutableDiagnostic.class)
@JsonPropertyOrder({"source", "line", "column", "pointer", "severity", "code", "message", "hint"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Diagnostic {

  Diagnostic() {}

  /** The rule this diagnostic reports; in the JSON form, its {@code code}. */
  @JsonProperty("code")
  public abstract Rule rule();

  /** The stable rule code, e.g. {@code LAKE-I002}: the code of {@link #rule()}. */
  @JsonIgnore
  public String code() {
    return rule().code();
  }

  /** Whether this stops the lake from being used. */
  public abstract Severity severity();

  /** A JSON Pointer into the lake's JSON form, e.g. {@code /entries/3/status}; empty for the whole document. */
  public abstract String pointer();

  /** What is wrong, naming the thing by its id. */
  public abstract String message();

  /** How to fix it. */
  public abstract String hint();

  /**
   * A JSON Pointer to another place the problem involves (the first definition of an id defined
   * twice, the earlier entry a claim repeats, the field a misspelt one probably meant); not part
   * of the JSON form.
   */
  @JsonIgnore
  public abstract Optional<String> related();

  /** The file or stream the lake came from, when it came from one. */
  public abstract Optional<String> source();

  /** The 1-based line in the source, when known. */
  public abstract OptionalInt line();

  /** The 1-based column in the source, when known. */
  public abstract OptionalInt column();

  /** Makes a diagnostic for {@code rule} at its usual severity. */
  public static Diagnostic of(Rule rule, String pointer, String message, String hint) {
    return of(rule, rule.severity(), pointer, message, hint);
  }

  /** Makes a diagnostic for {@code rule} at the given severity. */
  public static Diagnostic of(Rule rule, Severity severity, String pointer, String message, String hint) {
    return ImmutableDiagnostic.builder()
        .rule(rule)
        .severity(severity)
        .pointer(pointer)
        .message(message)
        .hint(hint)
        .build();
  }

  /** The same diagnostic naming {@code pointer} as the other place it involves. */
  public Diagnostic relatedTo(String pointer) {
    return ImmutableDiagnostic.copyOf(this).withRelated(pointer);
  }

  /** Whether this is an {@link Severity#ERROR}; derived from the severity, so not part of the JSON form. */
  @JsonIgnore
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /** The same diagnostic with {@code prefix} put before its pointer, for a value checked inside a larger one. */
  public Diagnostic under(String prefix) {
    return ImmutableDiagnostic.copyOf(this).withPointer(prefix + pointer());
  }

  /** The same diagnostic located in a source file. */
  public Diagnostic at(String source, int line, int column) {
    return ImmutableDiagnostic.copyOf(this).withSource(source).withLine(line).withColumn(column);
  }

  /**
   * Compiler-style text: {@code source:line:column pointer severity CODE: message; hint.}
   *
   * <p>A pointer holding whitespace, a double quote, a backslash or a control character (it names
   * an unknown or duplicate key such as {@code "my key"}) is written as a quoted JSON string, e.g.
   * {@code "/entries/0/my key"}, so the line still splits into its parts.
   */
  public String format() {
    StringBuilder out = new StringBuilder();
    source().ifPresent(s -> {
      out.append(s);
      line().ifPresent(l -> out.append(':').append(l));
      column().ifPresent(c -> out.append(':').append(c));
      out.append(' ');
    });
    out.append(pointer().isEmpty() ? "/" : shownPointer(pointer())).append(' ')
        .append(severity().label()).append(' ')
        .append(code()).append(": ")
        .append(message());
    if (!hint().isEmpty()) {
      out.append("; ").append(hint());
    }
    if (out.charAt(out.length() - 1) != '.') {
      out.append('.');
    }
    return out.toString();
  }

  /** The pointer as it is, or as a quoted JSON string when it would not read as one word. */
  private static String shownPointer(String pointer) {
    if (pointer.chars().noneMatch(c -> c == ' ' || c == '"' || c == '\\' || isUnprintable((char) c))) {
      return pointer;
    }
    StringBuilder quoted = new StringBuilder(pointer.length() + 8).append('"');
    for (int i = 0; i < pointer.length(); i++) {
      char c = pointer.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (isUnprintable(c)) {
        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  /** A control character, or whitespace other than a plain space (a tab, a line break, a no-break space…). */
  private static boolean isUnprintable(char c) {
    return Character.isISOControl(c) || (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
  }

  /** The same as {@link #format()}. */
  @Override
  public String toString() {
    return format();
  }
}
