package io.experiencelake.applications;

import io.experiencelake.core.Rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.hash.ContentHash;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.core.verify.VerifyOptions;
import io.experiencelake.render.RenderRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ApplyTests {

  @Nested
  class TheFolder {

    @Test
    void holdsTheDocumentsTheInterviewAnswersTheTailoringTheJobAdAndTheManifest(@TempDir Path dir) throws IOException {
      Applied applied = Ledger.open(dir).apply(Fixture.lake(), Fixture.textJob(),
          ImmutableApplyOptions.builder().today(Fixture.TODAY).company("Acme Ltd.").title("Platform Engineer, ML runs").build());

      Path folder = dir.resolve("2026-11-27-acme-ltd-platform-engineer-ml-runs");
      assertThat(applied.folder()).isEqualTo(folder);
      assertThat(files(folder)).containsExactly("cover-letter.md", "cv.md", "cv.txt", "interview.md", "job.txt", "manifest.json", "tailoring.md");
      assertThat(Files.readAllBytes(folder.resolve("job.txt"))).isEqualTo(Files.readAllBytes(Fixture.resource("job.txt")));
      assertThat(Files.readAllBytes(folder.resolve("manifest.json"))).isEqualTo(applied.run().manifest().bytes());
      JsonNode manifest = RecordJson.MAPPER.readTree(folder.resolve("manifest.json").toFile());
      assertThat(manifest.path("renderers").toString()).isEqualTo("[\"cover-letter\",\"cv\",\"interview\",\"job\",\"tailoring\"]");
      assertThat(dir.resolve(".2026-11-27-acme-ltd-platform-engineer-ml-runs.partial")).doesNotExist();
    }

    @Test
    void isNamedByDateAndCompanyAloneWhenThePlainTextAdHasNoTitleGiven(@TempDir Path dir) throws IOException {
      Applied applied = Ledger.open(dir).apply(Fixture.lake(), Fixture.textJob(), Fixture.options("Zürich Café & Co"));

      assertThat(applied.record().folder()).isEqualTo("2026-11-27-zurich-cafe-co");
      assertThat(applied.record().title()).isEmpty();
    }

    @Test
    void takesTheTitleOfAJsonResumeJobAndKeepsItsCopyAsJson(@TempDir Path dir) throws IOException {
      Applied applied = Ledger.open(dir).apply(Fixture.lake(), Fixture.jsonJob(), Fixture.options("Northwind"));

      assertThat(applied.record().folder()).isEqualTo("2026-11-27-northwind-senior-platform-engineer");
      assertThat(applied.record().title()).contains("Senior Platform Engineer");
      assertThat(applied.record().jobFile()).isEqualTo("job.json");
      assertThat(Files.readAllBytes(applied.folder().resolve("job.json"))).isEqualTo(Files.readAllBytes(Fixture.resource("job.json")));
    }

    @Test
    void getsASuffixWhenTheSameCompanyAndTitleAreAppliedToTwiceOnOneDay(@TempDir Path dir) throws IOException {
      Ledger ledger = Ledger.open(dir);
      ledger.apply(Fixture.lake(), Fixture.jsonJob(), Fixture.options("Acme"));
      Applied second = ledger.apply(Fixture.lake(), Fixture.jsonJob(), Fixture.options("Acme"));

      assertThat(second.record().folder()).isEqualTo("2026-11-27-acme-senior-platform-engineer-2");
      assertThat(second.record().number()).isEqualTo(2);
    }

    @Test
    void answersInterviewQuestionsForExactlyTheEntriesTheDocumentsSent(@TempDir Path dir) throws IOException {
      Applied applied = Ledger.open(dir).apply(Fixture.lake(), Fixture.textJob(),
          ImmutableApplyOptions.builder().today(Fixture.TODAY).company("Acme").top(1).build());

      assertThat(applied.record().entries()).hasSize(1);
      String sent = applied.record().entries().get(0).claim();
      String other = Fixture.lake().entries().stream().map(e -> e.claim()).filter(c -> !c.equals(sent)).findFirst().orElseThrow();
      String interview = Files.readString(applied.folder().resolve("interview.md"));
      assertThat(interview).contains(sent).doesNotContain(other);
      assertThat(Files.readString(applied.folder().resolve("cv.md"))).contains(sent).doesNotContain(other);
    }
  }

  @Nested
  class TheRecord {

    @Test
    void holdsTheHashesOfTheJobTheManifestTheLakeAndEachEntrySentWithItsClaimAndStatus(@TempDir Path dir) throws IOException {
      Applied applied = Ledger.open(dir).apply(Fixture.lake(), Fixture.textJob(),
          ImmutableApplyOptions.builder().today(Fixture.TODAY).company("Acme").contact("Sam Jones").build());

      ApplicationRecord record = applied.record();
      assertThat(record.seq()).isEqualTo(1);
      assertThat(record.previous()).isEmpty();
      assertThat(record.contact()).contains("Sam Jones");
      assertThat(record.job()).isEqualTo(ContentHash.sha256Of(Files.readAllBytes(Fixture.resource("job.txt"))));
      assertThat(record.manifest()).isEqualTo(ContentHash.sha256Of(Files.readAllBytes(applied.folder().resolve(RenderRun.MANIFEST))));
      assertThat(record.lake()).isEqualTo(LakeHashes.of(Fixture.lake()));
      assertThat(record.entries()).extracting(SentEntry::id).containsExactly("phase-gates", "writer-fencing");
      SentEntry fencing = record.entries().get(1);
      assertThat(fencing.hash()).isEqualTo(LakeHashes.entries(Fixture.lake()).get("writer-fencing"));
      assertThat(fencing.claim()).isEqualTo(Fixture.lake().entries().get(1).claim());
      assertThat(fencing.status()).isEqualTo(Fixture.lake().entries().get(1).status());
      assertThat(fencing.documents()).containsExactly("cover-letter", "cv");
      assertThat(Ledger.open(dir).records()).containsExactly(record);
    }

    @Test
    void isOneLineOfCanonicalJsonThatHashesToItsOwnHash(@TempDir Path dir) throws IOException {
      ApplicationRecord record = Ledger.open(dir).apply(Fixture.lake(), Fixture.textJob(), Fixture.options("Acme")).record();

      List<String> lines = Fixture.lines(dir.resolve(Ledger.FILE));
      assertThat(lines).hasSize(1);
      JsonNode line = RecordJson.MAPPER.readTree(lines.get(0));
      assertThat(LakeHashes.canonicalJson(line)).isEqualTo(lines.get(0));
      assertThat(line.get("hash").stringValue()).isEqualTo(record.hash().toString());
      assertThat(line.get("prev").isNull()).isTrue();
      assertThat(Files.readString(dir.resolve(Ledger.HEAD))).isEqualTo("{\"hash\":\"" + record.hash() + "\",\"seq\":1}\n");
    }

    @Test
    void chainsEachRecordToTheOneBefore(@TempDir Path dir) throws IOException {
      Ledger ledger = Ledger.open(dir);
      ApplicationRecord first = ledger.apply(Fixture.lake(), Fixture.textJob(), Fixture.options("Acme")).record();
      StatusRecord status = ledger.mark("1", ApplicationStatus.INTERVIEW, Fixture.TODAY.plusDays(6), Optional.of("with Sam"));
      ApplicationRecord second = ledger.apply(Fixture.lake(), Fixture.jsonJob(), Fixture.options("Northwind")).record();

      assertThat(status.previous()).contains(first.hash());
      assertThat(second.previous()).contains(status.hash());
      assertThat(second.seq()).isEqualTo(3);
      assertThat(ledger.records()).containsExactly(first, status, second);
      assertThat(ledger.verify()).isEmpty();
    }
  }

  @Nested
  class WithEvidence {

    @Test
    void sendsNoEntryWhoseEvidenceDoesNotVerifyAndSaysWhy(@TempDir Path dir) throws IOException {
      Path evidence = Fixture.evidence(dir.resolve("work"));
      Files.writeString(evidence.resolve("runs/gates.log"), "tampered\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

      Applied applied = Ledger.open(dir.resolve("applications")).apply(Fixture.lake(), Fixture.textJob(),
          ImmutableApplyOptions.builder().today(Fixture.TODAY).company("Acme").evidence(VerifyOptions.root(evidence)).build());

      assertThat(applied.record().entries()).extracting(SentEntry::id).containsExactly("writer-fencing");
      assertThat(applied.warnings()).filteredOn(d -> d.code().equals(Rule.ENTRY_NOT_SENT.code()))
          .singleElement()
          .satisfies(d -> assertThat(d.format()).contains("/entries/0", "entry 'phase-gates' was not sent", "runs/gates.log", "expected sha256"));
      assertThat(Files.readString(applied.folder().resolve("cv.md"))).doesNotContain("Gated each of 6 run phases");
    }

    @Test
    void sendsEveryEntryWhenAllOfItVerifies(@TempDir Path dir) throws IOException {
      Path evidence = Fixture.evidence(dir.resolve("work"));

      Applied applied = Ledger.open(dir.resolve("applications")).apply(Fixture.lake(), Fixture.textJob(),
          ImmutableApplyOptions.builder().today(Fixture.TODAY).company("Acme").evidence(VerifyOptions.root(evidence)).build());

      assertThat(applied.record().entries()).hasSize(2);
      assertThat(applied.warnings()).noneMatch(d -> d.code().equals(Rule.ENTRY_NOT_SENT.code()));
    }
  }

  @Nested
  class Refusals {

    @Test
    void aJobNoEntryMatchesWritesNothing(@TempDir Path dir) throws IOException {
      Path job = dir.resolve("job.txt");
      Files.writeString(job, "Pastry chef: croissants, laminated dough, ovens.");

      assertThatThrownBy(() -> Ledger.open(dir.resolve("applications")).apply(Fixture.lake(), JobFile.read(job), Fixture.options("Bakery")))
          .isInstanceOf(LakeException.class)
          .hasMessageContaining("matches a term of the job");
      assertThat(dir.resolve("applications")).doesNotExist();
    }

    @Test
    void anUnknownApplicationIsALocatedError(@TempDir Path dir) throws IOException {
      Ledger ledger = Ledger.open(dir);
      ledger.apply(Fixture.lake(), Fixture.textJob(), Fixture.options("Acme"));
      byte[] before = Fixture.bytes(ledger.file());

      assertThatThrownBy(() -> ledger.mark("7", ApplicationStatus.OFFER, Fixture.TODAY, Optional.empty()))
          .isInstanceOfSatisfying(LakeException.class, e -> assertThat(e.diagnostics()).singleElement()
              .satisfies(d -> assertThat(d.format()).startsWith(ledger.file() + " / error LAKE-A010: no application has the number or folder '7'")));
      assertThat(Fixture.bytes(ledger.file())).isEqualTo(before);
    }
  }

  @Nested
  class Diff {

    @Test
    void reportsAChangedClaimAChangedStatusARemovedEntryAndAnUnchangedOne(@TempDir Path dir) throws IOException {
      Ledger ledger = Ledger.open(dir);
      ApplicationRecord sent = ledger.apply(Fixture.lake(), Fixture.textJob(), Fixture.options("Acme")).record();
      var lake = Fixture.lake();
      var gates = lake.entries().get(0);
      var changedClaim = io.experiencelake.core.ImmutableLakeEntry.copyOf(gates).withClaim(gates.claim() + " across 7 phases");
      var today = io.experiencelake.core.ImmutableLake.copyOf(lake).withEntries(changedClaim);

      List<EntryChange> changes = Ledger.diff(sent, today);

      assertThat(changes).extracting(c -> c.sent().id()).containsExactly("phase-gates", "writer-fencing");
      assertThat(changes.get(0).changed()).containsExactly(EntryChange.Part.CLAIM);
      assertThat(changes.get(1).removed()).isTrue();
      assertThat(Ledger.diff(sent, lake)).allMatch(EntryChange::unchanged);

      var fencing = lake.entries().get(1);
      var done = io.experiencelake.core.ImmutableLakeEntry.copyOf(fencing).withStatus(io.experiencelake.core.Achieved.on(Fixture.TODAY));
      var otherPart = io.experiencelake.core.ImmutableLakeEntry.copyOf(gates).withConstraint("Timers promoted runs");
      assertThat(Ledger.diff(sent, io.experiencelake.core.ImmutableLake.copyOf(lake).withEntries(otherPart, done)))
          .extracting(EntryChange::changed)
          .containsExactly(java.util.Set.of(EntryChange.Part.OTHER), java.util.Set.of(EntryChange.Part.STATUS));
    }
  }

  static List<String> files(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().collect(Collectors.toList());
    }
  }

  static List<String> codes(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::code).collect(Collectors.toList());
  }
}
