package io.experiencelake.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.StatusKind;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderDiagnostics;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.cv.CvDocument;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the typeset documents' tests (PDF, DOCX, the example's) check in a document's text. */
public final class DocumentTexts {

  private static final Pattern QUOTED_ID = Pattern.compile("'([^']+)'");

  private DocumentTexts() {}

  /**
   * Asserts that {@code text} (whitespace runs as single spaces) shows every section title of
   * {@code cv} and every bullet's line, in the CV's order: sections, their engagements' bullets,
   * then "Next"; returns how many bullets it found.
   */
  public static int assertBulletsInOrder(CvDocument cv, String text) {
    int at = 0;
    int found = 0;
    for (CvDocument.Section section : cv.sections()) {
      at = text.indexOf(section.title(), at);
      assertThat(at).as("the heading '%s'", section.title()).isNotNegative();
      for (CvDocument.Group group : section.groups()) {
        group.heading().ifPresent(h -> assertThat(text).contains(h.role() + " \u2014 " + h.organisation(), h.period()));
        for (CvDocument.Bullet bullet : group.bullets()) {
          at = next(text, asPrinted(bullet.line()), at);
          found++;
        }
      }
    }
    if (!cv.next().isEmpty()) {
      at = text.indexOf(CvDocument.NEXT, at);
      assertThat(at).as("the heading Next").isNotNegative();
      for (CvDocument.Bullet bullet : cv.next()) {
        at = next(text, asPrinted(bullet.line()), at);
        found++;
      }
    }
    return found;
  }

  private static int next(String text, String line, int from) {
    int at = text.indexOf(line, from);
    assertThat(at).as("'%s' after position %d of:%n%s", line, from, text).isGreaterThanOrEqualTo(from);
    return at + line.length();
  }

  /**
   * Asserts that no TARGET claim of {@code lake} appears in any of its documents outside "Next": not
   * at all without targets, and only after the heading with them. {@code texts} renders the
   * documents' texts, {@code next} is how a text marks the heading, {@code written} how a text shows a claim.
   */
  public static void assertTargetsOnlyUnderNext(Lake lake, BiFunction<Lake, RenderOptions, List<String>> texts, String next,
      Function<String, String> written) {
    RenderOptions plainOptions = RenderOptions.today(LakeGenerators.TODAY);
    RenderOptions nextOptions = ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).includeTargets(true).build();
    Lake withoutTargets = ImmutableLake.copyOf(lake).withEntries(lake.entries().stream()
        .filter(e -> e.status().kind() != StatusKind.TARGET).collect(Collectors.toList()));
    List<String> plain = texts.apply(lake, plainOptions);
    List<String> withNext = texts.apply(lake, nextOptions);
    List<String> others = texts.apply(withoutTargets, nextOptions);
    for (int doc = 0; doc < plain.size(); doc++) {
      assertThat(plain.get(doc)).as("document %d without targets", doc).doesNotContain(next);
      int at = withNext.get(doc).indexOf(next);
      String before = at < 0 ? withNext.get(doc) : withNext.get(doc).substring(0, at);
      for (LakeEntry entry : lake.entries()) {
        String claim = written.apply(entry.claim());
        if (entry.status().kind() != StatusKind.TARGET || others.get(doc).contains(claim)) {
          continue; // the same words are another entry's or field's, which may appear
        }
        assertThat(plain.get(doc)).as("document %d without targets", doc).doesNotContain(claim);
        assertThat(before).as("document %d before Next", doc).doesNotContain(claim);
      }
    }
  }

  /** The ids of the entries the {@code LAKE-R001} warnings say were left out. */
  public static Set<String> leftOut(List<Diagnostic> warnings) {
    Set<String> ids = new LinkedHashSet<>();
    for (Diagnostic warning : warnings) {
      if (warning.code().equals(RenderDiagnostics.OVER_BUDGET)) {
        Matcher matcher = QUOTED_ID.matcher(warning.message());
        while (matcher.find()) {
          ids.add(matcher.group(1));
        }
      }
    }
    return ids;
  }

  /** {@code text} as the PDF prints it: each character its font cannot show as {@code #}. */
  public static String asPrinted(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Liberation.unshown(new String(Character.toChars(c))).isEmpty()) {
        out.appendCodePoint(c);
      } else {
        out.append('#');
      }
    });
    return out.toString();
  }
}
