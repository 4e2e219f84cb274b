package io.experiencelake.render.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.experiencelake.core.Current;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

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
          assertThat(form.afterNext(next)).as("%s under Next", form).contains(claim);
        }
      }
    });
  }

  @Test
  void everySelectedAchievedClaimAppearsAndEveryCurrentOneIsLabelled() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      for (Form form : Form.values()) {
        for (RenderOptions options : new RenderOptions[] {DEFAULT, WITH_TARGETS}) {
          String before = form.beforeNext(form.render(lake, options));
          for (LakeEntry entry : lake.entries()) {
            String claim = form.write.apply(entry.claim());
            if (entry.status().kind() == StatusKind.ACHIEVED) {
              assertThat(before).as("%s", form).contains("- " + claim);
            } else if (entry.status() instanceof Current) {
              Current current = (Current) entry.status();
              assertThat(before).as("%s", form).contains("- " + claim)
                  .contains(form.write.apply("(in progress, as of " + current.asOf() + ": " + PlainText.oneLine(current.progress()) + ")"));
            }
          }
        }
      }
    });
  }
}
