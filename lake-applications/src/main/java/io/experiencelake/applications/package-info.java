/**
 * Applications: a lake tailored to one job ad and rendered into its own folder, and an append-only,
 * hash-chained ledger ({@code ledger.jsonl}) of what was sent to whom and what became of it.
 */
@io.experiencelake.core.LakeStyle
package io.experiencelake.applications;
