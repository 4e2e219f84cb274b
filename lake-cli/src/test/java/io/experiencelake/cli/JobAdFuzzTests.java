package io.experiencelake.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeFiles;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.tailor.JobAd;
import io.experiencelake.tailor.JobAds;
import io.experiencelake.tailor.TailoredRendering;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the job ad, the one input of {@code lake apply} that is pasted from somewhere else: whatever
 * bytes it holds, read as a plain-text ad and as a JSON Resume job document, {@link JobAds#read} returns
 * a job or throws a {@link LakeException}, and the documents tailored to the job render without
 * failing and hold no control character but the line break; any other outcome is a finding.
 *
 * <p>In the normal build this replays the seeds in {@code JobAdFuzzTestsInputs/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl lake-cli -am test -Dtest=JobAdFuzzTests -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=3m}.
 */
class JobAdFuzzTests {

  private static final Lake LAKE = LakeFiles.read(Cli.resource("hostile/valid.json"), CheckOptions.today(Cli.TODAY)).lake();

  private static final RenderOptions OPTIONS = RenderOptions.today(Cli.TODAY);

  @FuzzTest(maxDuration = "3m")
  void anyJobAdIsReadOrRefusedAndTailorsTheDocumentsCleanly(byte[] input) {
    for (String name : new String[] {"job.txt", "job.json"}) {
      JobAd job;
      try {
        job = JobAds.read(input, name);
      } catch (LakeException e) {
        continue;
      }
      RenderRun run;
      try {
        run = TailoredRendering.run(LAKE, job, 3, OPTIONS, "cv", "cover-letter");
      } catch (LakeException e) {
        continue; // no entry matches the job
      }
      for (Artifact artifact : run.artifacts()) {
        String text = new String(artifact.bytes(), StandardCharsets.UTF_8);
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' || c == 0x7f)) {
          throw new AssertionError(artifact.path() + " holds a control character:\n" + text);
        }
      }
    }
  }
}
