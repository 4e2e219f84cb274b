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
}
