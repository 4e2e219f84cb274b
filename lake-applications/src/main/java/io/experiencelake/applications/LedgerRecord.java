package io.experiencelake.applications;

import io.experiencelake.core.hash.ContentHash;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of the ledger: an {@link ApplicationRecord} or a {@link StatusRecord}, numbered and
 * chained to the record before it.
 *
 * <p>A record's {@link #hash()} is the SHA-256 of its RFC 8785 canonical JSON without the
 * {@code hash} field; its line in {@code ledger.jsonl} is that canonical JSON with the hash added.
 * So a record read back equals the one written, and any change to a line shows.
 *
 * <pre>{@code
 * for (LedgerRecord r : Ledger.open(Path.of("applications")).records()) {
 *   System.out.println(r.seq() + " " + r.kind() + " " + r.hash());
 * }
 * }</pre>
 */
public sealed interface LedgerRecord permits ApplicationRecord, StatusRecord {

  /** The record's number in the ledger, from 1; it is also its line number. */
  long seq();

  /** The hash of the record before it; empty for the first record only. */
  Optional<ContentHash> previous();

  /** {@code application} or {@code status}, as written in the record's {@code kind} field. */
  String kind();

  /** The SHA-256 of the record's canonical JSON without its {@code hash} field; computed once, on first use. */
  @Value.Lazy
  default ContentHash hash() {
    return RecordJson.hash(this);
  }
}
