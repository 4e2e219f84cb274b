package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * The step of an entry backed only by links so far: it may be current or a target, and becomes achievable only once verifiable evidence is added.
 *
 * <pre>{@code
 * lake.entry(entry("schema-registry").in("contract-first").at("platform")
 *     .claim("Moving 11 services onto a shared schema registry")
 *     .constraint("Producers deploy on their own schedules")
 *     .decision("Compatibility checks in CI before any deploy")
 *         .consequence("A breaking change now fails a build instead of a consumer")
 *     .evidence(link("https://github.com/example/registry/pull/42"))
 *         .and(link("https://example.org/blog/registry"))
 *     .current(LocalDate.of(2025, 6, 1), "7 of 11 services migrated"));
 * }</pre>
 */
public interface EntryWeakEvidenceStep extends EntryUnfinishedStatuses {

  /** Adds another link; the entry stays unable to be achieved. */
  @CheckReturnValue
  EntryWeakEvidenceStep and(WeakEvidence anchor);

  /** Adds a verifiable anchor, after which every status is open. */
  @CheckReturnValue
  EntryEvidenceMoreStep and(VerifiableEvidence anchor);
}
