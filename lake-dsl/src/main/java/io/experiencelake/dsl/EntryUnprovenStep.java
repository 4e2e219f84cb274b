package io.experiencelake.dsl;

/**
 * The step of an entry with no evidence yet: it may only be current or a target.
 *
 * <pre>{@code
 * lake.entry(entry("multi-region").in("reliability-rails")
 *     .claim("Serve scoring from two regions")
 *     .constraint("Feature data may not leave its region")
 *     .decision("Active-passive with regional feature stores")
 *         .consequence("Fail-over loses the last 5 minutes of features")
 *     .noEvidenceYet()
 *     .target(LocalDate.of(2026, 12, 31)));
 * }</pre>
 */
public interface EntryUnprovenStep extends EntryUnfinishedStatuses {}
