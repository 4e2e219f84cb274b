package io.experiencelake.render;

import io.experiencelake.core.StatusKind;
import io.experiencelake.core.verify.VerificationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What to render: the pinned "today", an optional target role, which entries to select, whether
 * TARGET entries may appear (under a heading "Next" only), length budgets (bullets per engagement
 * and pages of a CV) and whom a cover letter is addressed to.
 *
 * <p>Empty selection sets select everything: an entry is selected when it is in one of the
 * {@link #clusters()} (if any are given), has one of the {@link #statuses()} (if any), and carries
 * one of the {@link #keywords()} or has it in its claim (if any, ignoring case). TARGET entries are
 * left out unless {@link #includeTargets()} is set, whatever the statuses say. When {@link #entries()}
 * names entry ids, only those of them the other filters select are rendered: an explicit pick, such
 * as the entries tailoring chose for a job.
 *
 * <pre>{@code
 * RenderOptions options = ImmutableRenderOptions.builder()
 *     .today(LocalDate.of(2026, 11, 27))
 *     .role("mlops-platform")
 *     .addClusters("evidence-gated-runs")
 *     .includeTargets(true)
 *     .bulletsPerEngagement(4)
 *     .pages(1)
 *     .contact("Sam Rivera")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface RenderOptions {

  /** The date the render treats as today; the lake is checked against it. Never read from the clock. */
  LocalDate today();

  /** The id of the role profile to render for; renderers that tailor to a role use it. */
  Optional<String> role();

  /** Cluster ids to select entries from; empty for every cluster. */
  Set<String> clusters();

  /** Statuses to select; empty for every status (TARGET still needs {@link #includeTargets()}). */
  Set<StatusKind> statuses();

  /** Keywords an entry must carry (or have in its claim) to be selected; empty for no filter. */
  Set<String> keywords();

  /**
   * The ids of the only entries to render, most wanted first; empty for no such pick. The other
   * filters still apply (a TARGET entry named here still needs {@link #includeTargets()}). The
   * order of this list is the entries' rank (see {@link Selection#ranked()}): documents that show
   * only the best few (a CV's bullets per engagement, a cover letter) show the first ids, and when
   * {@link #maxEntries()} leaves some out it keeps them too. An id the lake lacks is a warning; a
   * repeated id counts once.
   */
  List<String> entries();

  /** Whether TARGET entries appear, only under a heading "Next"; off by default. */
  @Value.Default
  default boolean includeTargets() {
    return false;
  }

  /**
   * The most entries to render; the entries over it are dropped with a warning naming them: the
   * ones ranked last ({@link Selection#ranked()}).
   */
  OptionalInt maxEntries();

  /**
   * The most bullets a CV shows under one engagement (and under "Selected work" and "Next"); the
   * best-ranked are kept and the others left out with a warning naming them. 5 by default.
   */
  @Value.Default
  default int bulletsPerEngagement() {
    return 5;
  }

  /**
   * The most pages a CV may fill; a CV that would run over shows fewer bullets per engagement
   * until it fits, and says which entries it left out. 2 by default.
   */
  @Value.Default
  default int pages() {
    return 2;
  }

  /**
   * The most words a cover letter may run to, about one page; a letter that would run over tells
   * fewer entries. 400 by default.
   */
  @Value.Default
  default int letterWords() {
    return 400;
  }

  /**
   * The name of the person a cover letter is addressed to, such as the hiring manager named in
   * the job ad ({@code Dear Sam Rivera,}); without it, the letter opens {@code Dear hiring manager,}.
   */
  Optional<String> contact();

  /**
   * What verifying the lake's evidence found, when the caller verified it first; renderers that
   * show evidence (the portfolio) then give each anchor's outcome, else they say it was not checked.
   * The manifest records the report's summary.
   */
  Optional<VerificationReport> verification();

  /** The paper typeset documents (PDF) are laid out on; A4 by default. */
  @Value.Default
  default PaperSize paper() {
    return PaperSize.A4;
  }

  /** Options with {@code today} pinned and everything else at its default. */
  static RenderOptions today(LocalDate today) {
    return ImmutableRenderOptions.builder().today(today).build();
  }

  /** Rejects a budget below one and a blank contact. */
  @Value.Check
  default void check() {
    if (maxEntries().isPresent() && maxEntries().getAsInt() < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1, not " + maxEntries().getAsInt());
    }
    if (bulletsPerEngagement() < 1) {
      throw new IllegalArgumentException("bulletsPerEngagement must be at least 1, not " + bulletsPerEngagement());
    }
    if (pages() < 1) {
      throw new IllegalArgumentException("pages must be at least 1, not " + pages());
    }
    if (letterWords() < 1) {
      throw new IllegalArgumentException("letterWords must be at least 1, not " + letterWords());
    }
    if (contact().isPresent() && PlainText.oneLine(contact().get()).isEmpty()) {
      throw new IllegalArgumentException("contact must name someone; leave it out to write to the hiring manager");
    }
  }
}
