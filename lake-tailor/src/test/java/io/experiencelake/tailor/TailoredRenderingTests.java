package io.experiencelake.tailor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.hash.ContentHash;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderDiagnostics;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TailoredRenderingTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Lake LAKE = TailorLakes.sample();
  private static final RenderOptions BASE = RenderOptions.today(LocalDate.of(2026, 11, 27));
  /** An ad about a cloud migration and cutting the GPU bill with spot instances: the cost entry is only a TARGET. */
  private static final JobAd COST_AD = JobAd.ofText("Cloud cost engineer: move GPU training onto spot instances and migrate services to Kubernetes.");

  private static JobAd streamingJob() throws IOException {
    return JobAds.readJsonResume(TailorTests.resource("streaming-job.json"), "streaming-job.json");
  }

  private static List<String> claimsOf(Lake lake, Set<String> ids) {
    return lake.entries().stream().filter(e -> ids.contains(e.id())).map(LakeEntry::claim).collect(Collectors.toList());
  }

  @Nested
  class Choice {

    @Test
    void rendersExactlyTheTopEntriesTheTailorChooses() throws IOException {
      JobAd job = streamingJob();
      List<String> best = Tailor.of(LAKE).tailor(job, TailorOptions.top(2)).entries().stream()
          .map(TailoredEntry::entryId).collect(Collectors.toList());

      RenderRun run = TailoredRendering.run(LAKE, job, 2, BASE, "echo");

      assertThat(best).hasSize(2).first().isEqualTo("kafka-lag");
      assertThat(run.entriesUsed()).containsExactlyInAnyOrderElementsOf(best);
      assertThat(run.artifact("echo/claims.txt").text().lines()).containsExactlyElementsOf(claimsOf(LAKE, Set.copyOf(best)));
      assertThat(run.warnings()).isEmpty();
      assertThat(JSON.readTree(run.manifest().text()).at("/options/entries").valueStream().map(JsonNode::asString))
          .containsExactlyElementsOf(best);
    }

    @Test
    void keepsTargetEntriesOutUnlessTheOptionsIncludeThem() {
      RenderOptions withTargets = ImmutableRenderOptions.copyOf(BASE).withIncludeTargets(true);

      RenderRun without = TailoredRendering.run(LAKE, COST_AD, 4, BASE, "echo");
      RenderRun with = TailoredRendering.run(LAKE, COST_AD, 4, withTargets, "echo");

      assertThat(without.entriesUsed()).isNotEmpty().doesNotContain("spot-savings");
      assertThat(without.artifact("tailoring.md").text()).doesNotContain("spot-savings").contains("TARGET entries left out");
      assertThat(with.entriesUsed()).contains("spot-savings");
      assertThat(with.artifact("tailoring.md").text()).contains("`spot-savings`", "(a plan, not done)");
    }

    @Test
    void ranksOnlyTheEntriesTheBaseOptionsSelect() {
      RenderOptions achieved = ImmutableRenderOptions.copyOf(BASE).withStatuses(StatusKind.ACHIEVED);

      JobAd ad = JobAd.ofText("Migrate services to Kubernetes and keep Kafka consumer lag low.");

      RenderRun all = TailoredRendering.run(LAKE, ad, 4, BASE, "echo");
      RenderRun onlyAchieved = TailoredRendering.run(LAKE, ad, 4, achieved, "echo");

      assertThat(all.entriesUsed()).contains("cloud-migration", "kafka-lag");
      assertThat(onlyAchieved.entriesUsed()).contains("kafka-lag").doesNotContain("cloud-migration");
      assertThat(onlyAchieved.artifact("tailoring.md").text()).doesNotContain("cloud-migration");
    }

    @Test
    void choosesNoMoreThanTheBaseBudgetAllowsSoNothingIsCutAfterwards() throws IOException {
      RenderOptions budget = ImmutableRenderOptions.copyOf(BASE).withMaxEntries(1);

      RenderRun run = TailoredRendering.run(LAKE, streamingJob(), 3, budget, "echo");

      assertThat(run.entriesUsed()).containsExactly("kafka-lag");
      assertThat(run.warnings()).isEmpty();
      assertThat(run.artifact("tailoring.md").text()).contains("## 1. `kafka-lag`").doesNotContain("## 2.");
    }

    @Test
    void refusesAJobNoSelectedEntryMatchesWithALocatedError() {
      LakeException refused = catchThrowableOfType(LakeException.class,
          () -> TailoredRendering.run(LAKE, JobAd.ofText("Pastry chef wanted for our croissant bakery"), 3, BASE, "echo"));

      assertThat(refused.errors()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo(RenderDiagnostics.UNKNOWN_SELECTION);
        assertThat(d.pointer()).isEqualTo("/entries");
        assertThat(d.hint()).isNotBlank();
      });
    }
  }

  @Nested
  class Output {

    @Test
    void writesTailoringMdExplainingEveryChosenEntryWithItsMatchedTerms(@TempDir Path dir) throws IOException {
      JobAd job = streamingJob();
      Tailoring tailoring = Tailor.of(LAKE).tailor(job, TailorOptions.top(3));

      TailoredRendering.render(LAKE, job, 3, BASE, dir.resolve("out"), "echo");

      String markdown = Files.readString(dir.resolve("out/tailoring.md"));
      assertThat(markdown).isEqualTo(TailoringMarkdown.render(tailoring));
      assertThat(tailoring.entries()).hasSize(3);
      for (TailoredEntry entry : tailoring.entries()) {
        String section = markdown.substring(markdown.indexOf("`" + entry.entryId() + "` (score"));
        String termsLine = section.lines().filter(l -> l.startsWith("- Matched terms: ")).findFirst().orElseThrow();
        assertThat(entry.matchedTerms()).isNotEmpty().allSatisfy(term -> assertThat(termsLine).contains("`" + term + "`"));
      }
    }

    @Test
    void listsTailoringMdInTheManifestWithItsSha256(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("out");
      TailoredRendering.render(LAKE, streamingJob(), 2, BASE, out, "echo");

      JsonNode manifest = JSON.readTree(Files.readString(out.resolve("manifest.json")));
      JsonNode listed = manifest.get("artifacts").valueStream()
          .filter(a -> a.get("path").asString().equals(TailoredRendering.FILE)).findFirst().orElseThrow();

      byte[] bytes = Files.readAllBytes(out.resolve(TailoredRendering.FILE));
      assertThat(listed.get("sha256").asString()).isEqualTo(ContentHash.sha256Of(bytes).hex());
      assertThat(listed.get("bytes").asInt()).isEqualTo(bytes.length);
      assertThat(listed.get("renderer").asString()).isEqualTo(TailoredRendering.RENDERER);
      assertThat(manifest.get("renderers").valueStream().map(JsonNode::asString)).containsExactly("echo", "tailoring");
      assertThat(tree(out)).containsExactly("echo/claims.txt", "manifest.json", "tailoring.md");
    }

    @Test
    void writesByteIdenticalOutputOnEveryRun(@TempDir Path dir) throws IOException {
      JobAd job = streamingJob();
      Path first = dir.resolve("first");
      Path second = dir.resolve("second");

      TailoredRendering.render(LAKE, job, 3, BASE, first, "echo");
      TailoredRendering.render(LAKE, job, 3, BASE, second, "echo");

      List<String> files = tree(first);
      assertThat(files).isEqualTo(tree(second)).contains("tailoring.md", "manifest.json", "echo/claims.txt");
      for (String file : files) {
        assertThat(Arrays.equals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file))))
            .as(file).isTrue();
      }
    }

    @Test
    void replacesAnEarlierTailoredRenderAsAWhole(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("out");
      TailoredRendering.render(LAKE, streamingJob(), 3, BASE, out, "echo");

      TailoredRendering.render(LAKE, COST_AD, 1, BASE, out, "echo");

      assertThat(Files.readString(out.resolve("tailoring.md"))).contains("## 1. ").doesNotContain("## 2. ");
      assertThat(Files.readString(out.resolve("echo/claims.txt")).lines()).hasSize(1);
    }
  }

  private static List<String> tree(Path root) throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(root)) {
      paths.filter(Files::isRegularFile).forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
    }
    files.sort(null);
    return files;
  }
}
