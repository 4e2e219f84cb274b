package io.experiencelake.cli;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Diagnostics as a SARIF 2.1.0 log, so code-scanning tools show them: one run whose tool driver
 * lists every rule of {@link RuleCatalog}, and one result per diagnostic, located by file, line and
 * column, and by JSON Pointer as a logical location.
 *
 * <p>The {@code lake} command writes it with {@code --format sarif}, and {@code lake-maven-plugin}
 * writes the same log to {@code target/lake/lake.sarif}:
 * <pre>{@code
 * Files.writeString(Path.of("lake.sarif"), Sarif.json(diagnostics));
 * }</pre>
 */
public final class Sarif {

  /** The schema URI a SARIF 2.1.0 log names. */
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** Where people can read about the tool. */
  static final String INFORMATION_URI = "https://experiencelake.io";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Sarif() {}

  /** The SARIF log of {@code diagnostics} as indented JSON text, ending with a newline. */
  public static String json(List<Diagnostic> diagnostics) {
    return DiagnosticsOutput.PRETTY.writeValueAsString(log(diagnostics)) + "\n";
  }

  /** The SARIF log of {@code diagnostics}. */
  static ObjectNode log(List<Diagnostic> diagnostics) {
    ObjectNode log = NODES.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "lake");
    driver.put("version", Version.number());
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    for (RuleCatalog.Entry rule : RuleCatalog.all()) {
      ObjectNode node = rules.addObject();
      node.put("id", rule.code());
      node.put("name", rule.name());
      node.putObject("shortDescription").put("text", rule.description());
      node.putObject("defaultConfiguration").put("level", level(rule.severity()));
    }
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : diagnostics) {
      results.add(result(d));
    }
    return log;
  }

  private static ObjectNode result(Diagnostic d) {
    ObjectNode result = NODES.objectNode();
    result.put("ruleId", d.code());
    int index = RuleCatalog.indexOf(d.code());
    if (index >= 0) {
      result.put("ruleIndex", index);
    }
    result.put("level", level(d.severity()));
    result.putObject("message").put("text", text(d));
    ObjectNode location = result.putArray("locations").addObject();
    d.source().ifPresent(source -> {
      ObjectNode physical = location.putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(source));
      if (d.line().isPresent()) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", d.line().getAsInt());
        d.column().ifPresent(column -> region.put("startColumn", column));
      }
    });
    location.putArray("logicalLocations").addObject()
        .put("fullyQualifiedName", d.pointer().isEmpty() ? "/" : d.pointer())
        .put("kind", "value");
    return result;
  }

  /** The message and the hint in one sentence, as in the text output. */
  static String text(Diagnostic d) {
    String text = d.hint().isEmpty() ? d.message() : d.message() + "; " + d.hint();
    return text.endsWith(".") ? text : text + ".";
  }

  /** {@code error} or {@code warning}. */
  static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  /**
   * The file as a URI reference: a relative path stays relative (with {@code /} separators, percent-
   * encoded), an absolute one becomes a {@code file:} URI.
   */
  static String uri(String source) {
    try {
      Path path = Path.of(source);
      if (path.isAbsolute()) {
        return path.toUri().toASCIIString();
      }
    } catch (InvalidPathException e) {
      // Not a path of this platform: encode the text as it is.
    }
    String slashed = source.replace('\\', '/');
    int colon = slashed.indexOf(':');
    int slash = slashed.indexOf('/');
    if (colon >= 0 && (slash < 0 || colon < slash)) {
      slashed = "./" + slashed;
    }
    try {
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a URI with only a path always builds: " + slashed, e);
    }
  }
}
