package io.experiencelake.tailor;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.json.JsonKinds;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a job to tailor to: a JSON Resume job document ({@code job-schema.json}) or a plain-text ad.
 *
 * <p>A job document is read with Jackson: duplicate keys are errors, fields the job schema does
 * not use for matching ({@code type}, {@code location}, {@code meta}…) are ignored as the schema
 * allows, and every field of the wrong type is reported at once, each as a {@link Diagnostic} with
 * its JSON Pointer inside one {@link LakeException}; broken JSON is reported with its line and
 * column. No Jackson exception escapes.
 *
 * <pre>{@code
 * JobAd job = JobAds.read(Path.of("job.json"));   // or job.txt, read as plain text
 * }</pre>
 */
public final class JobAds {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private JobAds() {}

  /**
   * Reads {@code file}: a JSON Resume job document when its name ends in {@code .json}, otherwise
   * a plain-text ad.
   *
   * @throws LakeException ({@code LAKE-J004}) when the file cannot be read as UTF-8, or as
   *     {@link #readJsonResume(String, String)} says
   */
  public static JobAd read(Path file) {
    String name = file.toString().replace('\\', '/');
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new LakeException(List.of(sourced(Diagnostic.of(Rule.UNREADABLE, "", "cannot read the job in " + name + ": " + e.getClass().getSimpleName(),
          "check that the file exists and can be read"), name)));
    }
    return read(bytes, name);
  }

  /**
   * Reads a job already in memory, as {@link #read(Path)} reads a file: a JSON Resume job document
   * when {@code name} ends in {@code .json}, otherwise a plain-text ad; for callers that keep the
   * exact bytes they read (to hash or copy them).
   *
   * @param bytes the job, UTF-8
   * @param name the file name, given as the source in diagnostics
   * @throws LakeException ({@code LAKE-J004}) when the bytes are not UTF-8, or as
   *     {@link #readJsonResume(String, String)} says
   */
  public static JobAd read(byte[] bytes, String name) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new LakeException(List.of(sourced(Diagnostic.of(Rule.UNREADABLE, "", "the job in " + name + " is not UTF-8 text",
          "save the job as UTF-8"), name)));
    }
    return name.toLowerCase(Locale.ROOT).endsWith(".json") ? readJsonResume(text, name) : JobAd.ofText(text);
  }

  /**
   * Reads a JSON Resume job document: {@code title}, {@code company}, {@code description},
   * {@code skills} (each with {@code name}, {@code level}, {@code keywords}),
   * {@code responsibilities} and {@code qualifications}.
   *
   * @param json the document
   * @param source the name diagnostics give as the source, e.g. the file name
   * @throws LakeException ({@code LAKE-J001}, {@code J002}, {@code S001} or {@code S003}) listing
   *     every problem: broken JSON, a duplicate key, a field of the wrong type, or no text to match
   */
  public static JobAd readJsonResume(String json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new LakeException(List.of(syntax(e, source)));
    }
    List<Diagnostic> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      problems.add(sourced(Diagnostic.of(Rule.SCHEMA, "", "a job document is a JSON object, not " + JsonKinds.of(root),
          "write the job as { \"title\": …, \"description\": …, \"skills\": [ … ] }"), source));
      throw new LakeException(problems);
    }
    Reader in = new Reader(source, problems);
    ImmutableJobAd.Builder job = ImmutableJobAd.builder();
    in.text(root, "title").ifPresent(job::title);
    in.text(root, "company").ifPresent(job::company);
    in.text(root, "description").ifPresent(job::description);
    job.addAllResponsibilities(in.texts(root, "responsibilities", "/responsibilities"));
    job.addAllQualifications(in.texts(root, "qualifications", "/qualifications"));
    JsonNode skills = root.get("skills");
    if (skills != null && !skills.isNull()) {
      if (!skills.isArray()) {
        in.wrongType("/skills", "an array of skills", skills);
      } else {
        for (int i = 0; i < skills.size(); i++) {
          JsonNode skill = skills.get(i);
          String at = "/skills/" + i;
          if (!skill.isObject()) {
            in.wrongType(at, "a skill object with name and keywords", skill);
            continue;
          }
          ImmutableJobSkill.Builder s = ImmutableJobSkill.builder();
          in.text(skill, "name", at + "/name").ifPresent(s::name);
          in.text(skill, "level", at + "/level").ifPresent(s::level);
          s.addAllKeywords(in.texts(skill, "keywords", at + "/keywords"));
          job.addSkills(s.build());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new LakeException(problems);
    }
    JobAd ad = job.build();
    if (ad.texts().stream().allMatch(String::isBlank)) {
      throw new LakeException(List.of(sourced(Diagnostic.of(Rule.MISSING_FIELD, "",
          "the job document has no text to match: title, description, skills, responsibilities and qualifications are all missing or blank",
          "add at least a description or the skills the job asks for"), source)));
    }
    return ad;
  }

  /** Reads fields, collecting a diagnostic for each of the wrong type. */
  private static final class Reader {
    private final String source;
    private final List<Diagnostic> problems;

    Reader(String source, List<Diagnostic> problems) {
      this.source = source;
      this.problems = problems;
    }

    Optional<String> text(JsonNode parent, String field) {
      return text(parent, field, "/" + field);
    }

    Optional<String> text(JsonNode parent, String field, String at) {
      JsonNode node = parent.get(field);
      if (node == null || node.isNull()) {
        return Optional.empty();
      }
      if (!node.isString()) {
        wrongType(at, "a string", node);
        return Optional.empty();
      }
      return Optional.of(node.stringValue());
    }

    List<String> texts(JsonNode parent, String field, String at) {
      JsonNode node = parent.get(field);
      List<String> out = new ArrayList<>();
      if (node == null || node.isNull()) {
        return out;
      }
      if (!node.isArray()) {
        wrongType(at, "an array of strings", node);
        return out;
      }
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        if (item.isString()) {
          out.add(item.stringValue());
        } else {
          wrongType(at + "/" + i, "a string", item);
        }
      }
      return out;
    }

    void wrongType(String at, String expected, JsonNode found) {
      problems.add(sourced(Diagnostic.of(Rule.SCHEMA, at, "expected " + expected + " but found " + JsonKinds.of(found),
          "write it as JSON Resume's job schema does: https://jsonresume.org/job-description-schema"), source));
    }
  }

  private static Diagnostic syntax(JacksonException e, String source) {
    String message = e.getOriginalMessage();
    boolean duplicate = message != null && message.startsWith("Duplicate Object property");
    Diagnostic d = Diagnostic.of(duplicate ? Rule.DUPLICATE_KEY : Rule.JSON_SYNTAX, "",
        duplicate ? "the job document names a key twice: " + firstLine(message) : "the job document is not valid JSON: " + firstLine(message),
        duplicate ? "keep one of the two" : "fix the JSON at the line and column given");
    TokenStreamLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      return d.at(source, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
    return sourced(d, source);
  }

  private static Diagnostic sourced(Diagnostic d, String source) {
    return ImmutableDiagnostic.copyOf(d).withSource(source);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
