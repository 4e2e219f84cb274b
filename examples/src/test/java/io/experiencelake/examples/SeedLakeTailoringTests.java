package io.experiencelake.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Lake;
import io.experiencelake.core.StatusKind;
import io.experiencelake.tailor.JobAd;
import io.experiencelake.tailor.Tailor;
import io.experiencelake.tailor.TailorOptions;
import io.experiencelake.tailor.TailoredEntry;
import io.experiencelake.tailor.Tailoring;
import io.experiencelake.tailor.TailoringMarkdown;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The seed lake tailored to a streaming-heavy ML platform job ad. */
class SeedLakeTailoringTests {

  private static final Lake LAKE = SeedLake.lake();

  private static JobAd ad() throws IOException {
    try (InputStream in = SeedLakeTailoringTests.class.getResourceAsStream("ml-platform-job.txt")) {
      return JobAd.ofText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void putsTheEntriesOfTheAdsFirstParagraphFirst() throws IOException {
    // The ad opens with Kinesis start positions, shard starvation and idempotent replays.
    Tailoring tailoring = Tailor.of(LAKE).tailor(ad(), TailorOptions.top(5));
    assertThat(tailoring.entries()).hasSize(5);
    assertThat(tailoring.entries().subList(0, 3)).extracting(TailoredEntry::entryId)
        .containsExactlyInAnyOrder("kinesis-start-positions", "shard-starvation", "run-identity");
    assertThat(tailoring.entries()).allSatisfy(e -> {
      assertThat(e.matchedTerms()).isNotEmpty();
      assertThat(e.status().kind()).isNotEqualTo(StatusKind.TARGET);
    });
    assertThat(tailoring.entries().get(0).matchedTerms()).contains("kinesis");
  }

  @Test
  void theSameAdGivesTheSameTailoringMd() throws IOException {
    assertThat(TailoringMarkdown.render(Tailor.of(SeedLake.lake()).tailor(ad())))
        .isEqualTo(TailoringMarkdown.render(Tailor.of(LAKE).tailor(ad())));
  }
}
