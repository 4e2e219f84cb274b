package io.experiencelake.core.verify;

import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StatusKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The verification of one entry: a result per anchor, in the entry's order, and whether the entry
 * is defensible.
 *
 * <p>An entry is defensible when its status rule holds (an {@code ACHIEVED} entry has at least one
 * verifiable anchor, that is anything but a link) and every verifiable anchor is
 * {@link Outcome#VERIFIED}. Links never count either way.
 */
@Value.Immutable
public interface EntryVerification {

  /** The entry that was verified. */
  LakeEntry entry();

  /** A JSON Pointer to the entry, e.g. {@code /entries/3}; empty when the entry was verified on its own. */
  String pointer();

  /** One result per anchor, in the entry's evidence order. */
  List<AnchorResult> anchors();

  /** The entry's id, e.g. {@code phase-gates}. */
  default String entryId() {
    return entry().id();
  }

  /** Whether the status rule holds: an {@code ACHIEVED} entry needs at least one verifiable anchor (links do not count). */
  default boolean statusRuleHolds() {
    return entry().status().kind() != StatusKind.ACHIEVED
        || entry().evidence().stream().anyMatch(a -> a.isVerifiable());
  }

  /** Whether the status rule holds and every verifiable (non-link) anchor is {@link Outcome#VERIFIED}. */
  default boolean isDefensible() {
    return statusRuleHolds()
        && anchors().stream().filter(r -> r.anchor().isVerifiable()).allMatch(AnchorResult::isVerified);
  }

  /** The broken status rule in plain words, when it is broken. */
  default Optional<String> statusProblem() {
    if (statusRuleHolds()) {
      return Optional.empty();
    }
    return Optional.of("it is ACHIEVED but has no verifiable evidence (links do not count); "
        + "add a run output, receipt, report stat or repro step, or mark it CURRENT");
  }

  /** The results of the verifiable anchors that are not {@link Outcome#VERIFIED}, in order. */
  default List<AnchorResult> unverified() {
    return anchors().stream().filter(r -> r.anchor().isVerifiable() && !r.isVerified()).toList();
  }

  /** Every reason the entry is not defensible, one line each: the status problem first, then each unverified anchor. */
  default List<String> problems() {
    return Stream.concat(statusProblem().stream(), unverified().stream().map(AnchorResult::describe)).toList();
  }
}
