package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lake render --watch} and the {@link Watcher} behind it, with bounded waits only. */
class WatchTests {

  /** The longest any wait here may take before the test fails. */
  static final Duration BOUND = Duration.ofSeconds(30);

  /** Waits until {@code condition} holds, failing after {@link #BOUND}; never a fixed sleep. */
  static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + BOUND.toSeconds() + " s for " + what);
      }
      try {
        Thread.sleep(20); // how often to look, not how long to wait
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
  }

  static int count(StringWriter out, String text) {
    String all = out.toString();
    int n = 0;
    for (int at = all.indexOf(text); at >= 0; at = all.indexOf(text, at + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void rendersExactlyOnceForEachBurstOfEditsToTheLakeOrAnEvidenceFileAndKeepsTheLastGoodOutput(@TempDir Path folder)
      throws Exception {
    Workspace w = Workspace.in(folder);
    Path out = folder.resolve("out");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int[] code = {-1};
    Thread watching = new Thread(() -> code[0] = LakeCli.run(Cli.ENVIRONMENT, new PrintWriter(stdout, true), new PrintWriter(stderr, true),
        "render", w.file(), "--out", out.toString(), "--to", "cv", "--evidence", w.evidence().toString(), "--watch"));
    watching.start();
    try {
      await("the first render", () -> count(stdout, "watching ") == 1);
      assertThat(count(stdout, "rendered cv")).as(stdout.toString()).isEqualTo(1);

      // A burst of three saves of the lake: one render.
      for (String headline : List.of("Platform engineer", "ML platform engineer", "ML platform engineer, evidence first")) {
        w.edit(tree -> tree.withObject("/owner").put("headline", headline));
      }
      await("a render after the lake changed", () -> count(stdout, "rendered cv") == 2);
      assertThat(count(stdout, "changed: ")).isEqualTo(1);
      assertThat(stdout.toString()).containsPattern("changed: \\S*lake\\.json\\n");
      assertThat(Files.readString(out.resolve("cv.md"))).contains("evidence first");

      // A burst of two writes to one evidence file: one render, naming the file.
      Path log = w.evidence().resolve("runs/gates.log");
      Files.writeString(log, "more\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      Files.writeString(log, "and more\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      await("a render after the evidence changed", () -> count(stdout, "rendered cv") == 3);
      assertThat(count(stdout, "changed: ")).isEqualTo(2);
      assertThat(stdout.toString()).containsPattern("changed: \\S*runs/gates\\.log\\n");

      // A lake with errors: diagnostics printed, the last good output kept.
      byte[] lastGood = Files.readAllBytes(out.resolve("cv.md"));
      w.edit(tree -> tree.withObject("/owner").put("name", " "));
      await("the refused render", () -> count(stdout, "nothing was rendered") == 1);
      assertThat(stdout.toString()).containsPattern(Cli.locatedError(w.file()));
      assertThat(Files.readAllBytes(out.resolve("cv.md"))).isEqualTo(lastGood);

      // One more save: exactly one more render, so no burst above rendered twice.
      w.edit(tree -> tree.withObject("/owner").put("name", "Alex Example"));
      await("the render after the fix", () -> count(stdout, "rendered cv") == 4);
      assertThat(count(stdout, "changed: ")).isEqualTo(4);
      assertThat(count(stdout, "rendered cv") + count(stdout, "nothing was rendered")).isEqualTo(5);
    } finally {
      watching.interrupt();
      watching.join(BOUND.toMillis());
    }
    assertThat(watching.isAlive()).isFalse();
    assertThat(code[0]).isZero();
    assertThat(stderr.toString()).doesNotContain("Exception");
  }

  @Test
  void reportsABurstOnceAndNeverTheExcludedFolder(@TempDir Path folder) throws Exception {
    Path lake = folder.resolve("lake.yaml");
    Path evidence = Files.createDirectories(folder.resolve("evidence"));
    Path excluded = Files.createDirectories(evidence.resolve("out"));
    Files.writeString(lake, "a");
    List<Set<Path>> bursts = new CopyOnWriteArrayList<>();
    Watcher watcher = new Watcher(lake, evidence, excluded, Duration.ofMillis(100), System::nanoTime);
    Thread thread = new Thread(() -> watcher.run(bursts::add));
    thread.start();
    try {
      for (int i = 0; i < 5; i++) {
        Files.writeString(lake, "b" + i);
        Files.writeString(excluded.resolve("cv.md"), "out" + i);
      }
      Path fresh = Files.createDirectories(evidence.resolve("runs/new"));
      await("the first burst", () -> bursts.size() == 1);
      Files.writeString(fresh.resolve("x.log"), "x");
      await("the second burst", () -> bursts.size() == 2 && bursts.get(1).contains(fresh.resolve("x.log").toAbsolutePath()));

      assertThat(bursts.get(0)).contains(lake.toAbsolutePath()).noneMatch(p -> p.startsWith(excluded.toAbsolutePath()));
      assertThat(bursts.get(1)).noneMatch(p -> p.startsWith(excluded.toAbsolutePath()));
    } finally {
      watcher.close();
      thread.join(BOUND.toMillis());
    }
    assertThat(thread.isAlive()).isFalse();
  }
}
