package io.experiencelake.core.verify;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What verifying a whole lake found: a result per anchor in entry and anchor order (whatever the
 * thread timing), which entries are defensible, counts by outcome, and a short summary.
 *
 * <pre>{@code
 * VerificationReport report = Verifier.of(VerifyOptions.root(Path.of("evidence"))).verify(lake);
 * System.out.println(report.summary());
 * }</pre>
 */
@Value.Immutable
public interface VerificationReport {

  /** How many entries that are not defensible {@link #summary()} names; the rest are counted. */
  int NAMED_IN_SUMMARY = 20;

  /** One verification per entry, in the lake's order. */
  List<EntryVerification> entries();

  /** Every anchor's result, in entry and anchor order. */
  @Value.Lazy
  default List<AnchorResult> results() {
    return entries().stream().flatMap(e -> e.anchors().stream()).toList();
  }

  /** How many anchors had each outcome; every outcome is present, in declaration order, zeros included. */
  @Value.Lazy
  default Map<Outcome, Integer> counts() {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
    for (AnchorResult r : results()) {
      counts.merge(r.outcome(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** How many anchors had {@code outcome}. */
  default int count(Outcome outcome) {
    return counts().get(outcome);
  }

  /** The verification of the entry with {@code id}, if the lake has one. */
  default Optional<EntryVerification> entry(String id) {
    return entries().stream().filter(e -> e.entryId().equals(id)).findFirst();
  }

  /** The entries that are not defensible, in the lake's order. */
  default List<EntryVerification> indefensible() {
    return entries().stream().filter(e -> !e.isDefensible()).toList();
  }

  /** Whether every entry is defensible. */
  default boolean isDefensible() {
    return entries().stream().allMatch(EntryVerification::isDefensible);
  }

  /**
   * Two lines: anchors by outcome, then entries defensible or not, e.g.
   * <pre>
   * 7 anchors: 5 verified, 1 mismatch, 0 missing, 0 rejected, 1 not run, 0 unverifiable
   * 3 entries: 2 defensible, 1 not defensible (phase-gates)
   * </pre>
   * naming at most {@value #NAMED_IN_SUMMARY} entries that are not defensible ({@code (a, b, … and 980 more)}).
   */
  default String summary() {
    StringBuilder out = new StringBuilder();
    int anchors = results().size();
    out.append(anchors).append(anchors == 1 ? " anchor: " : " anchors: ")
        .append(counts().entrySet().stream().map(c -> c.getValue() + " " + c.getKey().label()).collect(Collectors.joining(", ")));
    List<EntryVerification> indefensible = indefensible();
    int total = entries().size();
    out.append('\n').append(total).append(total == 1 ? " entry: " : " entries: ")
        .append(total - indefensible.size()).append(" defensible, ")
        .append(indefensible.size()).append(" not defensible");
    if (!indefensible.isEmpty()) {
      out.append(" (").append(indefensible.stream().limit(NAMED_IN_SUMMARY).map(EntryVerification::entryId).collect(Collectors.joining(", ")));
      if (indefensible.size() > NAMED_IN_SUMMARY) {
        out.append(" and ").append(indefensible.size() - NAMED_IN_SUMMARY).append(" more");
      }
      out.append(')');
    }
    return out.toString();
  }
}
