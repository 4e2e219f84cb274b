package io.experiencelake.render.coverage;

import static io.experiencelake.core.analysis.CoverageLakes.achieved;
import static io.experiencelake.core.analysis.CoverageLakes.entry;
import static io.experiencelake.core.analysis.CoverageLakes.lake;
import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.ImmutableCapability;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.Lake;
import io.experiencelake.core.analysis.Coverage;
import io.experiencelake.core.analysis.CoverageLakes;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CoverageMarkdownTests {

  private static final String MARKDOWN = CoverageMarkdown.render(CoverageLakes.half());

  @Test
  void opensWithTheRoleAndTheScore() {
    assertThat(MARKDOWN).startsWith("## Coverage: Platform Engineer (£50k)\n\n"
        + "Score: **50%** — 1 of 3 required capabilities (weight 1.0 of 2.0) backed by an achieved entry.\n");
  }

  @Test
  void listsEachRequiredCapabilityWithItsEntriesByStatus() {
    assertThat(MARKDOWN).contains("| Capability A (`a`) | 1.0 | `e1` |  |  | yes |\n")
        .contains("| Capability B (`b`) | 0.5 |  | `e2` | `e3` | **gap** |\n")
        .contains("| Capability C (`c`) | 0.5 |  | `e5` | `e3`, `e4` | **gap** |\n")
        .doesNotContain("`d`");
  }

  @Test
  void listsGapsWithTheirNearestClosers() {
    assertThat(MARKDOWN).contains("- **Capability B** (`b`, weight 0.5): nearest closers `e2` (CURRENT as of 2026-10-01), "
        + "`e3` (TARGET by 2027-05-01).\n");
    assertThat(MARKDOWN).contains("`e5` (CURRENT as of 2026-11-01), `e3` (TARGET by 2027-05-01), `e4` (TARGET, undated).\n");
  }

  @Test
  void drawsTheMatrixWithAColumnPerCapabilityAndARowPerEntry() {
    assertThat(MARKDOWN).contains("| Entry | `a` | `b` | `c` |\n| --- | :---: | :---: | :---: |\n")
        .contains("| `e1` | A |  |  |\n")
        .contains("| `e3` |  | T | T |\n")
        .contains("| `e5` |  |  | C |\n");
  }

  @Test
  void isTheSameInAnyLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(CoverageMarkdown.render(CoverageLakes.half())).isEqualTo(MARKDOWN);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void escapesPipesAndLineBreaksInCells() {
    Lake lake = ImmutableLake.copyOf(lake(List.of(CoverageLakes.role("r", "a", 0.75)), entry("e1", "k1", achieved(), "a")))
        .withCapabilities(ImmutableCapability.builder().id("a").title("Build | run\nrepeat").build());
    String markdown = CoverageMarkdown.render(Coverage.of(lake, lake.roles().get(0)));
    assertThat(markdown).contains("| Build \\| run repeat (`a`) | 0.75 |");
  }

  @Test
  void saysSoWhenThereIsNoGap() {
    Lake lake = lake(List.of(CoverageLakes.role("r", "a", 1.0)), entry("e1", "k1", achieved(), "a"));
    assertThat(CoverageMarkdown.render(Coverage.of(lake, lake.roles().get(0))))
        .contains("### Gaps\n\nNone: every required capability is backed.\n");
  }
}
