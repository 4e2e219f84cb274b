package io.experiencelake.applications;

import io.experiencelake.core.LakeEntry;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How one entry an application sent compares with the lake today: the same, changed (and in which
 * parts), or gone; what to know before the interview.
 *
 * <pre>{@code
 * for (EntryChange c : Ledger.diff(ledger.application("1"), lake)) {
 *   if (c.removed()) { … } else if (!c.unchanged()) { c.changed(); }   // e.g. [CLAIM, STATUS]
 * }
 * }</pre>
 */
@Value.Immutable
public interface EntryChange {

  /** A part of an entry that can change. */
  enum Part {
    /** The claim's text. */
    CLAIM,
    /** The status: its state, date or progress. */
    STATUS,
    /** The evidence anchors. */
    EVIDENCE,
    /** Anything else: constraint, decision, keywords, capabilities, cluster, stories… */
    OTHER
  }

  /** The entry as it was sent. */
  SentEntry sent();

  /** The entry with the same id in the lake today, if it still has one. */
  Optional<LakeEntry> now();

  /** The parts that differ; empty when the entry is unchanged (same content hash) or removed. */
  Set<Part> changed();

  /** Whether the lake no longer has the entry. */
  default boolean removed() {
    return now().isEmpty();
  }

  /** Whether the lake has the entry with the same content hash. */
  default boolean unchanged() {
    return now().isPresent() && changed().isEmpty();
  }
}
