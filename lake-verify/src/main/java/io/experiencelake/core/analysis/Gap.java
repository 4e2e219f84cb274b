package io.experiencelake.core.analysis;

import java.util.List;
import org.immutables.value.Value;

/**
 * A required capability that no entry backs, with the entries nearest to closing it.
 *
 * <p>Without verification a gap is a capability with no ACHIEVED entry; with verification, one with
 * no ACHIEVED entry whose evidence verified.
 */
@Value.Immutable
public interface Gap {

  /** The capability's id. */
  String capability();

  /** The capability's title, or its id when the lake does not define it. */
  String title();

  /** How much the role needs it. */
  double weight();

  /**
   * The CURRENT and TARGET entries demonstrating the capability, nearest first: CURRENT entries
   * (latest as-of date first), then TARGET entries (earliest target date first, undated last);
   * ties by entry id.
   */
  List<CoveredEntry> closers();

  /** ACHIEVED entries demonstrating the capability whose evidence did not verify, in the lake's order. */
  List<CoveredEntry> unverified();
}
