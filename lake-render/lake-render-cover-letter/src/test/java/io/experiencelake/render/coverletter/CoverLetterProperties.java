package io.experiencelake.render.coverletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.StatusKind;
import io.experiencelake.render.Honesty;
import io.experiencelake.render.Markdown;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoverLetterProperties {

  private static final Honesty.Output LETTER = new Honesty.Output() {
    @Override
    public String render(Lake lake, RenderOptions options) {
      return new CoverLetterRenderer().render(lake, options).artifacts().get(0).text();
    }

    @Override
    public String next() {
      return "\n## Next\n";
    }
  };

  @Test
  void noTargetClaimAppearsOutsideNextAndEverySelectedAchievedClaimAppears() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> Honesty.check(lake, LakeGenerators.TODAY, LETTER));
  }

  @Test
  void entriesComeInOrderOfTheirRoleScore() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      Optional<RoleProfile> role = lake.roles().stream().findFirst();
      List<LakeEntry> shown = new ArrayList<>();
      for (LakeEntry entry : lake.entries()) {
        if (entry.status().kind() != StatusKind.TARGET) {
          shown.add(entry);
        }
      }
      List<LakeEntry> ranked = CoverLetterRenderer.rank(shown, role);
      for (int i = 1; i < ranked.size(); i++) {
        LakeEntry earlier = ranked.get(i - 1);
        LakeEntry later = ranked.get(i);
        assertThat(role.map(r -> Selection.roleScore(r, earlier)).orElse(0.0))
            .isGreaterThanOrEqualTo(role.map(r -> Selection.roleScore(r, later)).orElse(0.0));
      }
      String letter = LETTER.render(lake, RenderOptions.today(LakeGenerators.TODAY));
      int at = -1;
      for (LakeEntry entry : ranked) {
        int found = letter.indexOf("\n" + Markdown.escape(entry.claim()), at + 1);
        if (found < 0) {
          found = letter.indexOf("): " + Markdown.escape(entry.claim()), at + 1);
        }
        assertThat(found).as("'%s' after position %d", entry.id(), at).isGreaterThan(at);
        at = found;
      }
    });
  }
}
