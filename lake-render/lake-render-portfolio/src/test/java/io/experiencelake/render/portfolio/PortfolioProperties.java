package io.experiencelake.render.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.Honesty;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.RenderOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioProperties {

  private static List<Artifact> render(Lake lake, RenderOptions options) {
    return new PortfolioRenderer().render(lake, options).artifacts();
  }

  private static final Honesty.Output SITE = new Honesty.Output() {
    @Override
    public String render(Lake lake, RenderOptions options) {
      return new SitePages(PortfolioProperties.render(lake, options)).textAroundNext();
    }

    @Override
    public String next() {
      return "\n@@NEXT@@\n";
    }

    @Override
    public String write(String claim) {
      return PlainText.oneLine(claim);
    }
  };

  private static final Honesty.Output MARKDOWN = new Honesty.Output() {
    @Override
    public String render(Lake lake, RenderOptions options) {
      return PortfolioProperties.render(lake, options).stream().filter(a -> a.path().equals(PortfolioRenderer.MARKDOWN))
          .findFirst().orElseThrow().text();
    }

    @Override
    public String next() {
      return "\n## Next\n";
    }
  };

  @Test
  void noTargetClaimAppearsOutsideNextAndEverySelectedAchievedClaimAppears() {
    qt().withExamples(200).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      Honesty.check(lake, LakeGenerators.TODAY, SITE);
      Honesty.check(lake, LakeGenerators.TODAY, MARKDOWN);
    });
  }

  @Test
  void everyInternalLinkOfAGeneratedSiteFindsItsTarget() {
    RenderOptions options = ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).includeTargets(true).role("role-0").build();
    qt().withExamples(200).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      SitePages site = new SitePages(render(lake, options));
      assertThat(site.problems()).isEmpty();
      assertThat(site.followed()).isPositive();
    });
  }

  @Test
  void userTextNeverBecomesMarkup() {
    qt().withExamples(200).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      SitePages site = new SitePages(render(lake, ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).includeTargets(true).build()));
      // generated text holds "<b>bold</b>", "x<y", "a&b" and quotes; the renderer itself writes no <b>
      site.pages().forEach((path, page) -> assertThat(page.select("b, script, img, iframe")).as(path).isEmpty());
    });
  }
}
