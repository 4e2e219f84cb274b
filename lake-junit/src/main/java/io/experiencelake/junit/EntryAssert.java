package io.experiencelake.junit;

import static io.experiencelake.junit.ShouldBeDefensible.shouldBeDefensible;
import static io.experiencelake.junit.ShouldDemonstrate.shouldDemonstrate;
import static io.experiencelake.junit.ShouldHaveEvidenceOfKind.shouldHaveEvidenceOfKind;
import static io.experiencelake.junit.ShouldHaveStatus.shouldHaveStatus;

import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.EvidenceKind;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.verify.EntryVerification;
import io.experiencelake.core.verify.Verifier;
import io.experiencelake.core.verify.VerifyOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions about one {@link LakeEntry}: its status, its evidence and whether that evidence
 * verifies.
 *
 * <pre>{@code
 * assertThat(entry)
 *     .isAchieved()
 *     .hasEvidenceOfKind(RunOutput.class)
 *     .demonstrates("run-discipline")
 *     .isDefensibleAgainst(Path.of("evidence"));
 * }</pre>
 */
public class EntryAssert extends AbstractAssert<EntryAssert, LakeEntry> {

  /** Makes an assertion about {@code actual}; prefer {@link LakeAssertions#assertThat(LakeEntry)}. */
  public EntryAssert(LakeEntry actual) {
    super(actual, EntryAssert.class);
  }

  /** Verifies that the entry is {@code ACHIEVED}. */
  public EntryAssert isAchieved() {
    return hasStatus(StatusKind.ACHIEVED);
  }

  /** Verifies that the entry is {@code CURRENT}. */
  public EntryAssert isCurrent() {
    return hasStatus(StatusKind.CURRENT);
  }

  /** Verifies that the entry is a {@code TARGET}. */
  public EntryAssert isTarget() {
    return hasStatus(StatusKind.TARGET);
  }

  /** Verifies that the entry's status is {@code expected}. */
  public EntryAssert hasStatus(StatusKind expected) {
    isNotNull();
    if (actual.status().kind() != expected) {
      throwAssertionError(shouldHaveStatus(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies that the entry has at least one anchor of {@code kind}, the JSON name: {@code run-output},
   * {@code receipt}, {@code report-stat}, {@code repro-step} or {@code link}.
   *
   * @throws IllegalArgumentException when {@code kind} is none of those
   */
  public EntryAssert hasEvidenceOfKind(String kind) {
    EvidenceKind wanted = EvidenceKind.ofJsonName(kind).orElseThrow(() -> new IllegalArgumentException(
        "'" + kind + "' is not an evidence kind; use one of " + Arrays.stream(EvidenceKind.values()).map(String::valueOf).collect(Collectors.joining(", "))));
    isNotNull();
    if (actual.evidence().stream().noneMatch(a -> a.kind() == wanted)) {
      throwAssertionError(shouldHaveEvidenceOfKind(actual, kind));
    }
    return myself;
  }

  /** Verifies that the entry has at least one anchor of {@code type}, e.g. {@code RunOutput.class}. */
  public EntryAssert hasEvidenceOfKind(Class<? extends EvidenceAnchor> type) {
    return hasEvidenceOfKind(EvidenceKind.of(type).toString());
  }

  /** Verifies that the entry names the capability with id {@code capability}, e.g. {@code run-discipline}. */
  public EntryAssert demonstrates(String capability) {
    isNotNull();
    if (!actual.capabilities().contains(capability)) {
      throwAssertionError(shouldDemonstrate(actual, capability));
    }
    return myself;
  }

  /**
   * Verifies that the entry is defensible against the evidence under {@code evidenceRoot}: its status
   * rule holds and every anchor but its links is verified (commands are not run).
   */
  public EntryAssert isDefensibleAgainst(Path evidenceRoot) {
    return isDefensibleAgainst(VerifyOptions.root(evidenceRoot));
  }

  /** Verifies that the entry is defensible when verified with {@code options}. */
  public EntryAssert isDefensibleAgainst(VerifyOptions options) {
    isNotNull();
    EntryVerification verification = Verifier.of(options).verify(actual);
    if (!verification.isDefensible()) {
      throwAssertionError(shouldBeDefensible(verification));
    }
    return myself;
  }
}
