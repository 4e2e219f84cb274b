package io.experiencelake.applications;

import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.verify.VerifyOptions;
import io.experiencelake.render.PlainText;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to apply: the day (never read from the clock), the company, the job's title and the contact
 * when known, how many entries to tailor to, and the evidence to verify first.
 *
 * <pre>{@code
 * ApplyOptions options = ImmutableApplyOptions.builder()
 *     .today(LocalDate.of(2026, 11, 27))
 *     .company("Acme")
 *     .contact("Sam Jones")
 *     .evidence(VerifyOptions.root(Path.of("evidence")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface ApplyOptions {

  /** The day of the application: the folder's date, and the date the lake is checked against. */
  LocalDate today();

  /** The company applied to. */
  String company();

  /** The job's title; when absent, the job ad's own title, if it has one. */
  Optional<String> title();

  /** The person the cover letter is addressed to ({@code Dear Sam Jones,}); without one, the hiring manager. */
  Optional<String> contact();

  /** How many entries to tailor to at most; 5 by default. */
  @Value.Default
  default int top() {
    return 5;
  }

  /**
   * The evidence to verify first; when given, an entry whose evidence does not verify is not sent
   * (each is named, with why, in the warnings), and the manifest records the verification.
   */
  Optional<VerifyOptions> evidence();

  /** Options for applying to {@code company} on {@code today}, everything else at its default. */
  static ApplyOptions of(LocalDate today, String company) {
    return ImmutableApplyOptions.builder().today(today).company(company).build();
  }

  /** Rejects a blank company, a contact that names no one, or fewer than one entry to send. */
  @Value.Check
  default void check() {
    if (company().isBlank()) {
      throw LakeException.of(Rule.BLANK_PART, "/company", "the company is blank", "name the company you apply to");
    }
    if (contact().isPresent() && PlainText.oneLine(contact().get()).isEmpty()) {
      throw LakeException.of(Rule.BLANK_PART, "/contact", "the contact names no one", "give the person's name, or leave the contact out");
    }
    if (top() < 1) {
      throw LakeException.of(Rule.BAD_ID, "/top", "the options choose " + top() + " entries", "choose at least 1 entry");
    }
  }
}
