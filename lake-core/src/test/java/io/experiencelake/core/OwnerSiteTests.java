package io.experiencelake.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeJson;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OwnerSiteTests {

  private static final String LAKE = "{\"owner\": {\"name\": \"Alex\", \"headline\": \"Engineer\", \"site\": \"SITE\"},"
      + " \"roles\": [{\"id\": \"r\", \"title\": \"Role\", \"letter\": {\"opening\": \"Hello.\"}}]}";

  @Test
  void anHttpsSiteAndALetterWithOnlyAnOpeningLoad() {
    Lake lake = LakeJson.read(LAKE.replace("SITE", "https://alex.example.org/portfolio/"), "lake.json",
        CheckOptions.today(LocalDate.of(2026, 11, 27))).lake();
    assertThat(lake.owner().site()).contains(URI.create("https://alex.example.org/portfolio/"));
    assertThat(lake.roles().get(0).letter().orElseThrow().opening()).contains("Hello.");
    assertThat(lake.roles().get(0).letter().orElseThrow().closing()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "portfolio/", "ftp://alex.example.org/", "file:///home/alex/"})
  void aSiteThatIsNotAnAbsoluteWebAddressIsALocatedError(String site) {
    LakeException error = catchThrowableOfType(LakeException.class, () -> LakeJson.read(LAKE.replace("SITE", site), "lake.json",
        CheckOptions.today(LocalDate.of(2026, 11, 27))));
    assertThat(error.diagnostics()).anySatisfy(d -> assertThat(d.pointer()).isEqualTo("/owner/site"));
  }
}
