package io.experiencelake.render;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.hash.ContentHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds {@code manifest.json}: fields in a fixed order, two-space indentation, LF line ends. */
final class Manifest {

  /**
   * The manifest's own format id, its first field: what marks a folder as written by a render, so
   * that only such a folder is ever replaced by the next one.
   */
  static final String FORMAT = "experience-lake-manifest/1";

  /** The library name written in the manifest. */
  static final String LIBRARY = "experience-lake";

  /** The library version, from the filtered {@code version.properties}. */
  static final String VERSION = readVersion();

  private Manifest() {}

  static Artifact build(RenderOptions options, List<String> renderers, ContentHash lakeHash,
      Map<String, ContentHash> entriesUsed, List<Artifact> artifacts, Map<String, String> rendererOf,
      List<Diagnostic> warnings) {
    ObjectNode root = JsonOutput.object();
    root.put("format", FORMAT);
    ObjectNode library = root.putObject("library");
    library.put("name", LIBRARY);
    library.put("version", VERSION);
    ArrayNode names = root.putArray("renderers");
    renderers.forEach(names::add);
    root.set("options", options(options));
    root.putObject("lake").put("hash", lakeHash.toString());
    ArrayNode entries = root.putArray("entries");
    entriesUsed.forEach((id, hash) -> entries.addObject().put("id", id).put("hash", hash.toString()));
    ArrayNode files = root.putArray("artifacts");
    for (Artifact artifact : artifacts) {
      ObjectNode file = files.addObject();
      file.put("path", artifact.path());
      file.put("renderer", rendererOf.get(artifact.path()));
      file.put("mediaType", artifact.mediaType());
      file.put("bytes", artifact.bytes().length);
      file.put("sha256", artifact.sha256().hex());
    }
    ArrayNode notes = root.putArray("warnings");
    for (Diagnostic warning : warnings) {
      ObjectNode note = notes.addObject();
      note.put("code", warning.code());
      note.put("pointer", warning.pointer());
      note.put("message", warning.message());
      note.put("hint", warning.hint());
    }
    return Artifact.utf8(RenderRun.MANIFEST, "application/json", write(root));
  }

  static String write(ObjectNode root) {
    return JsonOutput.write(root);
  }

  private static ObjectNode options(RenderOptions options) {
    ObjectNode node = JsonOutput.object();
    node.put("today", options.today().toString());
    options.role().ifPresent(role -> node.put("role", role));
    ArrayNode clusters = node.putArray("clusters");
    options.clusters().stream().sorted().forEach(clusters::add);
    ArrayNode statuses = node.putArray("statuses");
    options.statuses().stream().sorted().forEach(s -> statuses.add(s.name()));
    ArrayNode keywords = node.putArray("keywords");
    options.keywords().stream().sorted().forEach(keywords::add);
    if (!options.entries().isEmpty()) {
      // Only when given, so the manifests of renders without a pick stay as they were; in the order of preference.
      ArrayNode picked = node.putArray("entries");
      options.entries().stream().distinct().forEach(picked::add);
    }
    node.put("includeTargets", options.includeTargets());
    options.maxEntries().ifPresent(max -> node.put("maxEntries", max));
    node.put("bulletsPerEngagement", options.bulletsPerEngagement());
    node.put("pages", options.pages());
    node.put("letterWords", options.letterWords());
    options.contact().ifPresent(contact -> node.put("contact", contact));
    options.verification().ifPresent(report -> node.put("verification", report.summary()));
    if (options.paper() != PaperSize.A4) {
      node.put("paper", options.paper().name());  // only off the default, so earlier manifests stay as they were
    }
    return node;
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in = Manifest.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
