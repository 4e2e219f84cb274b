package io.experiencelake.tailor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobAdsTests {

  private static List<Diagnostic> problems(String json) {
    try {
      JobAds.readJsonResume(json, "job.json");
    } catch (LakeException e) {
      return e.diagnostics();
    }
    throw new AssertionError("expected a LakeException for " + json);
  }

  @Test
  void readsEveryMatchingFieldOfAJsonResumeJobAndIgnoresTheRest() throws IOException {
    JobAd job = JobAds.readJsonResume(TailorTests.resource("streaming-job.json"), "streaming-job.json");
    assertThat(job.title()).contains("Streaming Data Engineer");
    assertThat(job.company()).contains("Example Payments");
    assertThat(job.description()).contains("Own the real-time event pipelines behind fraud scoring.");
    assertThat(job.skills()).hasSize(2);
    assertThat(job.skills().get(0).name()).contains("Stream processing");
    assertThat(job.skills().get(0).level()).contains("Senior");
    assertThat(job.skills().get(0).keywords()).containsExactly("Kafka", "consumer groups", "partitioning");
    assertThat(job.skills().get(1).level()).isEmpty();
    assertThat(job.responsibilities()).hasSize(2);
    assertThat(job.qualifications()).containsExactly("Production experience with Kafka");
    assertThat(job.texts()).doesNotContain("Example Payments", "Manchester");
  }

  @Test
  void reportsEveryFieldOfTheWrongTypeAtOnceWithItsPointer() {
    List<Diagnostic> found = problems("{\"title\": 7, \"skills\": [{\"name\": \"Kafka\", \"keywords\": \"kafka\"}, 3],"
        + " \"responsibilities\": [\"ok\", false], \"qualifications\": {}}");
    assertThat(found).extracting(Diagnostic::pointer)
        .containsExactly("/title", "/responsibilities/1", "/qualifications", "/skills/0/keywords", "/skills/1");
    assertThat(found).allSatisfy(d -> {
      assertThat(d.code()).isEqualTo(Rule.SCHEMA.code());
      assertThat(d.source()).contains("job.json");
      assertThat(d.hint()).isNotBlank();
    });
    assertThat(found.get(0).message()).isEqualTo("expected a string but found a number");
  }

  @Test
  void reportsBrokenJsonWithItsLineAndColumn() {
    List<Diagnostic> found = problems("{\n  \"title\": \"Engineer\",\n  \"skills\": [\n}");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).code()).isEqualTo(Rule.JSON_SYNTAX.code());
    assertThat(found.get(0).line()).hasValue(4);
    assertThat(found.get(0).format()).startsWith("job.json:4:");
  }

  @Test
  void reportsADuplicateKey() {
    List<Diagnostic> found = problems("{\"title\": \"a\", \"title\": \"b\"}");
    assertThat(found).extracting(Diagnostic::code).containsExactly(Rule.DUPLICATE_KEY.code());
  }

  @Test
  void rejectsADocumentThatIsNotAnObjectOrHasNoText() {
    assertThat(problems("[1, 2]")).extracting(Diagnostic::message).containsExactly("a job document is a JSON object, not an array");
    assertThat(problems("{\"company\": \"Example\", \"skills\": []}")).extracting(Diagnostic::code)
        .containsExactly(Rule.MISSING_FIELD.code());
  }

  @Test
  void readsAJsonFileAsAJobDocumentAndAnythingElseAsPlainText(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("job.JSON");
    Files.writeString(json, "{\"title\": \"Platform Engineer\", \"description\": \"Kafka\"}", StandardCharsets.UTF_8);
    assertThat(JobAds.read(json).title()).contains("Platform Engineer");
    Path text = dir.resolve("job.txt");
    Files.writeString(text, "{ not json, just an ad about Kafka", StandardCharsets.UTF_8);
    assertThat(JobAds.read(text).description()).contains("{ not json, just an ad about Kafka");
  }

  @Test
  void reportsAFileItCannotRead(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> JobAds.read(dir.resolve("missing.txt"))).isInstanceOfSatisfying(LakeException.class,
        e -> assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly(Rule.UNREADABLE.code()));
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9});
    assertThatThrownBy(() -> JobAds.read(latin1)).isInstanceOfSatisfying(LakeException.class,
        e -> assertThat(e.diagnostics().get(0).message()).contains("not UTF-8"));
  }
}
