package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * A link: weak evidence that never counts as verification, with an optional title.
 *
 * <pre>{@code
 * entry("schema-registry").in("contract-first")
 *     .claim("Moving 11 services onto a shared schema registry")
 *     .constraint("Producers deploy on their own schedules")
 *     .decision("Compatibility checks in CI before any deploy")
 *     .consequence("A breaking change now fails a build instead of a consumer")
 *     .evidence(link("https://github.com/example/registry/pull/42").titled("Registry rollout PR"))
 *     .current(LocalDate.of(2025, 6, 1), "7 of 11 services migrated");
 * }</pre>
 */
public sealed interface LinkFinalStep extends WeakEvidence permits AnchorImpl.LinkImpl {

  /** Sets what is at the address. */
  @CheckReturnValue
  LinkFinalStep titled(String title);
}
