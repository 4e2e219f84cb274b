package io.experiencelake.applications;

import io.experiencelake.core.Rule;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.IoErrors;
import io.experiencelake.core.hash.ContentHash;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.core.json.JsonKinds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a ledger holds, read and checked line by line: the records that read cleanly, every problem
 * located at its line, and what the next append continues from.
 *
 * <p>Each line must be a JSON object written exactly as {@link RecordJson#line} writes it (RFC 8785
 * canonical JSON), with only the fields of its kind, hashing to its own {@code hash}, numbered as
 * its line, and naming the hash of the line before it. The head file ({@value Ledger#HEAD}) names the
 * last record appended, so records cut from the end show too.
 */
final class LedgerState {

  /** The most bytes the head file may hold. */
  private static final int MAX_HEAD_BYTES = 4096;

  private final String source;
  private final List<LedgerRecord> records = new ArrayList<>();
  private final List<Diagnostic> problems = new ArrayList<>();
  /** Folder → the line of its application record. */
  private final Map<String, Integer> folders = new HashMap<>();
  private int applications;
  private int lines;
  private int terminated;
  private long length;
  private boolean exists;
  /** The stated hash of the last line, when it could be read; null when it could not. */
  private ContentHash lastHash;
  private boolean lastKnown = true;
  private final Map<Integer, ContentHash> statedHashes = new HashMap<>();

  private LedgerState(String source) {
    this.source = source;
  }

  /** Reads and checks the ledger and the head file in {@code folder}; a missing ledger is an empty one. */
  static LedgerState read(Path folder) {
    Path file = folder.resolve(Ledger.FILE);
    LedgerState state = new LedgerState(file.toString());
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      state.problems.add(sourced(Diagnostic.of(Rule.LEDGER_LINE_UNREADABLE, "", "the ledger is not a regular file (a folder, a link or a device)",
          "the ledger is the file " + Ledger.FILE + " that apply writes; put it back"), file));
      return state;
    }
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      state.exists = true;
      state.length = LedgerLines.read(in, state::check);
    } catch (NoSuchFileException e) {
      state.exists = false;
    } catch (IOException e) {
      state.problems.add(sourced(Diagnostic.of(Rule.LEDGER_LINE_UNREADABLE, "", "cannot read the ledger: " + IoErrors.reason(e), "check that the file can be read"), file));
      return state;
    }
    state.checkHead(folder.resolve(Ledger.HEAD));
    return state;
  }

  private void check(LedgerLines.Line line) {
    lines = line.number();
    if (line.terminated()) {
      terminated = line.number();
    }
    boolean previousKnown = lastKnown;
    ContentHash previousHash = lastHash;
    lastKnown = false;
    lastHash = null;
    if (!line.terminated()) {
      problems.add(at(line, 1, Diagnostic.of(Rule.LEDGER_LINE_TORN, "", String.format(Locale.ROOT,
          "the last line (%,d bytes from byte %,d) does not end with a line break: an append was cut short, by a crash or a full disk, "
              + "so it records nothing", line.length(), line.offset()),
          String.format(Locale.ROOT, "keep a copy of the ledger, look at the line, then cut it off: truncate -s %d %s; "
              + "apply and mark never cut the ledger themselves", line.offset(), source))));
      return;
    }
    if (line.tooLong()) {
      problems.add(at(line, 1, Diagnostic.of(Rule.LEDGER_LINE_UNREADABLE, "", String.format(Locale.ROOT,
          "the line is %,d bytes long, over the %,d a ledger line may hold (a record is a few KB), so it is not a record apply wrote",
          line.length(), LedgerLines.MAX_LINE_BYTES), "restore the ledger from a backup")));
      return;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line.bytes()))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(at(line, 1, Diagnostic.of(Rule.LEDGER_LINE_UNREADABLE, "", "the line is not UTF-8 text", "restore the ledger from a backup")));
      return;
    }
    JsonNode tree;
    try {
      tree = RecordJson.MAPPER.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation where = e.getLocation();
      int column = where != null && where.getColumnNr() > 0 ? where.getColumnNr() : 1;
      problems.add(at(line, column, Diagnostic.of(Rule.LEDGER_LINE_UNREADABLE, "", "the line is not JSON: " + firstLine(e.getOriginalMessage()),
          "restore the ledger from a backup; apply and mark write one JSON object per line")));
      return;
    }
    if (tree == null || !tree.isObject()) {
      problems.add(at(line, 1, Diagnostic.of(Rule.LEDGER_LINE_UNREADABLE, "", "the line is " + (tree == null || tree.isMissingNode() ? "empty" : JsonKinds.of(tree))
          + ", not a record (a JSON object)", "restore the ledger from a backup; apply and mark write one JSON object per line")));
      return;
    }
    ObjectNode node = (ObjectNode) tree;
    List<Diagnostic> found = new ArrayList<>();
    Optional<ContentHash> stated = Optional.empty();
    JsonNode hashNode = node.get("hash");
    if (hashNode == null) {
      found.add(Diagnostic.of(Rule.LEDGER_BAD_RECORD, "", "the field 'hash' is missing", "apply and mark always write it; the record was cut or edited"));
    } else if (!hashNode.isString()) {
      found.add(Diagnostic.of(Rule.LEDGER_BAD_RECORD, "/hash", "expected a string but found " + JsonKinds.of(hashNode),
          "apply and mark never write this; the record was edited"));
    } else {
      stated = RecordJson.parseHash("/hash", hashNode.stringValue(), found);
    }
    Optional<LedgerRecord> record = RecordJson.read(node, found);
    stated.ifPresent(h -> {
      lastHash = h;
      lastKnown = true;
      statedHashes.put(line.number(), h);
    });
    if (!found.isEmpty() || record.isEmpty()) {
      found.forEach(d -> problems.add(at(line, 1, d)));
      return;
    }
    LedgerRecord r = record.get();
    Optional<Diagnostic> broken = integrity(line, text, node, r, stated.get(), previousKnown, previousHash);
    // A record that reads but was edited or moved still counts for what follows (its application's
    // number, its folder), so one broken line is one error, not a cascade.
    if (r instanceof ApplicationRecord a) {
      Integer earlier = folders.get(a.folder());
      if (broken.isEmpty() && earlier != null) {
        broken = Optional.of(Diagnostic.of(Rule.LEDGER_BAD_RECORD, "/folder", "folder '" + a.folder() + "' is recorded at line " + earlier + " already",
            "each application has a folder of its own; restore the ledger from a backup"));
      } else if (broken.isEmpty() && a.number() != applications + 1) {
        broken = Optional.of(Diagnostic.of(Rule.LEDGER_CHAIN_BROKEN, "/number", "the record is application " + a.number() + ", but "
            + applications + " application" + (applications == 1 ? " comes" : "s come") + " before it",
            "applications are numbered 1, 2, 3… in ledger order; restore the ledger from a backup"));
      }
      applications++;
      folders.putIfAbsent(a.folder(), line.number());
    } else if (broken.isEmpty() && r instanceof StatusRecord s && !folders.containsKey(s.application())) {
      broken = Optional.of(Diagnostic.of(Rule.LEDGER_BAD_RECORD, "/application", "the status names application '" + s.application()
          + "', which no earlier record is", "a status follows the record of its application; restore the ledger from a backup"));
    }
    if (broken.isPresent()) {
      problems.add(at(line, 1, broken.get()));
    } else {
      records.add(r);
    }
  }

  /** The first way the line is not the record apply wrote in this place: edited, renumbered, or chained to another record. */
  private static Optional<Diagnostic> integrity(LedgerLines.Line line, String text, ObjectNode node, LedgerRecord r, ContentHash stated,
      boolean previousKnown, ContentHash previousHash) {
    String restore = "restore the ledger from a backup; a record is never edited, a status change is appended with lake applications mark";
    if (!LakeHashes.canonicalJson(node).equals(text)) {
      return Optional.of(Diagnostic.of(Rule.LEDGER_RECORD_EDITED, "", "the line is not written as apply and mark write records "
          + "(RFC 8785 canonical JSON: no spaces, fields in order, one escape for each character): it was edited after it was written", restore));
    }
    if (!r.hash().equals(stated)) {
      return Optional.of(Diagnostic.of(Rule.LEDGER_RECORD_EDITED, "/hash", "the record was edited after it was written: its content hashes to "
          + r.hash() + ", but the line says " + stated, restore));
    }
    if (r.seq() != line.number()) {
      return Optional.of(Diagnostic.of(Rule.LEDGER_CHAIN_BROKEN, "/seq", "line " + line.number() + " holds record " + r.seq() + ": "
          + (r.seq() > line.number() ? "a record before it was removed" : "records were moved or inserted before it"),
          "restore the ledger from a backup; records are never removed or reordered"));
    }
    if (previousKnown && !r.previous().equals(Optional.ofNullable(previousHash))) {
      return Optional.of(Diagnostic.of(Rule.LEDGER_CHAIN_BROKEN, "/prev", r.previous().isEmpty()
              ? "the record names no previous record, but it follows line " + (line.number() - 1)
              : "the record names " + r.previous().get() + " as the record before it, but line " + (line.number() - 1) + " is "
                  + (previousHash == null ? "no record" : previousHash) + ": the record before it was replaced, removed or moved",
          "restore the ledger from a backup; records are never removed, replaced or reordered"));
    }
    return Optional.empty();
  }

  /** Compares the head file, when there is one, with the end of the ledger. */
  private void checkHead(Path head) {
    if (!Files.exists(head, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    String headSource = head.toString();
    String hint = "the head names the last record appended, so records cut from the end of the ledger show; it is rewritten after "
        + "every append. If it is damaged, delete it";
    byte[] bytes;
    try (InputStream in = Files.newInputStream(head, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes(MAX_HEAD_BYTES + 1);
    } catch (IOException e) {
      problems.add(sourced(Diagnostic.of(Rule.LEDGER_BAD_RECORD, "", "cannot read the head file: " + IoErrors.reason(e), hint), head));
      return;
    }
    Optional<Head> parsed = bytes.length > MAX_HEAD_BYTES ? Optional.empty() : Head.parse(new String(bytes, StandardCharsets.UTF_8));
    if (parsed.isEmpty()) {
      problems.add(sourced(Diagnostic.of(Rule.LEDGER_BAD_RECORD, "", "the head file is not what apply writes ({\"hash\":\"sha256:…\",\"seq\":N})", hint),
          head));
      return;
    }
    Head h = parsed.get();
    if (h.seq() > terminated) {
      problems.add(Diagnostic.of(Rule.LEDGER_CHAIN_BROKEN, "", "the ledger ends after line " + terminated + ", but " + headSource + " says it held "
          + h.seq() + " records, the last " + h.hash() + ": record" + (h.seq() == terminated + 1 ? " " + h.seq() + " was"
              : "s " + (terminated + 1) + "–" + h.seq() + " were") + " cut from its end",
          "restore the ledger from a backup; apply and mark never cut it. If you cut it on purpose, delete " + headSource)
          .at(source, terminated + 1, 1));
      return;
    }
    ContentHash stated = statedHashes.get((int) h.seq());
    if (stated != null && !stated.equals(h.hash())) {
      problems.add(Diagnostic.of(Rule.LEDGER_CHAIN_BROKEN, "", "record " + h.seq() + " is not the record " + headSource + " names (" + h.hash()
          + "): it was replaced", "restore the ledger from a backup; records are never replaced").at(source, (int) h.seq(), 1));
    }
  }

  private Diagnostic at(LedgerLines.Line line, int column, Diagnostic d) {
    return d.at(source, line.number(), column);
  }

  private static Diagnostic sourced(Diagnostic d, Path file) {
    return ImmutableDiagnostic.copyOf(d).withSource(file.toString());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** The records that read cleanly, in ledger order. */
  List<LedgerRecord> records() {
    return List.copyOf(records);
  }

  /** Every problem, located, in line order (the head's last). */
  List<Diagnostic> problems() {
    return List.copyOf(problems);
  }

  /** Whether the ledger holds: no error at all. */
  boolean holds() {
    return problems.stream().noneMatch(Diagnostic::isError);
  }

  /** Whether the ledger file exists. */
  boolean exists() {
    return exists;
  }

  /** The ledger's length in bytes. */
  long length() {
    return length;
  }

  /** The seq of the next record. */
  long nextSeq() {
    return lines + 1L;
  }

  /** The number of the next application. */
  int nextNumber() {
    return applications + 1;
  }

  /** The hash of the last record; empty for an empty ledger. */
  Optional<ContentHash> lastHash() {
    return Optional.ofNullable(lastHash);
  }

  /** Whether an application record names {@code folder}. */
  boolean records(String folder) {
    return folders.containsKey(folder);
  }
}
