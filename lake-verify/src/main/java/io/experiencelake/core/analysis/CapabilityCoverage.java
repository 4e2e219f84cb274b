package io.experiencelake.core.analysis;

import io.experiencelake.core.StatusKind;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One required capability of a role: its weight and every entry that demonstrates it, by status. */
@Value.Immutable
public interface CapabilityCoverage {

  /** The capability's id, e.g. {@code run-discipline}. */
  String capability();

  /** The capability's title, or its id when the lake does not define it. */
  String title();

  /** How much the role needs it, in (0, 1]. */
  double weight();

  /** The entries that demonstrate it, in the lake's order. */
  List<CoveredEntry> entries();

  /** The entries in state {@code kind}, in the lake's order. */
  default List<CoveredEntry> entries(StatusKind kind) {
    return entries().stream().filter(e -> e.kind() == kind).toList();
  }

  /** The entries that back it: ACHIEVED and, when verified, defensible. */
  default List<CoveredEntry> backing() {
    return entries().stream().filter(CoveredEntry::backs).toList();
  }

  /** Whether at least one entry backs it; a capability that is not backed is a gap. */
  default boolean isBacked() {
    return entries().stream().anyMatch(CoveredEntry::backs);
  }

  /** Whether at least one entry demonstrating it is ACHIEVED, verified or not. */
  default boolean isAchieved() {
    return entries().stream().anyMatch(e -> e.kind() == StatusKind.ACHIEVED);
  }

  /** The strongest state of its entries (ACHIEVED, then CURRENT, then TARGET); empty when no entry demonstrates it. */
  default Optional<StatusKind> strongest() {
    return Strongest.of(entries());
  }

  /** The strongest state of its entries in cluster {@code clusterId}; empty when none of them is in that cluster. */
  default Optional<StatusKind> strongestIn(String clusterId) {
    return Strongest.of(entriesIn(clusterId));
  }

  /** Its entries in cluster {@code clusterId}, in the lake's order. */
  default List<CoveredEntry> entriesIn(String clusterId) {
    return entries().stream().filter(e -> e.cluster().equals(clusterId)).toList();
  }
}
