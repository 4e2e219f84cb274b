package io.experiencelake.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildOutputsTests {

  @TempDir
  Path dir;

  @Test
  void twoModulesOfOneBuildMayNotWriteTheSameFolderOrOneInsideTheOther() throws Exception {
    Object build = new Object();
    BuildOutputs.claim(build, "com.example:a", "the output", dir.resolve("target/lake"));

    assertThatCode(() -> BuildOutputs.claim(build, "com.example:a", "the SARIF log", dir.resolve("target/lake/lake.sarif")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> BuildOutputs.claim(build, "com.example:b", "the output", dir.resolve("target/lake")))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("the output " + dir.resolve("target/lake") + " is written by com.example:a in this build too;"
            + " give each module its own output (the defaults, under each module's target/, never overlap)");
    assertThatThrownBy(() -> BuildOutputs.claim(build, "com.example:b", "the SARIF log", dir.resolve("target/lake/x/../other.sarif")))
        .hasMessageContaining("overlaps " + dir.resolve("target/lake"));
    assertThatCode(() -> BuildOutputs.claim(new Object(), "com.example:b", "the output", dir.resolve("target/lake")))
        .doesNotThrowAnyException();
  }

  @Test
  void modulesBuiltInParallelEachGetTheirOwnOutputAndTwoOnOneFolderFail() throws Exception {
    MavenSession build = TestProject.newBuild();
    List<TestProject> modules = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      modules.add(TestProject.in(dir.resolve("m" + i), build, "m" + i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Object>> done = new ArrayList<>();
      for (TestProject module : modules) {
        done.add(pool.submit((Callable<Object>) () -> {
          module.validate().execute();
          module.render().execute();
          module.verify().execute();
          return null;
        }));
      }
      for (Future<Object> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    for (TestProject module : modules) {
      assertThat(module.basedir.resolve("target/lake/manifest.json")).exists();
      assertThat(module.log.at("error")).isEmpty();
    }

    RenderMojo intoAnother = modules.get(1).render();
    intoAnother.outputDirectory = modules.get(0).basedir.resolve("target/lake").toFile();
    assertThatThrownBy(intoAnother::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("is written by com.example:m0:jar:1.0 in this build too");
  }
}
