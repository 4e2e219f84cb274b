package io.experiencelake.render.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.StatusKind;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.Markdown;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.Selection;
import io.experiencelake.render.TextChecks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class CvProperties {

  private static final RenderOptions DEFAULT = RenderOptions.today(LakeGenerators.TODAY);
  private static final RenderOptions WITH_TARGETS = ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).includeTargets(true).build();

  /** Both forms of a CV, with how each writes user text and its "Next" heading. */
  private enum Form {
    MARKDOWN(CvRenderer.MARKDOWN, Markdown::escape, "\n## Next\n"),
    TEXT(CvRenderer.TEXT, PlainText::oneLine, "\nNext\n");

    final String path;
    final Function<String, String> write;
    final String next;

    Form(String path, Function<String, String> write, String next) {
      this.path = path;
      this.write = write;
      this.next = next;
    }

    String render(Lake lake, RenderOptions options) {
      Rendition rendition = new CvRenderer().render(lake, options);
      return rendition.artifacts().stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow().text();
    }

    /** The output up to the "Next" heading: everything when there is none. */
    String beforeNext(String output) {
      int at = output.indexOf(next);
      return at < 0 ? output : output.substring(0, at);
    }

    String afterNext(String output) {
      int at = output.indexOf(next);
      return at < 0 ? "" : output.substring(at);
    }
  }

  @Test
  void noTargetClaimAppearsOutsideNext() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      Lake withoutTargets = ImmutableLake.copyOf(lake).withEntries(lake.entries().stream()
          .filter(e -> e.status().kind() != StatusKind.TARGET).collect(Collectors.toList()));
      CvDocument document = CvDocument.of(lake, WITH_TARGETS);
      for (Form form : Form.values()) {
        String plain = form.render(lake, DEFAULT);
        String next = form.render(lake, WITH_TARGETS);
        String others = form.render(withoutTargets, WITH_TARGETS);
        assertThat(plain).as("%s without targets", form).doesNotContain(form.next);
        for (LakeEntry entry : lake.entries()) {
          String claim = form.write.apply(entry.claim());
          if (entry.status().kind() != StatusKind.TARGET || others.contains(claim)) {
            continue; // the same words are another entry's or field's, which may appear
          }
          assertThat(plain).as("%s without targets", form).doesNotContain(claim);
          assertThat(form.beforeNext(next)).as("%s before Next", form).doesNotContain(claim);
          if (document.shown().contains(entry.id())) {
            assertThat(form.afterNext(next)).as("%s under Next", form).contains(claim);
          }
        }
      }
    });
  }

  @Test
  void everySelectedEntryIsShownOrReportedLeftOutAndEveryCurrentOneIsLabelled() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      for (RenderOptions options : new RenderOptions[] {DEFAULT, WITH_TARGETS}) {
        CvDocument document = CvDocument.of(lake, options);
        Set<String> selected = new HashSet<>(Selection.of(lake, options).ids());
        Set<String> accounted = new HashSet<>(document.shown());
        document.leftOut().forEach(l -> accounted.add(l.entryId()));
        assertThat(accounted).isEqualTo(selected);
        document.leftOut().forEach(l -> assertThat(document.shown()).doesNotContain(l.entryId()));
        String text = Form.TEXT.render(lake, options);
        for (CvDocument.Bullet bullet : allBullets(document)) {
          assertThat(text).contains("- " + bullet.line());
          LakeEntry entry = entry(lake, bullet.entryId());
          assertThat(bullet.status().isPresent()).as("'%s' labelled", entry.id()).isEqualTo(entry.status().kind() != StatusKind.ACHIEVED);
          bullet.status().ifPresent(s -> assertThat(s).startsWith(entry.status().kind() == StatusKind.CURRENT ? "in progress, as of " : "target"));
        }
      }
    });
  }

  @Test
  void noEngagementShowsMoreBulletsThanTheBudgetAndTheBestRankedAreTheOnesShown() {
    qt().withExamples(300).forAll(LakeGenerators.lakes(), SourceDSL.integers().between(1, 5)).checkAssert((lake, budget) -> {
      RenderOptions options = ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).includeTargets(true).bulletsPerEngagement(budget).build();
      CvDocument document = CvDocument.of(lake, options);
      List<LakeEntry> ranked = Selection.of(lake, options).ranked();
      for (CvDocument.Section section : document.sections()) {
        for (CvDocument.Group group : section.groups()) {
          assertThat(group.bullets()).hasSizeLessThanOrEqualTo(budget);
          List<String> ids = group.bullets().stream().map(CvDocument.Bullet::entryId).toList();
          assertThat(ids).isSortedAccordingTo((a, b) -> Integer.compare(index(ranked, a), index(ranked, b)));
        }
      }
      assertThat(document.next()).hasSizeLessThanOrEqualTo(budget);
      if (!document.leftOut().isEmpty()) {
        assertThat(document.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w.code()).isEqualTo("LAKE-R001"));
        document.leftOut().forEach(l -> assertThat(document.warnings()).anySatisfy(w -> assertThat(w.message()).contains("'" + l.entryId() + "'")));
      }
    });
  }

  @Test
  void noBulletRepeatsItsFigure() {
    qt().withExamples(500).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      for (CvDocument.Bullet bullet : allBullets(CvDocument.of(lake, WITH_TARGETS))) {
        TextChecks.assertFigureOnce(entry(lake, bullet.entryId()), bullet.text());
      }
    });
  }

  @Test
  void skillsComeOnlyFromAchievedWork() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      CvDocument document = CvDocument.of(lake, WITH_TARGETS);
      Set<String> achieved = new HashSet<>();
      lake.entries().stream().filter(e -> e.status().kind() == StatusKind.ACHIEVED).forEach(e -> achieved.addAll(e.capabilities()));
      for (String skill : document.skills()) {
        assertThat(lake.capabilities()).as("a capability titled '%s' that achieved work demonstrates", skill)
            .anyMatch(c -> PlainText.oneLine(c.title()).equals(skill) && achieved.contains(c.id()));
      }
    });
  }

  @Test
  void theTextCvHoldsEveryBulletUnescapedAndTheMarkdownEscaped() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      CvDocument document = CvDocument.of(lake, WITH_TARGETS);
      String text = Form.TEXT.render(lake, WITH_TARGETS);
      String markdown = Form.MARKDOWN.render(lake, WITH_TARGETS);
      for (CvDocument.Bullet bullet : allBullets(document)) {
        assertThat(text).contains("- " + bullet.line() + "\n");
        assertThat(markdown).contains("- " + Markdown.escape(bullet.line()) + "\n");
      }
    });
  }

  @Test
  void aLakeWithControlCharactersAndBidiMarksInEveryTextRendersPrintableText() {
    qt().withExamples(300).forAll(LakeGenerators.hostileLakes()).checkAssert(lake -> {
      for (Form form : Form.values()) {
        TextChecks.assertPrintable(form.path, form.render(lake, WITH_TARGETS));
      }
    });
  }

  @Test
  void aCvThatFitsItsPagesShowsAsManyBulletsAsTheBudgetAllows() {
    qt().withExamples(200).forAll(LakeGenerators.lakes(), SourceDSL.integers().between(1, 2)).checkAssert((lake, pages) -> {
      RenderOptions options = ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).pages(pages).build();
      CvDocument fitted = CvDocument.fit(lake, options, d -> d.estimatedPages() <= pages);
      assertThat(fitted.estimatedPages() <= pages || fitted.bulletsPerEngagement() == 1).isTrue();
      if (fitted.bulletsPerEngagement() < options.bulletsPerEngagement()) {
        assertThat(CvDocument.of(lake, ImmutableRenderOptions.copyOf(options).withBulletsPerEngagement(fitted.bulletsPerEngagement() + 1))
            .estimatedPages()).isGreaterThan(pages);
      }
    });
  }

  private static List<CvDocument.Bullet> allBullets(CvDocument document) {
    List<CvDocument.Bullet> bullets = new ArrayList<>();
    document.sections().forEach(s -> s.groups().forEach(g -> bullets.addAll(g.bullets())));
    bullets.addAll(document.next());
    return bullets;
  }

  private static LakeEntry entry(Lake lake, String id) {
    return lake.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  private static int index(List<LakeEntry> ranked, String id) {
    for (int i = 0; i < ranked.size(); i++) {
      if (ranked.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
