package io.experiencelake.junit;

import static io.experiencelake.junit.ShouldAllBeDefensible.shouldAllBeDefensible;
import static io.experiencelake.junit.ShouldHaveNoErrors.shouldHaveNoErrors;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.check.LakeChecker;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import io.experiencelake.core.verify.VerifyOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions about a whole {@link Lake}: that the checker finds no errors and that every entry is
 * backed by verified evidence, reporting every failing entry at once.
 *
 * <pre>{@code
 * assertThat(lake)
 *     .hasNoErrors(LocalDate.of(2026, 11, 27))
 *     .isDefensibleAgainst(Path.of("evidence"));
 * }</pre>
 */
public class LakeAssert extends AbstractAssert<LakeAssert, Lake> {

  /** Makes an assertion about {@code actual}; prefer {@link LakeAssertions#assertThat(Lake)}. */
  public LakeAssert(Lake actual) {
    super(actual, LakeAssert.class);
  }

  /** Verifies that the checker finds no errors (warnings are allowed) with {@code today} as the pinned date. */
  public LakeAssert hasNoErrors(LocalDate today) {
    return hasNoErrors(CheckOptions.today(today));
  }

  /** Verifies that the checker finds no errors (warnings are allowed) with {@code options}. */
  public LakeAssert hasNoErrors(CheckOptions options) {
    isNotNull();
    List<Diagnostic> errors = LakeChecker.check(actual, options).stream()
        .filter(Diagnostic::isError)
        .collect(Collectors.toUnmodifiableList());
    if (!errors.isEmpty()) {
      throwAssertionError(shouldHaveNoErrors(actual, errors));
    }
    return myself;
  }

  /**
   * Verifies that every entry is defensible against the evidence under {@code evidenceRoot}
   * (commands are not run, so an entry with a repro step is not defensible); a failure lists every
   * failing entry with its anchors' expected and actual values.
   */
  public LakeAssert isDefensibleAgainst(Path evidenceRoot) {
    return isDefensibleAgainst(VerifyOptions.root(evidenceRoot));
  }

  /** Verifies that every entry is defensible when verified with {@code options}; a failure lists every failing entry. */
  public LakeAssert isDefensibleAgainst(VerifyOptions options) {
    isNotNull();
    VerificationReport report = Verifier.of(options).verify(actual);
    if (!report.isDefensible()) {
      throwAssertionError(shouldAllBeDefensible(actual, report));
    }
    return myself;
  }
}
