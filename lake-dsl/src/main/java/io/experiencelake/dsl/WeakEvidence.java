package io.experiencelake.dsl;

/**
 * Evidence that points somewhere but verifies nothing: a link. An entry whose evidence is only
 * links can be {@code current(...)} or {@code target(...)}, never {@code achieved(...)}.
 *
 * <pre>{@code
 * entry("schema-registry").in("contract-first")
 *     .claim("Moving 11 services onto a shared schema registry")
 *     .constraint("Producers deploy on their own schedules")
 *     .decision("Compatibility checks in CI before any deploy")
 *     .consequence("A breaking change now fails a build instead of a consumer")
 *     .evidence(link("https://github.com/example/registry/pull/42"))    // WeakEvidence
 *     .current(LocalDate.of(2025, 6, 1), "7 of 11 services migrated");
 * }</pre>
 *
 * <p>It has nothing to call: it is what a {@code link} chain ends in, and only it can make one.
 */
public sealed interface WeakEvidence permits LinkFinalStep {}
