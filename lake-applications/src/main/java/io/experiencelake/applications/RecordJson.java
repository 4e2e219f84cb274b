package io.experiencelake.applications;

import io.experiencelake.core.Rule;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Status;
import io.experiencelake.core.hash.ContentHash;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.core.json.JsonKinds;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A record's JSON: the tree it is hashed from, the line it is written as, and the strict reading
 * of a line back into a record, every problem located by its JSON Pointer.
 */
final class RecordJson {

  /** Strict: duplicate keys, trailing content and unknown fields are errors; strings no longer than a line. */
  static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(LedgerLines.MAX_LINE_BYTES).build())
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
      .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
      .build();

  private static final Set<String> COMMON = Set.of("seq", "kind", "prev", "hash");
  private static final Set<String> APPLICATION = Set.of("number", "date", "company", "title", "contact", "folder", "jobFile", "job",
      "manifest", "lake", "entries");
  private static final Set<String> STATUS = Set.of("application", "status", "on", "note");
  private static final Set<String> ENTRY = Set.of("id", "hash", "claim", "status", "evidence", "documents");

  private RecordJson() {}

  /** The record's JSON without its hash. */
  static ObjectNode tree(LedgerRecord record) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("seq", record.seq());
    node.put("kind", record.kind());
    if (record.previous().isPresent()) {
      node.put("prev", record.previous().get().toString());
    } else {
      node.putNull("prev");
    }
    if (record instanceof ApplicationRecord a) {
      node.put("number", a.number());
      node.put("date", a.date().toString());
      node.put("company", a.company());
      a.title().ifPresent(t -> node.put("title", t));
      a.contact().ifPresent(c -> node.put("contact", c));
      node.put("folder", a.folder());
      node.put("jobFile", a.jobFile());
      node.put("job", a.job().toString());
      node.put("manifest", a.manifest().toString());
      node.put("lake", a.lake().toString());
      ArrayNode entries = node.putArray("entries");
      for (SentEntry e : a.entries()) {
        ObjectNode entry = entries.addObject();
        entry.put("id", e.id());
        entry.put("hash", e.hash().toString());
        entry.put("claim", e.claim());
        entry.set("status", statusTree(e.status()));
        entry.put("evidence", e.evidence().toString());
        ArrayNode documents = entry.putArray("documents");
        e.documents().forEach(documents::add);
      }
    } else if (record instanceof StatusRecord s) {
      node.put("application", s.application());
      node.put("status", s.status().label());
      node.put("on", s.on().toString());
      s.note().ifPresent(n -> node.put("note", n));
    }
    return node;
  }

  /** A status in the lake's JSON form, e.g. {@code {"state": "ACHIEVED", "on": "2025-03-14"}}. */
  static JsonNode statusTree(Status status) {
    return MAPPER.valueToTree(status);
  }

  /** The SHA-256 of the record's canonical JSON without its hash. */
  static ContentHash hash(LedgerRecord record) {
    return LakeHashes.of(tree(record));
  }

  /** The record's line in the ledger, without the line break: its canonical JSON with its hash. */
  static String line(LedgerRecord record) {
    ObjectNode node = tree(record);
    node.put("hash", hash(record).toString());
    return LakeHashes.canonicalJson(node);
  }

  /** The chain rule of one record: numbered from 1, and only the first has no previous hash. */
  static void checkChain(long seq, Optional<ContentHash> previous) {
    if (seq < 1) {
      throw LakeException.of(Rule.LEDGER_BAD_RECORD, "/seq", "seq is " + seq, "records are numbered from 1");
    }
    if (seq == 1 && previous.isPresent()) {
      throw LakeException.of(Rule.LEDGER_BAD_RECORD, "/prev", "record 1 names a previous record",
          "the first record's prev is null");
    }
    if (seq > 1 && previous.isEmpty()) {
      throw LakeException.of(Rule.LEDGER_BAD_RECORD, "/prev", "record " + seq + " names no previous record",
          "every record after the first gives the hash of the record before it");
    }
  }

  /**
   * Reads a record from its parsed line (the {@code hash} field aside: the caller compares it); adds
   * every problem to {@code problems}, located only by pointer, and returns empty when there is any.
   */
  static Optional<LedgerRecord> read(ObjectNode node, List<Diagnostic> problems) {
    Fields in = new Fields(node, "", problems);
    int before = problems.size();
    Optional<String> kind = in.text("kind");
    Set<String> allowed = new java.util.HashSet<>(COMMON);
    if (kind.isPresent() && kind.get().equals(ApplicationRecord.KIND)) {
      allowed.addAll(APPLICATION);
    } else if (kind.isPresent() && kind.get().equals(StatusRecord.KIND)) {
      allowed.addAll(STATUS);
    } else if (kind.isPresent()) {
      problems.add(Diagnostic.of(Rule.LEDGER_BAD_RECORD, "/kind", "unknown kind '" + Slugs.shown(kind.get()) + "'",
          "a record's kind is " + ApplicationRecord.KIND + " or " + StatusRecord.KIND));
      return Optional.empty();
    } else {
      return Optional.empty();
    }
    in.only(allowed);
    long seq = in.integer("seq");
    Optional<ContentHash> previous = in.previous();
    try {
      if (kind.get().equals(ApplicationRecord.KIND)) {
        long number = in.integer("number");
        Optional<LocalDate> date = in.date("date");
        Optional<String> company = in.text("company");
        Optional<String> title = in.optionalText("title");
        Optional<String> contact = in.optionalText("contact");
        Optional<String> folder = in.text("folder");
        Optional<String> jobFile = in.text("jobFile");
        Optional<ContentHash> job = in.hash("job");
        Optional<ContentHash> manifest = in.hash("manifest");
        Optional<ContentHash> lake = in.hash("lake");
        List<SentEntry> entries = in.entries();
        if (problems.size() > before) {
          return Optional.empty();
        }
        return Optional.of(ImmutableApplicationRecord.builder()
            .seq(seq)
            .number((int) number)
            .date(date.get())
            .company(company.get())
            .folder(folder.get())
            .jobFile(jobFile.get())
            .job(job.get())
            .manifest(manifest.get())
            .lake(lake.get())
            .previous(previous)
            .title(title)
            .contact(contact)
            .addAllEntries(entries)
            .build());
      }
      Optional<String> application = in.text("application");
      Optional<ApplicationStatus> status = in.text("status").flatMap(label -> {
        Optional<ApplicationStatus> known = ApplicationStatus.of(label);
        if (known.isEmpty()) {
          problems.add(Diagnostic.of(Rule.LEDGER_BAD_RECORD, "/status", "unknown status '" + Slugs.shown(label) + "'",
              "a status is one of " + ApplicationStatus.labels()));
        }
        return known;
      });
      Optional<LocalDate> on = in.date("on");
      Optional<String> note = in.optionalText("note");
      if (problems.size() > before) {
        return Optional.empty();
      }
      return Optional.of(ImmutableStatusRecord.builder()
          .seq(seq)
          .application(application.get())
          .status(status.get())
          .on(on.get())
          .previous(previous)
          .note(note)
          .build());
    } catch (LakeException e) {
      problems.addAll(e.diagnostics());
      return Optional.empty();
    }
  }

  /** Reads the fields of one object, adding a located problem for each missing, unknown or ill-typed one. */
  private static final class Fields {
    private final JsonNode node;
    private final String at;
    private final List<Diagnostic> problems;

    Fields(JsonNode node, String at, List<Diagnostic> problems) {
      this.node = node;
      this.at = at;
      this.problems = problems;
    }

    void only(Set<String> allowed) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!allowed.contains(field.getKey())) {
          problems.add(Diagnostic.of(Rule.LEDGER_BAD_RECORD, at + "/" + escape(field.getKey()), "unknown field '" + Slugs.shown(field.getKey()) + "'",
              "a ledger holds only the fields apply and mark write; this one was added by hand or by another tool"));
        }
      }
    }

    Optional<String> text(String name) {
      JsonNode value = node.get(name);
      if (value == null) {
        missing(name);
        return Optional.empty();
      }
      return string(name, value);
    }

    Optional<String> optionalText(String name) {
      JsonNode value = node.get(name);
      return value == null ? Optional.empty() : string(name, value);
    }

    private Optional<String> string(String name, JsonNode value) {
      if (!value.isString()) {
        wrongType(name, "a string", value);
        return Optional.empty();
      }
      return Optional.of(value.stringValue());
    }

    long integer(String name) {
      JsonNode value = node.get(name);
      if (value == null) {
        missing(name);
        return 0;
      }
      if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
        wrongType(name, "a whole number from 1", value);
        return 0;
      }
      return value.intValue();
    }

    Optional<LocalDate> date(String name) {
      return text(name).flatMap(text -> {
        try {
          return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
          problems.add(Diagnostic.of(Rule.LEDGER_BAD_RECORD, at + "/" + name, name + " '" + Slugs.shown(text) + "' is not a date",
              "write a date as YYYY-MM-DD"));
          return Optional.empty();
        }
      });
    }

    Optional<ContentHash> hash(String name) {
      return text(name).flatMap(text -> parseHash(at + "/" + name, text, problems));
    }

    Optional<ContentHash> previous() {
      JsonNode value = node.get("prev");
      if (value == null) {
        missing("prev");
        return Optional.empty();
      }
      if (value.isNull()) {
        return Optional.empty();
      }
      return string("prev", value).flatMap(text -> parseHash(at + "/prev", text, problems));
    }

    List<SentEntry> entries() {
      JsonNode value = node.get("entries");
      List<SentEntry> out = new ArrayList<>();
      if (value == null) {
        missing("entries");
        return out;
      }
      if (!value.isArray()) {
        wrongType("entries", "an array of sent entries", value);
        return out;
      }
      for (int i = 0; i < value.size(); i++) {
        String pointer = at + "/entries/" + i;
        JsonNode item = value.get(i);
        if (!item.isObject()) {
          problems.add(Diagnostic.of(Rule.LEDGER_BAD_RECORD, pointer, "expected a sent entry (an object) but found " + JsonKinds.of(item),
              "a sent entry holds id, hash, claim, status, evidence and documents"));
          continue;
        }
        int before = problems.size();
        Fields entry = new Fields(item, pointer, problems);
        entry.only(ENTRY);
        Optional<String> id = entry.text("id");
        Optional<ContentHash> hash = entry.hash("hash");
        Optional<String> claim = entry.text("claim");
        Optional<Status> status = entry.status();
        Optional<ContentHash> evidence = entry.hash("evidence");
        List<String> documents = entry.strings("documents");
        if (problems.size() > before) {
          continue;
        }
        try {
          out.add(ImmutableSentEntry.builder()
              .id(id.get())
              .hash(hash.get())
              .claim(claim.get())
              .status(status.get())
              .evidence(evidence.get())
              .addAllDocuments(documents)
              .build());
        } catch (LakeException e) {
          e.diagnostics().forEach(d -> problems.add(d.under(pointer)));
        }
      }
      return out;
    }

    Optional<Status> status() {
      JsonNode value = node.get("status");
      if (value == null) {
        missing("status");
        return Optional.empty();
      }
      try {
        return Optional.of(MAPPER.treeToValue(value, Status.class));
      } catch (JacksonException | LakeException | IllegalStateException | IllegalArgumentException e) {
        problems.add(Diagnostic.of(Rule.LEDGER_BAD_RECORD, at + "/status", "the status is not a lake status",
            "write it as the lake does: {\"state\": \"ACHIEVED\", \"on\": …}, {\"state\": \"CURRENT\", \"asOf\": …, \"progress\": …} "
                + "or {\"state\": \"TARGET\"}"));
        return Optional.empty();
      }
    }

    List<String> strings(String name) {
      JsonNode value = node.get(name);
      List<String> out = new ArrayList<>();
      if (value == null) {
        missing(name);
        return out;
      }
      if (!value.isArray()) {
        wrongType(name, "an array of strings", value);
        return out;
      }
      for (int i = 0; i < value.size(); i++) {
        if (value.get(i).isString()) {
          out.add(value.get(i).stringValue());
        } else {
          wrongType(name + "/" + i, "a string", value.get(i));
        }
      }
      return out;
    }

    private void missing(String name) {
      problems.add(Diagnostic.of(Rule.LEDGER_BAD_RECORD, at, "the field '" + name + "' is missing",
          "apply and mark always write it; the record was cut or edited"));
    }

    private void wrongType(String name, String expected, JsonNode found) {
      problems.add(Diagnostic.of(Rule.LEDGER_BAD_RECORD, at + "/" + name, "expected " + expected + " but found " + JsonKinds.of(found),
          "apply and mark never write this; the record was edited"));
    }
  }

  /** A content hash, or a located problem saying why the text is not one. */
  static Optional<ContentHash> parseHash(String pointer, String text, List<Diagnostic> problems) {
    try {
      return Optional.of(ContentHash.parse(text));
    } catch (LakeException e) {
      problems.add(Diagnostic.of(Rule.LEDGER_BAD_RECORD, pointer, e.diagnostics().get(0).message(), e.diagnostics().get(0).hint()));
      return Optional.empty();
    }
  }

  /** A JSON Pointer token: {@code ~} and {@code /} escaped. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
