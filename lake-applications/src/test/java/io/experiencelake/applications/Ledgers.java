package io.experiencelake.applications;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Current;
import io.experiencelake.core.Status;
import io.experiencelake.core.hash.ContentHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Generated ledgers: records chained as apply and mark chain them, written as they write them (without folders). */
final class Ledgers {

  /** What one generated record holds before it is chained. */
  record Spec(boolean application, String company, String claim, Status status, ApplicationStatus event, Optional<String> note, int pick) {}

  private Ledgers() {}

  /** Any text a person might type: every BMP character but the surrogates, control characters included. */
  static Gen<String> text() {
    return SourceDSL.strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 24);
  }

  static Gen<Spec> specs() {
    Gen<Status> statuses = SourceDSL.integers().between(0, 3000).zip(SourceDSL.booleans().all(), (day, done) -> done
        ? (Status) Achieved.on(LocalDate.of(2020, 1, 1).plusDays(day))
        : Current.asOf(LocalDate.of(2020, 1, 1).plusDays(day), "step " + day));
    Gen<Optional<String>> notes = text().zip(SourceDSL.booleans().all(), (t, present) -> present ? Optional.of(t) : Optional.empty());
    return SourceDSL.booleans().all().zip(text(), text(), statuses, (app, company, claim, status) -> new Spec(app, "C" + company, claim, status,
            ApplicationStatus.APPLIED, Optional.empty(), 0))
        .zip(Generate.enumValues(ApplicationStatus.class), notes, SourceDSL.integers().between(0, 1000),
            (s, event, note, pick) -> new Spec(s.application(), s.company(), s.claim(), s.status(), event, note, pick));
  }

  /** Ledgers of 1 to 12 records, the first an application. */
  static Gen<List<LedgerRecord>> ledgers() {
    return SourceDSL.lists().of(specs()).ofSizeBetween(1, 12).map(Ledgers::chain);
  }

  /** The records of {@code specs}, chained; the first always an application, so a status has one to name. */
  static List<LedgerRecord> chain(List<Spec> specs) {
    List<LedgerRecord> records = new ArrayList<>();
    List<String> folders = new ArrayList<>();
    Optional<ContentHash> previous = Optional.empty();
    for (Spec spec : specs) {
      long seq = records.size() + 1L;
      LedgerRecord record;
      if (spec.application() || folders.isEmpty()) {
        String folder = "2026-11-27-company-" + (folders.size() + 1);
        folders.add(folder);
        record = ImmutableApplicationRecord.builder()
            .seq(seq)
            .number(folders.size())
            .date(LocalDate.of(2026, 11, 27))
            .company(spec.company())
            .folder(folder)
            .jobFile(JobFile.TEXT_COPY)
            .job(ContentHash.sha256Of(spec.company().getBytes(StandardCharsets.UTF_8)))
            .manifest(ContentHash.sha256Of(spec.claim().getBytes(StandardCharsets.UTF_8)))
            .lake(ContentHash.sha256Of(new byte[] {(byte) seq}))
            .previous(previous)
            .addEntries(ImmutableSentEntry.builder()
                .id("entry-" + seq)
                .hash(ContentHash.sha256Of(new byte[] {1, (byte) seq}))
                .claim(spec.claim())
                .status(spec.status())
                .evidence(ContentHash.sha256Of(new byte[] {2, (byte) seq}))
                .addDocuments("cv")
                .build())
            .build();
      } else {
        record = ImmutableStatusRecord.builder()
            .seq(seq)
            .application(folders.get(spec.pick() % folders.size()))
            .status(spec.event())
            .on(LocalDate.of(2026, 12, 1))
            .previous(previous)
            .note(spec.note())
            .build();
      }
      records.add(record);
      previous = Optional.of(record.hash());
    }
    return records;
  }

  /** The ledger's bytes: each record's line, as apply writes it. */
  static byte[] bytes(List<LedgerRecord> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (LedgerRecord record : records) {
      out.writeBytes((RecordJson.line(record) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  /** Writes {@code ledger} and a head naming {@code last} into a new folder. */
  static Path write(byte[] ledger, LedgerRecord last) {
    try {
      Path folder = Files.createTempDirectory("ledger-");
      Files.write(folder.resolve(Ledger.FILE), ledger);
      Files.writeString(folder.resolve(Ledger.HEAD), Head.of(last).text());
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line of the first error the ledger in {@code folder} has, if any. */
  static OptionalInt firstErrorLine(Path folder) {
    return LedgerState.read(folder).problems().stream()
        .filter(d -> d.isError())
        .mapToInt(d -> d.line().orElse(Integer.MAX_VALUE))
        .min();
  }

  static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The offset of each line's first byte, and one past the end. */
  static List<Integer> lineStarts(byte[] ledger) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < ledger.length; i++) {
      if (ledger[i] == '\n') {
        starts.add(i + 1);
      }
    }
    return starts;
  }
}
