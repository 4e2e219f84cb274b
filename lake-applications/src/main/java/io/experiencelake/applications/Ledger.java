package io.experiencelake.applications;

import io.experiencelake.core.Rule;
import io.experiencelake.core.AtomicFiles;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.IoErrors;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.render.Artifact;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The applications folder and its ledger: apply to a job, mark an application's status, read the
 * records, verify them, and compare what was sent with the lake today.
 *
 * <p>The folder holds one folder per application and three files: {@value #FILE}, the ledger (JSON
 * Lines, one {@link LedgerRecord} per line, append-only and hash-chained); {@value #HEAD}, the seq and
 * hash of the last record appended, so records cut from the end show; and {@value #LOCK}, which
 * only serves as the lock. Every append takes an exclusive lock (between threads and processes),
 * reads and checks the whole ledger, refuses to write to one that does not verify (nothing is
 * repaired or cut), writes, and flushes to disk before it returns. An apply renders in memory first,
 * writes the application's folder whole (a hidden sibling renamed into place), and only then
 * appends its record: a crash leaves no trace, a hidden unfinished folder, or a complete folder
 * {@link #verify()} names as unrecorded; never a record without its folder.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.open(Path.of("applications"));
 * Applied applied = ledger.apply(lake, JobFile.read(Path.of("job.txt")), ApplyOptions.of(LocalDate.of(2026, 11, 27), "Acme"));
 * ledger.mark("1", ApplicationStatus.INTERVIEW, LocalDate.of(2026, 12, 3), Optional.of("with Sam"));
 * List<Diagnostic> problems = ledger.verify();                  // empty: every record and folder holds
 * List<EntryChange> changes = Ledger.diff(ledger.application("1"), lakeToday);
 * }</pre>
 */
public final class Ledger {

  /** The ledger's file name in the applications folder. */
  public static final String FILE = "ledger.jsonl";

  /** The head file's name: the seq and hash of the last record appended. */
  public static final String HEAD = "ledger.head";

  /** The lock file's name; never written, replaced or deleted. */
  public static final String LOCK = "ledger.lock";

  private final Path folder;

  private Ledger(Path folder) {
    this.folder = folder;
  }

  /** The ledger of the applications folder {@code folder}; nothing is read or created until it is used. */
  public static Ledger open(Path folder) {
    return new Ledger(folder);
  }

  /** The applications folder. */
  public Path folder() {
    return folder;
  }

  /** The ledger file, {@code folder/ledger.jsonl}. */
  public Path file() {
    return folder.resolve(FILE);
  }

  /**
   * Every record, in ledger order; empty when there is no ledger yet.
   *
   * @throws LakeException carrying every problem, located at its line, when the ledger does not verify
   */
  public List<LedgerRecord> records() {
    LedgerState state = LedgerState.read(folder);
    if (!state.holds()) {
      throw new LakeException(state.problems());
    }
    return state.records();
  }

  /**
   * The application whose number ({@code 1}, {@code 2}…) or folder name is {@code id}.
   *
   * @throws LakeException when the ledger does not verify, or no application has that number or folder
   */
  public ApplicationRecord application(String id) {
    return find(records(), id);
  }

  /**
   * Verifies the whole record: every ledger line (readable, unedited, in its place in the chain), the
   * head, each application's folder against its manifest and record, and that every folder has a
   * record. Reads only; never writes.
   *
   * @return every problem found, located by ledger line or by folder and file; no error means it all holds
   *     (a warning names a folder an interrupted apply left unfinished)
   */
  public List<Diagnostic> verify() {
    if (!Files.isDirectory(folder)) {
      return List.of(ImmutableDiagnostic.copyOf(Diagnostic.of(Rule.UNKNOWN_APPLICATION, "", "there is no applications folder here",
          "run lake apply first, or name the folder that holds " + FILE)).withSource(folder.toString()));
    }
    LedgerState state = LedgerState.read(folder);
    List<Diagnostic> problems = new ArrayList<>(state.problems());
    for (LedgerRecord record : state.records()) {
      if (record instanceof ApplicationRecord application) {
        problems.addAll(ApplicationFolder.check(folder, application));
      }
    }
    problems.addAll(ApplicationFolder.unrecorded(folder, state));
    return List.copyOf(problems);
  }

  /** Every way the folder of {@code application} differs from its manifest and record; empty when it is intact. */
  public List<Diagnostic> checkFolder(ApplicationRecord application) {
    return ApplicationFolder.check(folder, application);
  }

  /**
   * Tailors {@code lake} to {@code job}, renders what the application sends into a new folder
   * {@code <date>-<company>-<title>} (a suffix {@code -2}, {@code -3}… when that name is taken), and
   * appends its record; see the class comment for the order of the writes.
   *
   * @throws LakeException when the lake has errors, no entry matches the job, the record would be
   *     over a ledger line's limit, or the ledger does not verify; nothing is written then
   * @throws IOException when a file cannot be written; what was written is then either removed or a
   *     folder {@link #verify()} names as unrecorded
   */
  public Applied apply(Lake lake, JobFile job, ApplyOptions options) throws IOException {
    Sending.Prepared prepared = Sending.prepare(lake, job, options);
    Optional<String> title = options.title().or(() -> job.ad().title()).filter(t -> !t.isBlank());
    String base = Slugs.folderName(options.today(), options.company(), title);
    List<Artifact> files = ApplicationFolder.files(prepared.run());
    Files.createDirectories(folder);
    return LedgerLock.hold(folder, () -> {
      LedgerState state = requireHolds();
      String name = base;
      for (int i = 2; state.records(name) || Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS); i++) {
        name = base + "-" + i;
      }
      ApplicationRecord record = ImmutableApplicationRecord.builder()
          .seq(state.nextSeq())
          .number(state.nextNumber())
          .date(options.today())
          .company(options.company())
          .folder(name)
          .jobFile(job.copyName())
          .job(job.sha256())
          .manifest(prepared.run().manifest().sha256())
          .lake(prepared.run().lakeHash())
          .previous(state.lastHash())
          .title(title)
          .contact(options.contact())
          .addAllEntries(prepared.sent())
          .build();
      byte[] line = line(record);
      ApplicationFolder.write(folder, name, files);
      append(state, line, record);
      return ImmutableApplied.builder()
          .record(record)
          .folder(folder.resolve(name))
          .run(prepared.run())
          .addAllWarnings(prepared.warnings())
          .build();
    });
  }

  /**
   * Appends a status event for the application whose number or folder name is {@code id}.
   *
   * @throws LakeException when the ledger does not verify, no application has that id, or the note is
   *     too long for a ledger line; nothing is written then
   * @throws IOException when the ledger cannot be written; it is then as it was
   */
  public StatusRecord mark(String id, ApplicationStatus status, LocalDate on, Optional<String> note) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw unknown(id, "there is no applications folder " + folder);
    }
    return LedgerLock.hold(folder, () -> {
      LedgerState state = requireHolds();
      ApplicationRecord application = find(state.records(), id);
      StatusRecord record = ImmutableStatusRecord.builder()
          .seq(state.nextSeq())
          .application(application.folder())
          .status(status)
          .on(on)
          .previous(state.lastHash())
          .note(note)
          .build();
      append(state, line(record), record);
      return record;
    });
  }

  /**
   * Compares each entry {@code application} sent with the entry of the same id in {@code lake}: the
   * same content hash, which parts changed (claim, status, evidence, or only other parts), or gone.
   */
  public static List<EntryChange> diff(ApplicationRecord application, Lake lake) {
    List<EntryChange> changes = new ArrayList<>();
    for (SentEntry sent : application.entries()) {
      Optional<LakeEntry> now = lake.entries().stream().filter(e -> e.id().equals(sent.id())).findFirst();
      Set<EntryChange.Part> changed = EnumSet.noneOf(EntryChange.Part.class);
      if (now.isPresent() && !LakeHashes.of(now.get()).equals(sent.hash())) {
        LakeEntry entry = now.get();
        if (!entry.claim().equals(sent.claim())) {
          changed.add(EntryChange.Part.CLAIM);
        }
        if (!entry.status().equals(sent.status())) {
          changed.add(EntryChange.Part.STATUS);
        }
        if (!Sending.evidenceHash(entry).equals(sent.evidence())) {
          changed.add(EntryChange.Part.EVIDENCE);
        }
        if (changed.isEmpty()) {
          changed.add(EntryChange.Part.OTHER);
        }
      }
      changes.add(ImmutableEntryChange.builder().sent(sent).now(now).addAllChanged(changed).build());
    }
    return List.copyOf(changes);
  }

  /** The ledger's state, when it verifies. */
  private LedgerState requireHolds() {
    LedgerState state = LedgerState.read(folder);
    if (state.holds()) {
      return state;
    }
    List<Diagnostic> problems = new ArrayList<>(state.problems());
    problems.add(ImmutableDiagnostic.copyOf(Diagnostic.of(Rule.LEDGER_APPEND_REFUSED, "", "the ledger does not verify, so nothing was written",
        "fix what the lines above say (restore the ledger from a backup, or cut off a torn last line as its hint says), then run "
            + "lake applications verify; apply and mark never repair or cut a ledger themselves")).withSource(file().toString()));
    throw new LakeException(problems);
  }

  /** The record's line with its line break, when it is within a ledger line's limit. */
  private byte[] line(LedgerRecord record) {
    byte[] line = (RecordJson.line(record) + "\n").getBytes(StandardCharsets.UTF_8);
    if (line.length - 1 > LedgerLines.MAX_LINE_BYTES) {
      throw new LakeException(List.of(ImmutableDiagnostic.copyOf(Diagnostic.of(Rule.LEDGER_RECORD_TOO_LONG, "", String.format(Locale.ROOT,
          "the record would be %,d bytes, over the %,d a ledger line may hold", line.length - 1, LedgerLines.MAX_LINE_BYTES),
          "send fewer entries (--top) or write a shorter note")).withSource(file().toString())));
    }
    return line;
  }

  /**
   * Appends {@code line} at the end the state was read to, flushes it, then rewrites the head. A
   * write that fails part-way is cut back to where it began (only this append's own bytes), so a
   * failed append leaves the ledger as it was.
   */
  private void append(LedgerState state, byte[] line, LedgerRecord record) throws IOException {
    Path file = file();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      long end = channel.size();
      if (end != state.length()) {
        throw new IOException("the ledger changed while it was locked (" + state.length() + " bytes when read, " + end
            + " now): something wrote to it without taking " + LOCK);
      }
      try {
        channel.position(end);
        Durable.writeFully(channel, ByteBuffer.wrap(line));
        channel.force(true);
      } catch (IOException e) {
        try {
          channel.truncate(end);
          channel.force(true);
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    }
    if (!state.exists()) {
      Durable.syncFolder(folder);
    }
    try {
      AtomicFiles.write(folder.resolve(HEAD), Head.of(record).text().getBytes(StandardCharsets.UTF_8));
      Durable.syncFolder(folder);
    } catch (IOException e) {
      throw new IOException("record " + record.seq() + " was appended, but " + HEAD + " could not be updated (" + IoErrors.reason(e)
          + "); the ledger holds, and the head catches up at the next append", e);
    }
  }

  private ApplicationRecord find(List<LedgerRecord> records, String id) {
    boolean number = !id.isEmpty() && id.length() < 10 && id.chars().allMatch(c -> c >= '0' && c <= '9');
    List<String> known = new ArrayList<>();
    for (LedgerRecord record : records) {
      if (record instanceof ApplicationRecord a) {
        if (number ? a.number() == Integer.parseInt(id) : a.folder().equals(id)) {
          return a;
        }
        known.add(a.number() + " " + a.folder());
      }
    }
    throw unknown(id, known.isEmpty() ? "the ledger holds no application yet"
        : "the applications are " + (known.size() <= 5 ? String.join(", ", known) : known.size() + ": see lake applications list"));
  }

  private LakeException unknown(String id, String known) {
    return new LakeException(List.of(ImmutableDiagnostic.copyOf(Diagnostic.of(Rule.UNKNOWN_APPLICATION, "",
        "no application has the number or folder '" + Slugs.shown(id) + "'", known)).withSource(file().toString())));
  }
}
