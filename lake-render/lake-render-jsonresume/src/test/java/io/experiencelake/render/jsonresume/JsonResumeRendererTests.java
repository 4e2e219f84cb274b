package io.experiencelake.render.jsonresume;

import static io.experiencelake.dsl.Lakes.study;
import static io.experiencelake.dsl.Lakes.volunteer;
import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Engagement;
import io.experiencelake.core.EngagementKind;
import io.experiencelake.core.ImmutableEngagement;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.render.Goldens;
import io.experiencelake.render.RenderFixtures;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendering;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonResumeRendererTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Lake lake = RenderFixtures.smallLake();

  private static String resume(Lake lake, RenderOptions options) {
    return Rendering.run(lake, options, JsonResumeRenderer.NAME).artifact(JsonResumeRenderer.RESUME).text();
  }

  @Test
  void isFoundByName() {
    assertThat(Renderers.named("jsonresume")).isInstanceOf(JsonResumeRenderer.class);
  }

  @Test
  void matchesTheGoldenFile() {
    String actual = resume(lake, RenderFixtures.withTargets());
    assertThat(actual).isEqualTo(Goldens.read(JsonResumeRendererTests.class, "small-resume.json", actual));
  }

  @Nested
  class Schema {

    @Test
    void theSmallLakeIsValidWithAndWithoutTargets() {
      assertThat(JsonResumeSchema.errors(resume(lake, RenderFixtures.options()))).isEmpty();
      assertThat(JsonResumeSchema.errors(resume(lake, RenderFixtures.withTargets()))).isEmpty();
    }

    @Test
    void everyEngagementKindIsValid() {
      assertThat(JsonResumeSchema.errors(resume(allKinds(), RenderFixtures.withTargets()))).isEmpty();
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() {
      assertThat(JsonResumeSchema.errors("{\"work\": [{\"startDate\": \"2020-1\"}]}")).singleElement().asString().contains("/work/0/startDate");
      assertThat(JsonResumeSchema.errors("{\"basics\": {\"email\": \"not an address\"}}")).singleElement().asString().contains("/basics/email");
      assertThat(JsonResumeSchema.errors("{\"skills\": {}}")).isNotEmpty();
    }
  }

  @Nested
  class Mapping {

    @Test
    void mapsEachEngagementKindToItsSection() {
      JsonNode resume = JSON.readTree(resume(allKinds(), RenderFixtures.options()));

      assertThat(resume.at("/work/0/name").asString()).isEqualTo("Acme Ltd");
      assertThat(resume.at("/work/0/position").asString()).isEqualTo("Data engineer");
      assertThat(resume.at("/work/0/startDate").asString()).isEqualTo("2021-01");
      assertThat(resume.at("/work/0/endDate").asString()).isEqualTo("2023-06");
      assertThat(resume.at("/projects/0/name").asString()).isEqualTo("Open ledger");
      assertThat(resume.at("/education/0/institution").asString()).isEqualTo("Open University");
      assertThat(resume.at("/volunteer/0/organization").asString()).isEqualTo("Code Club");
    }

    @Test
    void putsAchievedEntriesInHighlightsWithTheirFigureAndLabelsCurrentOnes() {
      JsonNode resume = JSON.readTree(resume(lake, RenderFixtures.options()));

      assertThat(resume.at("/work/0/highlights/0").asString())
          .isEqualTo("Cut *failed* nightly loads from 12 to 0 a week with [bounded] batches");
      assertThat(resume.at("/projects/0/highlights/0").asString())
          .isEqualTo("Making ledger replays idempotent across 5 services (in progress, as of 1 Nov 2026: 3 of 5 services keyed)");
      assertThat(resume.at("/projects/1/name").asString()).isEqualTo(JsonResumeRenderer.SELECTED_WORK);
      assertThat(resume.at("/projects/1/highlights/0").asString()).isEqualTo("Gave a talk on idempotent ingestion to 120 engineers");
    }

    @Test
    void leavesTargetsOutUnlessAskedAndThenPutsThemOnlyUnderNext() {
      String without = resume(lake, RenderFixtures.options());
      JsonNode with = JSON.readTree(resume(lake, RenderFixtures.withTargets()));

      assertThat(without).doesNotContain("Will trace", "\"Next\"");
      JsonNode next = with.at("/projects/2");
      assertThat(next.get("name").asString()).isEqualTo(JsonResumeRenderer.NEXT);
      assertThat(next.at("/highlights/0").asString()).isEqualTo("Will trace every ledger row to the commit that wrote it (target, by 31 Mar 2027)");
    }

    @Test
    void turnsCapabilitiesAchievedWorkDemonstratesIntoSkillsAndTheOwnerIntoBasics() {
      JsonNode resume = JSON.readTree(resume(lake, RenderFixtures.options()));

      // run-discipline is demonstrated only by replay, which is in progress: no skill yet
      assertThat(resume.get("skills").valueStream().map(s -> s.get("name").asString())).containsExactly("Reliability rails");
      assertThat(resume.at("/skills/0/keywords/0").asString()).isEqualTo("batch loading");
      assertThat(resume.at("/basics/name").asString()).isEqualTo("Ada Example");
      assertThat(resume.at("/basics/label").asString()).isEqualTo("Data engineer");
      assertThat(resume.at("/basics/email").asString()).isEqualTo("ada@example.org");
    }

    @Test
    void carriesTheLakeHashInMeta() {
      JsonNode resume = JSON.readTree(resume(lake, RenderFixtures.options()));

      assertThat(resume.at("/meta/lakeHash").asString()).isEqualTo(LakeHashes.of(lake).toString());
      assertThat(resume.at("/meta/lastModified").asString()).isEqualTo("2026-11-27");
    }
  }

  @Nested
  class Determinism {

    @ParameterizedTest
    @CsvSource({"tr-TR, Pacific/Kiritimati", "ja-JP, America/Los_Angeles"})
    void writesTheSameBytesWhateverTheDefaultLocaleAndTimeZone(String locale, String zone) {
      String expected = io.experiencelake.render.Determinism.texts(Rendering.run(lake, RenderFixtures.withTargets(), JsonResumeRenderer.NAME));
      String actual = io.experiencelake.render.Determinism.under(locale, zone,
          () -> io.experiencelake.render.Determinism.texts(Rendering.run(RenderFixtures.smallLake(), RenderFixtures.withTargets(), JsonResumeRenderer.NAME)));
      assertThat(actual).isEqualTo(expected);
    }

    @Test
    void writesTheSameBytesOnEveryRun() {
      assertThat(resume(lake, RenderFixtures.withTargets())).isEqualTo(resume(RenderFixtures.smallLake(), RenderFixtures.withTargets()));
    }
  }

  /** The small lake with a study and a volunteering engagement added, each with one of its entries. */
  private Lake allKinds() {
    Engagement uni = ImmutableEngagement.builder().id("uni").kind(EngagementKind.STUDY).name("Open University").role("MSc Data Science")
        .start(YearMonth.of(2019, 9)).end(YearMonth.of(2020, 9)).build();
    Engagement club = ImmutableEngagement.builder().id("club").kind(EngagementKind.VOLUNTEER).name("Code Club").role("Mentor")
        .start(YearMonth.of(2022, 1)).build();
    List<LakeEntry> entries = lake.entries().stream()
        .map(e -> e.id().equals("talk") ? ImmutableLakeEntry.copyOf(e).withEngagement("club") : e)
        .collect(Collectors.toList());
    return ImmutableLake.copyOf(lake).withEngagements(List.of(lake.engagements().get(0), lake.engagements().get(1), uni, club))
        .withEntries(entries);
  }
}
