package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeJson;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendering;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

class RenderCommandTests {

  @Nested
  class AValidLake {

    @Test
    void writesWhatTheLibraryRendersWithEveryRendererByDefault(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path out = folder.resolve("out");

      Cli.Run run = Cli.run("render", w.file(), "--out", out.toString());

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
      RenderRun expected = Rendering.run(LakeJson.read(w.lake(), CheckOptions.today(Cli.TODAY)).lake(),
          RenderOptions.today(Cli.TODAY));
      assertThat(expected.renderers()).containsExactlyElementsOf(Renderers.names()).hasSize(8);
      assertThat(Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8)).isEqualTo(expected.manifest().text());
      assertThat(run.out()).contains("rendered " + String.join(", ", expected.renderers()) + " into " + out);
    }

    @Test
    void listsEveryRendererInItsHelp() {
      Cli.Run run = Cli.run("render", "--help");

      assertThat(run.out().replaceAll("\\s+", " ")).contains("of " + String.join(", ", Renderers.names()) + ".")
          .contains("cover-letter, cv, docx,").contains("pdf, portfolio");
    }

    @Test
    void setsThePdfOnUsLetterWhenAsked(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path out = folder.resolve("out");

      Cli.Run run = Cli.run("render", w.file(), "--out", out.toString(), "--to", "pdf", "--paper", "LETTER");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
      assertThat(Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8)).contains("\"paper\": \"LETTER\"");
      assertThat(Cli.run("render", w.file(), "--out", out.toString(), "--paper", "a5").err()).contains("'a5' is not a paper size; use a4 or letter");
    }

    @Test
    void keepsToTheBulletsPagesAndContactAsked(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path out = folder.resolve("out");

      Cli.Run run = Cli.run("render", w.file(), "--out", out.toString(), "--to", "cv,cover-letter",
          "--bullets", "1", "--pages", "1", "--contact", "Dana Whitfield");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
      RenderRun expected = Rendering.run(LakeJson.read(w.lake(), CheckOptions.today(Cli.TODAY)).lake(),
          ImmutableRenderOptions.builder().today(Cli.TODAY).bulletsPerEngagement(1).pages(1).contact("Dana Whitfield").build(),
          "cv", "cover-letter");
      assertThat(Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8)).isEqualTo(expected.manifest().text());
      assertThat(Files.readString(out.resolve("cv.md"), StandardCharsets.UTF_8)).isEqualTo(expected.artifact("cv.md").text());
      assertThat(Files.readString(out.resolve("cover-letter.md"), StandardCharsets.UTF_8)).contains("Dear Dana Whitfield,");
    }

    @Test
    void refusesABudgetOfNothingAndAContactOfNobody(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);
      Path out = folder.resolve("out");

      Cli.Run bullets = Cli.run("render", w.file(), "--out", out.toString(), "--bullets", "0");
      Cli.Run pages = Cli.run("render", w.file(), "--out", out.toString(), "--pages", "-1");
      Cli.Run contact = Cli.run("render", w.file(), "--out", out.toString(), "--contact", " ");

      assertThat(bullets.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(bullets.err()).contains("--bullets 0: show at least 1 bullet per engagement");
      assertThat(pages.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(pages.err()).contains("--pages -1: the CV needs at least 1 page");
      assertThat(contact.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(contact.err()).contains("--contact names nobody");
      assertThat(out).doesNotExist();
    }

    @Test
    void runsOnlyTheNamedRenderers(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);
      Path out = folder.resolve("out");

      Cli.Run run = Cli.run("render", w.file(), "--out", out.toString(), "--to", "cv,linkedin");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
      assertThat(out.resolve("cv.md")).isRegularFile();
      assertThat(out.resolve("linkedin.txt")).isRegularFile();
      assertThat(out.resolve("portfolio")).doesNotExist();
      assertThat(run.out()).contains("rendered cv, linkedin into ");
    }

    @Test
    void showsTheVerificationOfTheEvidenceInThePortfolio(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path out = folder.resolve("out");
      Path unverified = folder.resolve("unverified");

      Cli.Run run = Cli.run("render", w.file(), "--out", out.toString(), "--to", "portfolio", "--evidence", w.evidence().toString());
      Cli.run("render", w.file(), "--out", unverified.toString(), "--to", "portfolio");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
      assertThat(run.out()).contains("verified against " + w.evidence()).contains("2 entries: 2 defensible");
      assertThat(Files.readString(out.resolve("portfolio/entries/phase-gates.html")))
          .isNotEqualTo(Files.readString(unverified.resolve("portfolio/entries/phase-gates.html")));
    }

    @Test
    void namesEachAnchorThatDidNotVerifyWithWhyAsAWarningAndStillRenders(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Files.writeString(w.evidence().resolve("runs/gates.log"), "tampered\n", StandardOpenOption.APPEND);
      Path out = folder.resolve("out");

      Cli.Run run = Cli.run("render", w.file(), "--out", out.toString(), "--to", "portfolio", "--evidence", w.evidence().toString());

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
      assertThat(run.out()).containsPattern(Pattern.quote(w.file()) + ":\\d+:\\d+ /entries/0/evidence/0 warning LAKE-V001: entry 'phase-gates', "
              + "anchor 0 \\(run-output runs/gates.log\\): expected sha256 [0-9a-f]{64} but was sha256 [0-9a-f]{64}; ")
          .contains("1 not defensible (phase-gates)")
          .contains(w.file() + ": 0 errors, 1 warning");
      assertThat(out.resolve("portfolio/entries/phase-gates.html")).isRegularFile();
    }

    @Test
    void printsRenderWarningsAndStillSucceeds(@TempDir Path folder) {
      Workspace w = Workspace.in(folder).edit(lake -> {
        ObjectNode entry = (ObjectNode) lake.withArray("entries").get(0);
        entry.put("claim", entry.get("claim").asString() + " " + "and kept every gate honest ".repeat(200).strip() + ".");
      });
      Path out = folder.resolve("out");

      Cli.Run run = Cli.run("render", w.file(), "--out", out.toString(), "--to", "linkedin");

      assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
      assertThat(run.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(w.file()) + "(:\\d+:\\d+)? \\S+ warning LAKE-");
      assertThat(out.resolve("linkedin.txt")).isRegularFile();
    }
  }

  @Nested
  class ARefusedRender {

    @Test
    void writesNothingForALakeWithErrorsAndLeavesTheEarlierOutput(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);
      Path out = folder.resolve("out");
      assertThat(Cli.run("render", w.file(), "--out", out.toString()).exitCode()).isEqualTo(LakeCli.OK);
      Map<String, String> before = FolderSnapshot.of(out);
      w.edit(lake -> ((ObjectNode) lake.withArray("entries").get(0)).put("claim", " "));

      Cli.Run run = Cli.run("render", w.file(), "--out", out.toString());

      assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
      assertThat(Cli.locatedError(w.file()).matcher(run.out()).find()).as(run.out()).isTrue();
      assertThat(run.out()).contains("nothing was rendered");
      assertThat(FolderSnapshot.of(out)).isEqualTo(before);
    }

    @Test
    void namesTheKnownRenderersForAnUnknownOne(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);
      Path out = folder.resolve("out");

      Cli.Run run = Cli.run("render", w.file(), "--out", out.toString(), "--to", "cv,poster");

      assertThat(run.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(run.err()).contains("'poster'").contains(String.join(", ", Renderers.names()));
      assertThat(out).doesNotExist();
    }

    @Test
    void locatesAnUnknownRole(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);
      Path out = folder.resolve("out");

      Cli.Run run = Cli.run("render", w.file(), "--out", out.toString(), "--role", "astronaut");

      assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
      assertThat(run.out()).containsPattern(":\\d+:\\d+ /roles error LAKE-I005: .*'astronaut'");
      assertThat(out).doesNotExist();
    }

    @Test
    void refusesAFolderNoRenderWrote(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Path out = Files.createDirectory(folder.resolve("mine"));
      Files.writeString(out.resolve("notes.txt"), "keep me");

      Cli.Run run = Cli.run("render", w.file(), "--out", out.toString());

      assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
      assertThat(run.err()).startsWith("lake: cannot write ").contains("nothing was written").doesNotContain("Exception");
      assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("keep me");
      assertThat(out.resolve("manifest.json")).doesNotExist();
    }

    @Test
    void needsEvidenceToAllowCommands(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);

      Cli.Run run = Cli.run("render", w.file(), "--out", folder.resolve("out").toString(), "--allow-commands");

      assertThat(run.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(run.err()).contains("--allow-commands needs --evidence");
    }
  }
}
