package io.experiencelake.tailor;

import static io.experiencelake.tailor.TailorLakes.DONE;
import static io.experiencelake.tailor.TailorLakes.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.experiencelake.core.Capability;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TailorTests {

  private static final Lake LAKE = TailorLakes.sample();

  /** A hand-made ad: plainly about Kafka consumers, with a line on cloud migration. */
  private static final String AD = "Senior Streaming Engineer\n"
      + "You will own our Kafka consumers and keep consumer lag low while partitions rebalance.\n"
      + "Experience migrating services is a plus.";

  private static Tailoring tailor(String text) {
    return Tailor.of(LAKE).tailor(JobAd.ofText(text), TailorOptions.top(3));
  }

  @Nested
  class Ranking {

    @Test
    void putsTheObviouslyMatchingEntryFirstWithTheExpectedTerms() {
      Tailoring tailoring = tailor(AD);
      TailoredEntry first = tailoring.entries().get(0);
      assertThat(first.entryId()).isEqualTo("kafka-lag");
      assertThat(first.rank()).isEqualTo(1);
      // "streaming" comes from the entry's capability title, Streaming realities.
      assertThat(first.matchedTerms()).containsExactlyInAnyOrder("kafka", "kafka consumers", "consumers", "consumer lag", "lag",
          "partitions", "streaming");
      assertThat(first.matchedTerms()).first().isEqualTo("lag");
      assertThat(first.matchedCapabilities()).extracting(Capability::id).containsExactly("streaming-realities");
      assertThat(first.score()).isGreaterThan(tailoring.entries().get(1).score());
    }

    @Test
    void matchesMigratingInTheAdWithMigrationInTheLake() {
      Tailoring tailoring = tailor(AD);
      TailoredEntry migration = tailoring.entries().get(1);
      assertThat(migration.entryId()).isEqualTo("cloud-migration");
      // The entry says "migration" (a keyword and its capability's title), the ad "migrating"; both stem to "migrat".
      assertThat(migration.matchedTerms()).containsExactly("migrating", "services");
      assertThat(migration.matchedCapabilities()).extracting(Capability::id).containsExactly("migration-program");
    }

    @Test
    void neverChoosesAnEntryThatMatchesNothing() {
      assertThat(tailor("Rebalance Kafka partitions").entries()).extracting(TailoredEntry::entryId).containsExactly("kafka-lag");
      assertThat(tailor("Pastry chef wanted for a busy bakery").entries()).isEmpty();
    }

    @Test
    void leavesTargetsOutUnlessAskedFor() {
      String ad = "Cut our cloud bill with spot instances and GPU checkpointing";
      Tailoring plain = Tailor.of(LAKE).tailor(JobAd.ofText(ad));
      assertThat(plain.entries()).extracting(TailoredEntry::entryId).doesNotContain("spot-savings");
      assertThat(plain.ranked()).isEqualTo(3);
      Tailoring withTargets = Tailor.of(LAKE).tailor(JobAd.ofText(ad),
          ImmutableTailorOptions.builder().includeTargets(true).build());
      assertThat(withTargets.entries()).extracting(TailoredEntry::entryId).first().isEqualTo("spot-savings");
      assertThat(withTargets.ranked()).isEqualTo(4);
    }

    @Test
    void keepsAtMostTopN() {
      Tailoring one = Tailor.of(LAKE).tailor(JobAd.ofText(AD), TailorOptions.top(1));
      assertThat(one.entries()).extracting(TailoredEntry::entryId).containsExactly("kafka-lag");
    }

    @Test
    void refusesToChooseFewerThanOneEntry() {
      assertThatThrownBy(() -> TailorOptions.top(0)).isInstanceOfSatisfying(LakeException.class,
          e -> assertThat(e.diagnostics().get(0).pointer()).isEqualTo("/top"));
    }

    @Test
    void breaksTiesByEntryId() {
      // Two entries with identical text score exactly the same; the smaller id comes first wherever it sits in the lake.
      Lake lake = TailorLakes.lake(
          entry("zeta", DONE, "Tuned Kafka consumers", "Lag", "Rebalance", List.of()),
          entry("alpha", DONE, "Tuned Kafka consumers", "Lag", "Rebalance", List.of()));
      Tailoring tailoring = Tailor.of(lake).tailor(JobAd.ofText("Kafka"));
      assertThat(tailoring.entries()).extracting(TailoredEntry::entryId).containsExactly("alpha", "zeta");
      assertThat(tailoring.entries().get(0).score()).isEqualTo(tailoring.entries().get(1).score());
    }
  }

  @Nested
  class JsonResumeJob {

    @Test
    void ranksEntriesForAJsonResumeJobDocument() throws IOException {
      JobAd job = JobAds.readJsonResume(resource("streaming-job.json"), "streaming-job.json");
      Tailoring tailoring = Tailor.of(LAKE).tailor(job, TailorOptions.top(2));
      assertThat(tailoring.jobTitle()).contains("Streaming Data Engineer");
      assertThat(tailoring.entries()).extracting(TailoredEntry::entryId).containsExactly("kafka-lag", "schema-registry");
      assertThat(tailoring.entries().get(1).matchedTerms()).contains("json schema");
      assertThat(tailoring.jobTerms()).contains("kafka", "consumer groups", "json schema").doesNotContain("manchester", "v1.0.0");
    }
  }

  @Nested
  class Markdown {

    @Test
    void explainsEachChoice() {
      String markdown = TailoringMarkdown.render(tailor(AD));
      assertThat(markdown).startsWith("# Tailoring: a job ad\n\n3 of 3 entries chosen (TARGET entries left out), ranked by BM25 "
          + "(k1 = 1.2, b = 0.75)");
      assertThat(markdown).contains("\n## 1. `kafka-lag` (score ")
          .contains("> Cut Kafka consumer lag from 40 minutes to 30 seconds by rebalancing partitions\n")
          .contains("- Status: ACHIEVED on 2025-06-01\n")
          .contains("- Matched capabilities: Streaming realities (`streaming-realities`)\n")
          .contains("\n## 2. `cloud-migration` (score ")
          .contains("- Status: CURRENT as of 2026-11-01 (in progress)\n")
          .contains("- Matched terms: `migrating`, `services`\n")
          .contains("\n## 3. `schema-registry` (score ")
          .contains("- Matched capabilities: none\n");
    }

    @Test
    void escapesTheJobTitleAsEveryRendererEscapesUserText() {
      // A job ad is pasted from elsewhere: its title may hold markup and control characters.
      JobAd job = JobAds.readJsonResume("{\"title\": \"Kafka *lead* [apply](https://x.example)\\u001b[2J\\u0007\", "
          + "\"description\": \"Kafka consumer lag, partitions\"}", "job.json");

      String markdown = TailoringMarkdown.render(Tailor.of(LAKE).tailor(job, TailorOptions.top(1)));

      assertThat(markdown).startsWith("# Tailoring: Kafka \\*lead\\* \\[apply\\](https://x.example)\\[2J\n\n");
      assertThat(markdown.chars()).noneMatch(c -> c < 0x20 && c != '\n');
    }

    @Test
    void showsAPairOfTheJobsWordsWithoutWhatStoodBetweenThemThatIsNoText() {
      // A pair of words keeps what stood between them: here a control character and a backtick.
      String markdown = TailoringMarkdown.render(tailor("You will own our Kafka consumer\u0003`lag and partitions."));

      assertThat(markdown).contains("`` consumer`lag ``").doesNotContain("\u0003");
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
      String json = resource("streaming-job.json");
      byte[] first = TailoringMarkdown.render(Tailor.of(TailorLakes.sample()).tailor(JobAds.readJsonResume(json, "a")))
          .getBytes(StandardCharsets.UTF_8);
      Locale before = Locale.getDefault();
      try {
        Locale.setDefault(Locale.GERMANY);
        byte[] second = TailoringMarkdown.render(Tailor.of(TailorLakes.sample()).tailor(JobAds.readJsonResume(json, "a")))
            .getBytes(StandardCharsets.UTF_8);
        assertThat(second).isEqualTo(first);
      } finally {
        Locale.setDefault(before);
      }
      assertThat(new String(first, StandardCharsets.UTF_8)).contains("(score ").containsPattern("score \\d+\\.\\d{3}\\)");
    }

    @Test
    void saysSoWhenNothingMatches() {
      assertThat(TailoringMarkdown.render(tailor("Pastry chef"))).endsWith("\nNo entry matches a term of the job.\n");
    }
  }

  static String resource(String name) throws IOException {
    try (InputStream in = TailorTests.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
