package io.experiencelake.cli;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.json.LakeJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a resume file (for {@link JsonResumeImporter}) as a JSON tree with the library's strict
 * mapper (no duplicate keys, nothing after the root, NaN refused) and within bounds; a problem
 * becomes a located diagnostic in a {@link LakeException}.
 */
final class JsonResumeReader {

  /** The largest resume read: far above any real one. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  private JsonResumeReader() {}

  /**
   * The resume at {@code path} as a tree.
   *
   * @throws LakeException with one located diagnostic when it cannot be read or is not JSON
   */
  static JsonNode read(Path path) {
    String source = path.toString();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw problem(source, Rule.UNREADABLE, "cannot read " + source + ": there is no such file", "check the resume's path", null);
    } catch (AccessDeniedException e) {
      throw problem(source, Rule.UNREADABLE, "cannot read " + source + ": permission to read it was denied", "check the resume's path", null);
    } catch (IOException | SecurityException e) {
      throw problem(source, Rule.UNREADABLE, "cannot read " + source + ": " + e.getMessage(), "check that the path names a readable file", null);
    }
    if (bytes.length > MAX_BYTES) {
      throw problem(source, Rule.UNREADABLE, "cannot read " + source + ": it is larger than " + (MAX_BYTES >> 20) + " MiB",
          "check that the path names a JSON Resume", null);
    }
    try {
      JsonNode tree = LakeJson.strictMapper().readTree(bytes);
      if (tree == null || tree.isMissingNode()) {
        throw problem(source, Rule.JSON_SYNTAX, "the resume is empty", "a JSON Resume is one JSON object", null);
      }
      return tree;
    } catch (JacksonException e) {
      String first = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("").strip();
      Rule rule = Rule.JSON_SYNTAX;
      if (first.startsWith("Duplicate Object property")) {
        rule = Rule.DUPLICATE_KEY;
      } else if (first.startsWith("Trailing token")) {
        rule = Rule.TRAILING_CONTENT;
      }
      String what = e instanceof StreamConstraintsException ? "the resume exceeds a parser limit: " : "the resume is not valid JSON: ";
      throw problem(source, rule, what + first, "fix the JSON here; a JSON Resume is one JSON object", e.getLocation());
    }
  }

  private static LakeException problem(String source, Rule rule, String message, String hint, TokenStreamLocation at) {
    ImmutableDiagnostic diagnostic = ImmutableDiagnostic.copyOf(Diagnostic.of(rule, "", message, hint)).withSource(source);
    if (at != null && at.getLineNr() > 0) {
      diagnostic = diagnostic.withLine(at.getLineNr()).withColumn(Math.max(1, at.getColumnNr()));
    }
    return new LakeException(List.of(diagnostic));
  }
}
