package io.experiencelake.applications;

import io.experiencelake.core.Rule;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Status;
import io.experiencelake.core.hash.ContentHash;
import java.util.List;
import org.immutables.value.Value;

/**
 * One entry as an application sent it: its content hash, its claim and status as they were, a hash
 * of its evidence anchors, and the documents it appeared in; enough to show what was claimed, and to
 * tell later what has changed, without the lake of that day.
 */
@Value.Immutable
public interface SentEntry {

  /** The entry's id, e.g. {@code phase-gates}. */
  String id();

  /** The entry's content hash then (SHA-256 of its RFC 8785 canonical JSON), as the manifest lists it. */
  ContentHash hash();

  /** The claim as it was written then. */
  String claim();

  /** The status then. */
  Status status();

  /** The SHA-256 of the canonical JSON of the entry's evidence anchors then. */
  ContentHash evidence();

  /** The renderers of the sent documents the entry appeared in, sorted, e.g. {@code [cover-letter, cv]}. */
  List<String> documents();

  /** Rejects a blank id, or an entry sent in no document. */
  @Value.Check
  default void check() {
    if (id().isBlank()) {
      throw LakeException.of(Rule.LEDGER_BAD_RECORD, "/id", "a sent entry has a blank id", "give the entry's id");
    }
    if (documents().isEmpty()) {
      throw LakeException.of(Rule.LEDGER_BAD_RECORD, "/documents", "sent entry '" + id() + "' names no document it was sent in",
          "list the renderers of the documents it appeared in, e.g. [\"cv\"]");
    }
  }
}
