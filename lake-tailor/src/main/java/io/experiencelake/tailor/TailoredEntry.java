package io.experiencelake.tailor;

import io.experiencelake.core.Capability;
import io.experiencelake.core.Status;
import java.util.List;
import org.immutables.value.Value;

/** An entry chosen for a job, with why: its rank, BM25 score, the job's terms it matched and the capabilities they touch. */
@Value.Immutable
public interface TailoredEntry {

  /** 1 for the best match. */
  int rank();

  /** The entry's id. */
  String entryId();

  /** The entry's claim. */
  String claim();

  /** The entry's status, so a renderer never shows a plan as done. */
  Status status();

  /** The entry's BM25 score against the job's terms. */
  double score();

  /** The job's terms the entry matched, as the job wrote them, most telling first (by contribution, then alphabetically). */
  List<String> matchedTerms();

  /** The entry's capabilities whose title or id shares a term with the job, in the entry's order. */
  List<Capability> matchedCapabilities();
}
