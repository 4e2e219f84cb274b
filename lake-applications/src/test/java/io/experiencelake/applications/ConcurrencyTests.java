package io.experiencelake.applications;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Lake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTests {

  @Test
  void appliesAndMarksFromSeveralThreadsAllLandInOneValidChain(@TempDir Path dir) throws Exception {
    Ledger.open(dir).apply(Fixture.lake(), Fixture.textJob(), Fixture.options("Acme"));
    Lake lake = Fixture.lake();
    JobFile job = Fixture.textJob();
    int threads = 4;
    int each = 3;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        boolean marks = t % 2 == 0;
        done.add(pool.submit(() -> {
          start.await();
          Ledger ledger = Ledger.open(dir);   // an instance per thread, as separate tools would have
          for (int i = 0; i < each; i++) {
            if (marks) {
              ledger.mark("1", ApplicationStatus.SCREENING, Fixture.TODAY, Optional.of("thread note " + i));
            } else {
              ledger.apply(lake, job, Fixture.options("Acme"));
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    assertOneValidChain(dir, 1 + threads * each, 1 + threads / 2 * each);
  }

  @Test
  void appliesFromTwoProcessesAtOnceAllLandInOneValidChain(@TempDir Path dir) throws Exception {
    int each = 3;
    Process a = LedgerChild.start(dir, each, "Acme");
    Process b = LedgerChild.start(dir, each, "Acme");
    String outA = new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String outB = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(a.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(b.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(a.exitValue()).as(outA).isZero();
    assertThat(b.exitValue()).as(outB).isZero();
    assertThat(outA.lines().filter(l -> l.startsWith("applied ")).count()).as(outA).isEqualTo(each);
    assertThat(outB.lines().filter(l -> l.startsWith("applied ")).count()).as(outB).isEqualTo(each);

    assertOneValidChain(dir, 2 * each, 2 * each);
  }

  private static void assertOneValidChain(Path dir, int records, int applications) throws IOException {
    Ledger ledger = Ledger.open(dir);
    assertThat(ledger.verify()).isEmpty();
    List<LedgerRecord> all = ledger.records();
    assertThat(all).hasSize(records);
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).seq()).isEqualTo(i + 1);
      assertThat(all.get(i).previous()).isEqualTo(i == 0 ? Optional.empty() : Optional.of(all.get(i - 1).hash()));
    }
    List<ApplicationRecord> apps = all.stream().filter(r -> r instanceof ApplicationRecord).map(r -> (ApplicationRecord) r)
        .collect(Collectors.toList());
    assertThat(apps).extracting(ApplicationRecord::number).containsExactlyElementsOf(
        java.util.stream.IntStream.rangeClosed(1, applications).boxed().collect(Collectors.toList()));
    assertThat(apps).extracting(ApplicationRecord::folder).doesNotHaveDuplicates();
  }
}
