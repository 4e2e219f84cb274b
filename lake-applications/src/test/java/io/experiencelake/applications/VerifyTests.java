package io.experiencelake.applications;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyTests {

  @TempDir
  Path dir;

  Ledger ledger;
  Applied first;
  Applied second;

  @BeforeEach
  void twoApplicationsAndAStatus() throws IOException {
    ledger = Ledger.open(dir);
    first = ledger.apply(Fixture.lake(), Fixture.textJob(), Fixture.options("Acme"));
    ledger.mark("1", ApplicationStatus.SCREENING, Fixture.TODAY.plusDays(2), Optional.empty());
    second = ledger.apply(Fixture.lake(), Fixture.jsonJob(), Fixture.options("Northwind"));
  }

  @Test
  void findsNothingWrongWithWhatApplyAndMarkWrote() {
    assertThat(ledger.verify()).isEmpty();
  }

  @Test
  void readsOnlyAndNeverWrites() throws IOException {
    Files.writeString(second.folder().resolve("cv.md"), "changed\n");
    Map<String, String> before = FolderSnapshot.of(dir);

    assertThat(ledger.verify()).isNotEmpty();

    assertThat(FolderSnapshot.of(dir)).isEqualTo(before);
  }

  @Nested
  class AnApplicationFolder {

    @Test
    void withAChangedFileIsNamedWithTheFile() throws IOException {
      Files.writeString(first.folder().resolve("cv.md"), "\nOne more line.\n", StandardOpenOption.APPEND);

      assertThat(only(ledger.verify())).startsWith(first.folder().resolve("cv.md") + " / error LAKE-A006: 'cv.md' of application 1 (Acme) changed since it was sent");
    }

    @Test
    void withAMissingFileIsNamedWithTheFile() throws IOException {
      Files.delete(second.folder().resolve("interview.md"));

      assertThat(only(ledger.verify())).startsWith(second.folder().resolve("interview.md")
          + " / error LAKE-A006: 'interview.md' of application 2 (Northwind) is missing");
    }

    @Test
    void withAnAddedFileIsNamedWithTheFile() throws IOException {
      Files.writeString(first.folder().resolve("notes.txt"), "call Sam back\n");

      assertThat(only(ledger.verify())).startsWith(first.folder().resolve("notes.txt") + " / error LAKE-A006: 'notes.txt' was added");
    }

    @Test
    void withAnEditedManifestIsCaughtAgainstItsRecord() throws IOException {
      Path manifest = first.folder().resolve("manifest.json");
      Files.writeString(manifest, Files.readString(manifest).replace("\"cv\"", "\"cv\" "));

      assertThat(only(ledger.verify())).startsWith(manifest + " / error LAKE-A006: manifest.json changed since application 1 (Acme) was recorded");
    }

    @Test
    void thatIsMissingIsNamed() throws IOException {
      Path moved = dir.resolve(".moved");
      Files.move(first.folder(), moved);

      assertThat(only(ledger.verify())).startsWith(first.folder() + " / error LAKE-A006: the folder of application 1 (Acme) is missing");
    }

    @Test
    void withNoRecordIsNamed() throws IOException {
      Path stray = dir.resolve("2026-11-28-globex");
      Files.createDirectory(stray);
      Files.writeString(stray.resolve("cv.md"), "a CV\n");

      assertThat(only(ledger.verify())).startsWith(stray + " / error LAKE-A007: the folder has no record in the ledger");
    }

    @Test
    void writtenWhoseRecordWasNeverAppendedIsNamedAndTheNextApplyStillLands() throws IOException {
      // The state a crash between the folder's rename and the append leaves (KilledApplyTests hits it only by chance).
      ApplicationFolder.write(dir, "2026-11-27-globex", ApplicationFolder.files(first.run()));

      assertThat(only(ledger.verify())).startsWith(dir.resolve("2026-11-27-globex") + " / error LAKE-A007");
      Applied next = ledger.apply(Fixture.lake(), Fixture.textJob(), Fixture.options("Globex"));
      assertThat(next.record().folder()).isEqualTo("2026-11-27-globex-2");
      assertThat(ledger.verify()).extracting(Diagnostic::code).containsExactly("LAKE-A007");
    }

    @Test
    void leftUnfinishedByAnInterruptedApplyIsAWarning() throws IOException {
      Path partial = dir.resolve(".2026-11-28-globex" + ApplicationFolder.PARTIAL);
      Files.createDirectory(partial);

      List<Diagnostic> problems = ledger.verify();

      assertThat(only(problems)).startsWith(partial + " / warning LAKE-A008: an apply stopped before this folder was complete");
      assertThat(problems).noneMatch(Diagnostic::isError);
    }
  }

  @Nested
  class TheLedger {

    @Test
    void withATornLastLineSaysWhereToCutIt() throws IOException {
      long length = Files.size(ledger.file());
      Files.write(ledger.file(), "{\"seq\":4,\"kind\":\"sta".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

      assertThat(only(ledger.verify())).startsWith(ledger.file() + ":4:1 / error LAKE-A002: the last line (20 bytes from byte " + String.format(java.util.Locale.ROOT, "%,d", length))
          .contains("truncate -s " + length + " " + ledger.file());
    }

    @Test
    void withItsLastRecordCutOffIsCaughtByTheHead() throws IOException {
      List<String> lines = Fixture.lines(ledger.file());
      Files.writeString(ledger.file(), lines.get(0) + "\n" + lines.get(1) + "\n");

      List<Diagnostic> problems = ledger.verify();

      assertThat(problems).extracting(Diagnostic::code).containsExactly("LAKE-A005", "LAKE-A007");
      assertThat(problems.get(0).format()).startsWith(ledger.file() + ":3:1 / error LAKE-A005: the ledger ends after line 2, but ");
      assertThat(problems.get(1).format()).startsWith(second.folder() + " / error LAKE-A007");
    }

    @Test
    void withAStatusRecordEditedIsCaughtAtItsLine() throws IOException {
      Path file = ledger.file();
      Files.writeString(file, Files.readString(file).replace("\"status\":\"screening\"", "\"status\":\"offer\""));

      assertThat(only(ledger.verify())).startsWith(file + ":2:1 /hash error LAKE-A004: the record was edited after it was written");
    }

    @Test
    void withTwoRecordsSwappedIsCaughtAtTheFirst() throws IOException {
      List<String> lines = Fixture.lines(ledger.file());
      Files.writeString(ledger.file(), lines.get(0) + "\n" + lines.get(2) + "\n" + lines.get(1) + "\n");

      assertThat(ledger.verify().get(0).format()).startsWith(ledger.file() + ":2:1 /seq error LAKE-A005: line 2 holds record 3");
    }
  }

  private static String only(List<Diagnostic> problems) {
    assertThat(problems).as("%s", problems).hasSize(1);
    return problems.get(0).format();
  }

  static boolean isWarning(Diagnostic d) {
    return d.severity() == Severity.WARNING;
  }
}
