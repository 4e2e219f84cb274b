package io.experiencelake.maven;

import static io.experiencelake.maven.ValidateMojoTests.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.experiencelake.render.Renderers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RenderMojoTests {

  @TempDir
  Path dir;

  @Test
  void rendersTheChosenRenderersWithTheManifestBesideTheSarifLog() throws Exception {
    TestProject project = TestProject.in(dir);
    RenderMojo render = project.render();
    render.renderers = List.of("cv", "jsonresume");

    render.execute();

    Path out = dir.resolve("target/lake");
    JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(out.resolve("manifest.json")));
    assertThat(manifest.get("artifacts").valueStream().map(a -> a.get("path").asString()))
        .containsExactly("cv.md", "cv.txt", "resume.json");
    assertThat(out.resolve("cv.md")).content().contains("Gated each of 6 run phases");
    assertThat(project.sarif()).exists();
    assertThat(project.log.at("info")).contains("rendered cv, jsonresume into " + out + ": 3 files and manifest.json");
  }

  @Test
  void aBuildThatValidatesRendersAndVerifiesKeepsEveryGoalsDiagnosticsOnceInOneLog() throws Exception {
    TestProject project = TestProject.in(dir);

    project.validate().execute();
    project.render().execute();
    project.verify().execute();
    project.render().execute();

    JsonNode results = results(project.sarif());
    List<String> rules = results.valueStream().map(r -> r.get("ruleId").asString()).toList();
    assertThat(rules).contains("LAKE-V004").doesNotHaveDuplicates();
    assertThat(dir.resolve("target/lake/manifest.json")).exists();
    assertThat(dir.resolve("target/lake/cv.md")).exists();
  }

  @Test
  void aLakeWithErrorsRendersNothingAndKeepsTheEarlierRender() throws Exception {
    TestProject project = TestProject.in(dir);
    project.render().execute();
    byte[] manifest = Files.readAllBytes(dir.resolve("target/lake/manifest.json"));
    project.edit("\"keywords\"", "\"keywrds\"");

    assertThatThrownBy(() -> project.render().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith(dir.resolve("lake.json") + ": 1 error, 0 warnings; nothing was rendered\n");
    assertThat(dir.resolve("target/lake/manifest.json")).hasBinaryContent(manifest);
  }

  @Test
  void anUnknownRoleIsALocatedError() {
    TestProject project = TestProject.in(dir);
    RenderMojo render = project.render();
    render.role = "ml-platform";

    assertThatThrownBy(render::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("lake.json:5:3 /roles error LAKE-I005: the render options name role 'ml-platform', which is not in the lake");
  }

  @Test
  void anUnknownRendererIsRefusedNamingThoseThereAre() {
    TestProject project = TestProject.in(dir);
    RenderMojo render = project.render();
    render.renderers = List.of("cv", "poster");

    assertThatThrownBy(render::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("<renderers>: there is no renderer 'poster'; the renderers are " + String.join(", ", Renderers.names())
            + " (another renderer joins them as a dependency of the plugin)");
    assertThat(Renderers.names()).contains("cover-letter", "cv", "interview", "jsonresume", "linkedin", "portfolio");
  }

  @Test
  void aFolderThatNoRenderWroteIsLeftAlone() throws Exception {
    TestProject project = TestProject.in(dir);
    Files.createDirectories(dir.resolve("target/lake"));
    Files.writeString(dir.resolve("target/lake/notes.txt"), "mine");

    assertThatThrownBy(() -> project.render().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("cannot write " + dir.resolve("target/lake") + ": ");
    assertThat(dir.resolve("target/lake/notes.txt")).hasContent("mine");
  }

  @Test
  void aRenderChangedByHandIsKeptUnlessForceIsSet() throws Exception {
    TestProject project = TestProject.in(dir);
    project.render().execute();
    Files.writeString(dir.resolve("target/lake/cv.md"), "edited by hand");

    assertThatThrownBy(() -> project.render().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("cannot write " + dir.resolve("target/lake") + ": ")
        .hasMessageEndingWith("; set <force>true</force> (or -Dlake.force) to replace it anyway, losing what is listed; nothing was written");
    assertThat(dir.resolve("target/lake/cv.md")).hasContent("edited by hand");

    RenderMojo forced = project.render();
    forced.force = true;
    forced.execute();
    assertThat(dir.resolve("target/lake/cv.md")).content().contains("Gated each of 6 run phases");
  }
}
