package io.experiencelake.tailor;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The entries chosen for one job, best first, each with its explanation. */
@Value.Immutable
public interface Tailoring {

  /** The job's title, when it has one. */
  Optional<String> jobTitle();

  /** The job's distinct terms as it wrote them, in order of first appearance. */
  List<String> jobTerms();

  /** How many entries were ranked (TARGET entries only when asked for). */
  int ranked();

  /** Whether TARGET entries could be chosen. */
  boolean includesTargets();

  /** The chosen entries, best first: highest score, ties broken by entry id; entries matching no term are never chosen. */
  List<TailoredEntry> entries();
}
