package io.experiencelake.core.verify;

import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.Link;
import io.experiencelake.core.Receipt;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.ReproStep;
import io.experiencelake.core.RunOutput;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What verifying one evidence anchor of one entry found: the outcome, the expected and actual
 * values as text, and a plain-words detail.
 *
 * <p>{@link #describe()} reads like
 * {@code anchor 0 (run-output runs/x.log): expected sha256 9f86… but was 2c26…; the file differs from the one the anchor pins}.
 */
@Value.Immutable
public interface AnchorResult {

  /** The id of the entry the anchor belongs to, e.g. {@code phase-gates}. */
  String entryId();

  /** The anchor's position in the entry's evidence list, from 0. */
  int anchorIndex();

  /** A JSON Pointer to the anchor in the lake's JSON form, e.g. {@code /entries/3/evidence/0}. */
  String pointer();

  /** The anchor that was checked. */
  EvidenceAnchor anchor();

  /** What the check found. */
  Outcome outcome();

  /** What happened, in plain words, e.g. {@code the file's SHA-256 matches}. */
  String detail();

  /** What the anchor claims, as text, e.g. {@code sha256 9f86…} or {@code = 0 runs}. */
  Optional<String> expected();

  /** What the evidence says, as text, when it was read, e.g. {@code sha256 2c26…} or {@code 3 runs}. */
  Optional<String> actual();

  /** Whether the anchor is {@link Outcome#VERIFIED}. */
  default boolean isVerified() {
    return outcome() == Outcome.VERIFIED;
  }

  /** A short name of the anchor, e.g. {@code run-output runs/2025/gates.log} or {@code repro-step make check}. */
  default String label() {
    return labelOf(anchor());
  }

  /** A short name of {@code anchor}: its kind and path, id, command or address, e.g. {@code report-stat reports/p.json /partial_promotions}. */
  static String labelOf(EvidenceAnchor anchor) {
    String what;
    if (anchor instanceof RunOutput runOutput) {
      what = runOutput.path();
    } else if (anchor instanceof Receipt receipt) {
      what = receipt.path().orElseGet(() -> "id " + receipt.id().orElseThrow());
    } else if (anchor instanceof ReportStat stat) {
      what = stat.path() + " " + stat.pointer().orElseGet(() -> Anchors.cell(stat.cell().orElseThrow()));
    } else if (anchor instanceof ReproStep reproStep) {
      what = String.join(" ", reproStep.argv());
    } else {
      what = ((Link) anchor).uri().toString();
    }
    return Anchors.abbreviate(anchor.kind() + " " + what, 100);
  }

  /**
   * One line naming the anchor with its expected and actual values and the detail, e.g.
   * {@code anchor 0 (run-output runs/x.log): expected sha256 … but was …; the file differs from the one the anchor pins}.
   */
  default String describe() {
    StringBuilder out = new StringBuilder("anchor ").append(anchorIndex()).append(" (").append(label()).append("): ");
    if (outcome() == Outcome.MISMATCH && expected().isPresent() && actual().isPresent()) {
      out.append("expected ").append(expected().get()).append(" but was ").append(actual().get()).append("; ");
    } else if (outcome() == Outcome.NOT_RUN || outcome() == Outcome.UNVERIFIABLE) {
      out.append(outcome().label()).append(": ");
    }
    return out.append(detail()).toString();
  }
}
