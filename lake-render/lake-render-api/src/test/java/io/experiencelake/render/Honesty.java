package io.experiencelake.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StatusKind;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The status-honesty property every renderer must keep, written once: no TARGET claim outside the
 * "Next" section, none at all unless targets are included, and every selected ACHIEVED claim
 * before it (unless the renderer reports it dropped to keep a length budget).
 *
 * <pre>{@code
 * qt().forAll(LakeGenerators.lakes()).checkAssert(lake -> Honesty.check(lake, LakeGenerators.TODAY, output));
 * }</pre>
 */
public final class Honesty {

  /** How to read one renderer's output for the property. */
  public interface Output {

    /** The output's text (one artifact, or several joined) for {@code lake} and {@code options}. */
    String render(Lake lake, RenderOptions options);

    /** Where the "Next" section starts in the text, such as {@code "\n## Next\n"}. */
    String next();

    /** How the output writes a claim: escaped for Markdown by default. */
    default String write(String claim) {
      return Markdown.escape(claim);
    }

    /** The ids of entries the renderer reports it left out to keep a budget; none by default. */
    default Set<String> dropped(Lake lake, RenderOptions options) {
      return Set.of();
    }
  }

  private Honesty() {}

  /** Asserts the property for {@code lake} rendered as of {@code today}, without and with targets. */
  public static void check(Lake lake, LocalDate today, Output output) {
    RenderOptions plainOptions = RenderOptions.today(today);
    RenderOptions nextOptions = ImmutableRenderOptions.builder().today(today).includeTargets(true).build();
    Lake withoutTargets = ImmutableLake.copyOf(lake).withEntries(lake.entries().stream()
        .filter(e -> e.status().kind() != StatusKind.TARGET).collect(Collectors.toList()));
    String plain = output.render(lake, plainOptions);
    String next = output.render(lake, nextOptions);
    String others = output.render(withoutTargets, nextOptions);
    assertThat(plain).as("output without targets").doesNotContain(output.next());
    for (LakeEntry entry : lake.entries()) {
      String claim = output.write(entry.claim());
      if (entry.status().kind() == StatusKind.TARGET) {
        if (others.contains(claim)) {
          continue; // the same words are another entry's or field's, which may appear
        }
        assertThat(plain).as("output without targets").doesNotContain(claim);
        assertThat(before(next, output.next())).as("output before Next").doesNotContain(claim);
        if (!output.dropped(lake, nextOptions).contains(entry.id())) {
          assertThat(after(next, output.next())).as("output under Next").contains(claim);
        }
      } else if (entry.status().kind() == StatusKind.ACHIEVED) {
        if (!output.dropped(lake, plainOptions).contains(entry.id())) {
          assertThat(before(plain, output.next())).as("output without targets").contains(claim);
        }
        if (!output.dropped(lake, nextOptions).contains(entry.id())) {
          assertThat(before(next, output.next())).as("output before Next").contains(claim);
        }
      }
    }
  }

  private static String before(String text, String next) {
    int at = text.indexOf(next);
    return at < 0 ? text : text.substring(0, at);
  }

  private static String after(String text, String next) {
    int at = text.indexOf(next);
    return at < 0 ? "" : text.substring(at);
  }
}
