package io.experiencelake.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.applications.ApplicationRecord;
import io.experiencelake.applications.ApplicationStatus;
import io.experiencelake.applications.Applied;
import io.experiencelake.applications.EntryChange;
import io.experiencelake.applications.ImmutableApplyOptions;
import io.experiencelake.applications.JobFile;
import io.experiencelake.applications.Ledger;
import io.experiencelake.applications.SentEntry;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.verify.VerifyOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed lake applied to the two job ads in {@code jobs/}: one plain text, one JSON Resume job document. */
class SeedLakeApplicationsTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final Path JOBS = Path.of("jobs");

  @Test
  void appliesToBothJobAdsVerifiesMarksAndDiffs(@TempDir Path dir) throws IOException {
    Lake lake = SeedLake.lake();
    Ledger ledger = Ledger.open(dir);

    Applied acme = ledger.apply(lake, JobFile.read(JOBS.resolve("acme-ml-platform.txt")), ImmutableApplyOptions.builder()
        .today(TODAY).company("Acme Payments").title("ML Platform Engineer").contact("Sam Jones")
        .evidence(VerifyOptions.root(SeedLakeClaimsTests.EVIDENCE)).build());
    Applied northwind = ledger.apply(lake, JobFile.read(JOBS.resolve("northwind-data-contracts.json")),
        ImmutableApplyOptions.builder().today(TODAY).company("Northwind Health").top(4).build());
    ledger.mark("1", ApplicationStatus.SCREENING, TODAY.plusDays(3), Optional.of("recruiter call"));

    assertThat(acme.record().folder()).isEqualTo("2026-11-27-acme-payments-ml-platform-engineer");
    assertThat(ids(acme.record())).containsExactly("phase-gates", "run-identity", "kinesis-start-positions", "shard-starvation",
        "connection-churn");
    // The repro step of canonical-hashes is not run without allowCommands, so it is never sent with evidence checked.
    assertThat(acme.warnings()).anySatisfy(d -> assertThat(d.message()).startsWith("entry 'canonical-hashes' was not sent"));
    assertThat(northwind.record().folder()).isEqualTo("2026-11-27-northwind-health-senior-data-platform-engineer");
    assertThat(ids(northwind.record())).hasSize(4).contains("offline-schema-resolver", "dev-min-budget");
    assertThat(Files.readString(northwind.folder().resolve("interview.md")))
        .contains(northwind.record().entries().stream().map(SentEntry::claim).collect(Collectors.toList()).toArray(new String[0]));
    assertThat(ledger.verify()).isEmpty();
    assertThat(ledger.records()).hasSize(3);

    LakeEntry gates = lake.entries().get(0);
    Lake later = ImmutableLake.copyOf(lake).withEntries(lake.entries().stream()
        .filter(e -> !e.id().equals("shard-starvation"))
        .map(e -> e == gates ? ImmutableLakeEntry.copyOf(e).withClaim(e.claim().replace("212", "230")) : e)
        .collect(Collectors.toList()));
    List<EntryChange> changes = Ledger.diff(ledger.application("1"), later);
    assertThat(changes).filteredOn(c -> c.sent().id().equals("phase-gates")).singleElement()
        .satisfies(c -> assertThat(c.changed()).containsExactly(EntryChange.Part.CLAIM));
    assertThat(changes).filteredOn(c -> c.sent().id().equals("shard-starvation")).singleElement()
        .satisfies(c -> assertThat(c.removed()).isTrue());
    assertThat(changes).filteredOn(EntryChange::unchanged).hasSize(3);
  }

  private static List<String> ids(ApplicationRecord record) {
    return record.entries().stream().map(SentEntry::id).collect(Collectors.toList());
  }
}
