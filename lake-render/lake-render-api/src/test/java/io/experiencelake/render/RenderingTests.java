package io.experiencelake.render;

import static io.experiencelake.dsl.Lakes.cluster;
import static io.experiencelake.dsl.Lakes.entry;
import static io.experiencelake.dsl.Lakes.owner;
import static io.experiencelake.dsl.Lakes.runOutput;
import static io.experiencelake.dsl.Lakes.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.Tier;
import io.experiencelake.core.hash.ContentHash;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.dsl.Lakes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RenderingTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Lake lake = RenderFixtures.smallLake();

  @Nested
  class Discovery {

    @Test
    void findsRenderersOnTheClassPathThroughServiceLoader() {
      assertThat(Renderers.names()).contains("echo");
      assertThat(Renderers.named("echo")).isInstanceOf(EchoRenderer.class);
    }

    @Test
    void namesTheRenderersFoundWhenANameMatchesNone() {
      assertThatThrownBy(() -> Renderers.named("nope"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'nope'")
          .hasMessageContaining("echo");
    }
  }

  @Nested
  class Refusal {

    @Test
    void refusesALakeWithErrorsCarryingThem(@TempDir Path dir) {
      Lake broken = Lakes.lake(owner("Ada", "Engineer"))
          .story(story("1", "A story"))
          .cluster(cluster("runs", 1, Tier.CORE).title("Runs").why("Heavy").stories("1"))
          .entry(entry("gates").in("no-such-cluster").from("1")
              .claim("Cut failures to 0").constraint("Hard").decision("Gates").consequence("Slower")
              .evidence(runOutput("runs/a.log", "b".repeat(64)))
              .achieved(2025, 1, 1))
          .buildUnchecked();
      Path out = dir.resolve("out");

      LakeException refused = catchThrowableOfType(LakeException.class,
          () -> Rendering.render(broken, RenderFixtures.options(), out, "echo"));

      assertThat(refused.errors()).extracting(d -> d.code()).containsExactly(Rule.UNKNOWN_REFERENCE.code());
      assertThat(refused.errors().get(0).pointer()).isEqualTo("/entries/0/cluster");
      assertThat(out).doesNotExist();
    }

    @Test
    void refusesTwoArtifactsAtOnePath() {
      Renderer twin = Renderer.of("twin", (lake, options) ->
          ImmutableRendition.builder().addArtifacts(Artifact.utf8("echo/claims.txt", "text/plain", "x")).build());

      assertThatThrownBy(() -> Rendering.run(lake, RenderFixtures.options(), List.of(new EchoRenderer(), twin)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("renderer 'twin' writes 'echo/claims.txt'");
    }
  }

  @Nested
  class SideBySide {

    private Renderer failing(String name, RuntimeException failure) {
      return Renderer.of(name, (lake, options) -> {
        throw failure;
      });
    }

    @Test
    void throwsWhatARendererThrewAsItWasTheFirstInNameOrderWhenSeveralThrow() {
      IllegalStateException first = new IllegalStateException("a failed");
      IllegalArgumentException second = new IllegalArgumentException("b failed");
      List<Renderer> renderers = List.of(failing("b", second), new EchoRenderer(), failing("a", first));

      for (int i = 0; i < 20; i++) {
        assertThatThrownBy(() -> Rendering.run(lake, RenderFixtures.options(), renderers)).isSameAs(first);
      }
    }

    @Test
    void runsEachRendererWithTheCallersContextClassLoader() throws InterruptedException {
      ClassLoader callers = new ClassLoader(getClass().getClassLoader()) {};
      List<ClassLoader> seen = new CopyOnWriteArrayList<>();
      List<Renderer> renderers = Stream.of("a", "b", "c", "d", "e", "f", "g", "h")
          .map(name -> Renderer.of(name, (lake, options) -> {
            LockSupport.parkNanos(2_000_000); // long enough for the pool's threads to take some of the renderers
            seen.add(Thread.currentThread().getContextClassLoader());
            return Rendition.of(List.of(Artifact.utf8(name + ".txt", "text/plain", name)), List.of(), List.of());
          }))
          .collect(Collectors.toList());
      Thread caller = new Thread(() -> Rendering.run(lake, RenderFixtures.options(), renderers));
      caller.setContextClassLoader(callers);

      caller.start();
      caller.join();

      assertThat(seen).hasSize(8).allMatch(loader -> loader == callers);
    }

    @Test
    void keepsTheArtifactsInPathOrderWhicheverRendererFinishesFirst() {
      List<Renderer> renderers = Stream.of("c", "a", "b")
          .map(name -> Renderer.of(name, (lake, options) -> {
            if (name.equals("a")) {
              LockSupport.parkNanos(20_000_000);
            }
            return Rendition.of(List.of(Artifact.utf8(name + ".txt", "text/plain", name)), List.of(), List.of());
          }))
          .collect(Collectors.toList());

      RenderRun run = Rendering.run(lake, RenderFixtures.options(), renderers);

      assertThat(run.renderers()).containsExactly("a", "b", "c");
      assertThat(run.artifacts()).extracting(Artifact::path).containsExactly("a.txt", "b.txt", "c.txt");
    }
  }

  @Nested
  class Manifest {

    @Test
    void describesEveryArtifactAsWrittenOnDisk(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("out");
      Rendering.render(lake, RenderFixtures.options(), out, "echo");

      JsonNode manifest = JSON.readTree(Files.readString(out.resolve("manifest.json")));
      JsonNode artifacts = manifest.get("artifacts");
      assertThat(artifacts.size()).isEqualTo(1);
      for (JsonNode artifact : artifacts) {
        byte[] bytes = Files.readAllBytes(out.resolve(artifact.get("path").asString()));
        assertThat(artifact.get("bytes").asLong()).isEqualTo(bytes.length);
        assertThat(artifact.get("sha256").asString()).isEqualTo(ContentHash.sha256Of(bytes).hex());
        assertThat(artifact.get("renderer").asString()).isEqualTo("echo");
        assertThat(artifact.get("mediaType").asString()).isEqualTo("text/plain; charset=utf-8");
      }
    }

    @Test
    void recordsTheHashOfEveryEntryUsedAndOfTheLake() {
      RenderRun run = Rendering.run(lake, RenderFixtures.options(), "echo");
      JsonNode manifest = JSON.readTree(run.manifest().text());

      List<String> usedIds = lake.entries().stream().filter(e -> !e.id().equals("lineage")).map(LakeEntry::id).collect(Collectors.toList());
      assertThat(manifest.get("entries").valueStream().map(e -> e.get("id").asString())).containsExactlyElementsOf(usedIds);
      for (JsonNode entry : manifest.get("entries")) {
        LakeEntry source = lake.entries().stream().filter(e -> e.id().equals(entry.get("id").asString())).findFirst().orElseThrow();
        assertThat(entry.get("hash").asString()).isEqualTo(LakeHashes.of(source).toString());
      }
      assertThat(manifest.at("/lake/hash").asString()).isEqualTo(LakeHashes.of(lake).toString());
      assertThat(manifest.get("renderers").valueStream().map(JsonNode::asString)).containsExactly("echo");
      assertThat(manifest.at("/library/version").asString()).isEqualTo(Rendering.libraryVersion()).doesNotContain("${").isNotEqualTo("unknown");
      assertThat(manifest.at("/options/today").asString()).isEqualTo("2026-11-27");
      assertThat(manifest.at("/options/includeTargets").asBoolean()).isFalse();
    }

    @Test
    void recordsTheOptionsSortedWhateverTheOrderTheyWereGivenIn() {
      RenderOptions one = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).addKeywords("b", "a").addClusters("runs").build();
      RenderOptions other = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).addKeywords("a", "b").addClusters("runs").build();

      String first = Rendering.run(lake, one, "echo").manifest().text();

      assertThat(first).isEqualTo(Rendering.run(lake, other, "echo").manifest().text());
      assertThat(JSON.readTree(first).at("/options/keywords").valueStream().map(JsonNode::asString)).containsExactly("a", "b");
    }

    @Test
    void recordsPickedEntriesInTheirOrderOfPreferenceAndOnlyWhenGiven() {
      RenderOptions picked = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).addEntries("replay", "loads", "replay").build();

      JsonNode withPick = JSON.readTree(Rendering.run(lake, picked, "echo").manifest().text());
      JsonNode without = JSON.readTree(Rendering.run(lake, RenderFixtures.options(), "echo").manifest().text());

      assertThat(withPick.at("/options/entries").valueStream().map(JsonNode::asString)).containsExactly("replay", "loads");
      assertThat(withPick.get("entries").valueStream().map(e -> e.get("id").asString())).containsExactly("loads", "replay");
      assertThat(without.get("options").has("entries")).isFalse();
    }

    @Test
    void listsTheWarningsOfTheSelection() {
      RenderOptions budget = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).maxEntries(1).build();

      RenderRun run = Rendering.run(lake, budget, "echo");

      assertThat(run.warnings()).extracting(d -> d.code()).containsOnly(RenderDiagnostics.OVER_BUDGET).hasSize(2);
      assertThat(JSON.readTree(run.manifest().text()).get("warnings").size()).isEqualTo(2);
    }
  }

  @Nested
  class Writing {

    @Test
    void replacesThePreviousOutputWhollyWhenAskedToReplaceAnyRender(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("out");
      Rendering.render(lake, RenderFixtures.options(), out, "echo");
      Files.writeString(out.resolve("stale.txt"), "from an older render");

      Rendering.write(Rendering.run(lake, RenderFixtures.withTargets(), "echo"), out, ExistingOutput.REPLACE_ANY_RENDER);

      assertThat(out.resolve("stale.txt")).doesNotExist();
      assertThat(Files.readString(out.resolve("echo/claims.txt"))).contains("Will trace every ledger row");
    }

    @Test
    void leavesThePreviousOutputIntactWhenWritingFails(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("out");
      Rendering.render(lake, RenderFixtures.options(), out, "echo");
      List<String> before = tree(out);
      String claims = Files.readString(out.resolve("echo/claims.txt"));
      RenderRun good = Rendering.run(lake, RenderFixtures.withTargets(), "echo");
      // "a" as a file and "a/b" beneath it cannot both be written: the write fails half way.
      RenderRun clash = ImmutableRenderRun.copyOf(good)
          .withArtifacts(Artifact.utf8("a", "text/plain", "file"), Artifact.utf8("a/b", "text/plain", "under a file"));

      assertThatThrownBy(() -> Rendering.write(clash, out)).isInstanceOf(IOException.class);

      assertThat(tree(out)).isEqualTo(before);
      assertThat(Files.readString(out.resolve("echo/claims.txt"))).isEqualTo(claims);
      assertThat(names(dir)).containsExactly("out");
    }

    @Test
    void touchesNothingOutsideTheOutputFolder(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("neighbour.txt"), "keep me");
      Path out = dir.resolve("out");

      Rendering.render(lake, RenderFixtures.options(), out, "echo");
      Rendering.render(lake, RenderFixtures.options(), out, "echo");

      assertThat(names(dir)).containsExactly("neighbour.txt", "out");
      assertThat(Files.readString(dir.resolve("neighbour.txt"))).isEqualTo("keep me");
      assertThat(tree(out)).containsExactly("echo", "echo/claims.txt", "manifest.json");
    }

    @Test
    void refusesToReplaceAFolderNoRenderWrote(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("home");
      Files.createDirectories(out);
      Files.writeString(out.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);

      assertThatThrownBy(() -> Rendering.render(lake, RenderFixtures.options(), out, "echo"))
          .isInstanceOf(FileAlreadyExistsException.class)
          .hasMessageContaining("manifest.json");
      assertThat(tree(out)).containsExactly("notes.txt");
    }

    @Test
    void writesTheSameBytesOnEveryRun(@TempDir Path dir) throws IOException {
      Rendering.render(lake, RenderFixtures.options(), dir.resolve("one"), "echo");
      Rendering.render(lake, RenderFixtures.options(), dir.resolve("two"), "echo");

      for (String path : tree(dir.resolve("one"))) {
        Path one = dir.resolve("one").resolve(path);
        if (Files.isRegularFile(one)) {
          assertThat(Files.readAllBytes(dir.resolve("two").resolve(path))).as(path).isEqualTo(Files.readAllBytes(one));
        }
      }
    }
  }

  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().collect(Collectors.toList());
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> paths = Files.list(dir)) {
      return paths.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
