package io.experiencelake.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VerbsTests {

  @ParameterizedTest
  @CsvSource({
    // every opening verb of the example lake's claims
    "Gated, gate", "Closed, close", "Scoped, scope", "Made, make", "Fixed, fix", "Bounded, bound", "Renamed, rename",
    "Cut, cut", "Replaced, replace", "Loaded, load", "Held, hold", "Defined, define", "Ran, run", "Moved, move",
    "Enforced, enforce", "Scripting, script", "Profiling, profile", "Moving, move", "Guarding, guard", "Bringing, bring",
    "Making, make",
    // verbs CVs open with
    "Created, create", "Treated, treat", "Migrated, migrate", "Automated, automate", "Validated, validate",
    "Updated, update", "Reduced, reduce", "Introduced, introduce", "Improved, improve", "Designed, design",
    "Built, build", "Led, lead", "Wrote, write", "Stopped, stop", "Planned, plan", "Shipped, ship", "Committed, commit",
    "Controlled, control", "Labelled, label", "Cancelled, cancel", "Rolled, roll", "Called, call", "Passed, pass",
    "Added, add", "Unified, unify", "Applied, apply", "Opened, open", "Visited, visit", "Edited, edit", "Limited, limit",
    "Audited, audit", "Targeted, target", "Completed, complete", "Deleted, delete", "Promoted, promote", "Pivoted, pivot",
    "Computed, compute", "Executed, execute", "Provided, provide", "Decided, decide", "Included, include",
    "Encoded, encode", "Upgraded, upgrade", "Described, describe", "Invoked, invoke", "Assumed, assume",
    "Streamlined, streamline", "Examined, examine", "Cloned, clone", "Partitioned, partition", "Declared, declare",
    "Required, require", "Stored, store", "Restored, restore", "Explored, explore", "Monitored, monitor",
    "Mentored, mentor", "Secured, secure", "Measured, measure", "Configured, configure", "Compiled, compile",
    "Scheduled, schedule", "Developed, develop", "Scaled, scale", "Enabled, enable", "Handled, handle",
    "Throttled, throttle", "Merged, merge", "Changed, change", "Used, use", "Caused, cause", "Focused, focus",
    "Parsed, parse", "Collapsed, collapse", "Released, release", "Analysed, analyse", "Optimized, optimize",
    "Continued, continue", "Issued, issue", "Cached, cache", "Rerouted, reroute", "Routed, route", "Agreed, agree",
    "Deduplicated, deduplicate", "Delivered, deliver", "Hardened, harden", "Shortened, shorten", "Engineered, engineer",
    "Tuned, tune", "Hired, hire", "Ignored, ignore", "Wiped, wipe", "Being, be", "Writing, write", "Running, run",
    "Using, use", "Planning, plan", "Aiming, aim", "Working, work", "Migrating, migrate", "Creating, create",
    "Managed, manage", "Leveraged, leverage", "Engaged, engage", "Staged, stage", "Packaged, package", "Managing, manage",
    "Tagged, tag", "Flagged, flag", "Logged, log", "Hedged, hedge",
    // irregular past tenses
    "Sent, send", "Spent, spend", "Became, become", "Understood, understand", "Did, do", "Went, go"
  })
  void findsTheBaseFormOfAnOpeningVerb(String word, String base) {
    assertThat(Verbs.base(word)).contains(base);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Will", "A", "Phase", "Distributed", "Embedded", "Deterministic", "Round-robin", "Twelve", "string", "Something", "During"})
  void readsNoVerbInWordsThatAreNone(String word) {
    assertThat(Verbs.base(word)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"Sent, send", "cut, cut", "Built, build", "freed, free", "Understood, understand"})
  void knowsIrregularPastTenses(String word, String base) {
    assertThat(Verbs.irregularPast(word)).contains(base);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Gated", "Reduced", "Being", "Seeing", "Send", "Need", ""})
  void readsNoIrregularPastInRegularPastTensesParticiplesOrBaseForms(String word) {
    assertThat(Verbs.irregularPast(word)).isEmpty();
  }
}
