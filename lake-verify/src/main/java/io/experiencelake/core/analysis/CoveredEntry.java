package io.experiencelake.core.analysis;

import io.experiencelake.core.Status;
import io.experiencelake.core.StatusKind;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry as coverage sees it: its id, cluster and status, and whether its evidence verified. */
@Value.Immutable
public interface CoveredEntry {

  /** The entry's id, e.g. {@code phase-gates}. */
  String id();

  /** The id of the entry's cluster. */
  String cluster();

  /** The entry's status, with its date. */
  Status status();

  /** Whether verification found the entry defensible; empty when coverage was computed without verification. */
  Optional<Boolean> defensible();

  /** Which of the three states the entry is in. */
  default StatusKind kind() {
    return status().kind();
  }

  /** Whether the entry backs its capabilities: it is ACHIEVED and, when verified, defensible. */
  default boolean backs() {
    return kind() == StatusKind.ACHIEVED && defensible().orElse(true);
  }

  /** Whether the entry is ACHIEVED but verification found it not defensible. */
  default boolean isUnverifiedAchievement() {
    return kind() == StatusKind.ACHIEVED && !defensible().orElse(true);
  }

  /**
   * The status in words with its date, e.g. {@code ACHIEVED on 2025-03-14}, {@code CURRENT as of
   * 2026-11-20} or {@code TARGET by 2027-03-31}.
   */
  default String describeStatus() {
    return StatusWords.describe(status());
  }
}
