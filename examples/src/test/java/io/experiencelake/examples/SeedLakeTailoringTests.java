package io.experiencelake.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Lake;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.hash.ContentHash;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.tailor.JobAd;
import io.experiencelake.tailor.Tailor;
import io.experiencelake.tailor.TailorOptions;
import io.experiencelake.tailor.TailoredEntry;
import io.experiencelake.tailor.TailoredRendering;
import io.experiencelake.tailor.Tailoring;
import io.experiencelake.tailor.TailoringMarkdown;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

  @Test
  void aTailoredRenderShowsExactlyTheChosenEntriesAndExplainsThemBesideTheOutputs(@TempDir Path dir) throws IOException {
    List<String> chosen = Tailor.of(LAKE).tailor(ad(), TailorOptions.top(5)).entries().stream()
        .map(TailoredEntry::entryId).collect(Collectors.toList());
    Path out = dir.resolve("out");

    RenderRun run = TailoredRendering.render(LAKE, ad(), 5, RenderOptions.today(SeedLake.TODAY), out, "cv");

    assertThat(run.entriesUsed()).containsExactlyInAnyOrderElementsOf(chosen);
    JsonNode listed = JsonMapper.builder().build().readTree(Files.readString(out.resolve("manifest.json"))).get("artifacts")
        .valueStream().filter(a -> a.get("path").asString().equals("tailoring.md")).findFirst().orElseThrow();
    assertThat(listed.get("sha256").asString()).isEqualTo(ContentHash.sha256Of(Files.readAllBytes(out.resolve("tailoring.md"))).hex());
    String markdown = Files.readString(out.resolve("tailoring.md"));
    assertThat(chosen).allSatisfy(id -> assertThat(markdown).contains("`" + id + "`"));
    assertThat(markdown).isEqualTo(TailoredRendering.run(SeedLake.lake(), ad(), 5, RenderOptions.today(SeedLake.TODAY), "cv")
        .artifact("tailoring.md").text());
  }
}
