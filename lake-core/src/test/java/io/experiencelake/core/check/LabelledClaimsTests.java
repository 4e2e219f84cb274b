package io.experiencelake.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Rule;
import io.experiencelake.core.Status;
import io.experiencelake.core.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the real checker over {@code claims.csv}, a table of claims written for this test and
 * labelled with the claim rules they should break, and measures each rule's precision and recall.
 *
 * <p>Every claim becomes one entry of one lake (so near duplicates are searched across the whole
 * table, as in a real lake). Slogans ({@code LAKE-L001}), claims that read as done
 * ({@code LAKE-I004}) and long claims ({@code LAKE-L005}) are scored per claim; near duplicates
 * ({@code LAKE-L004}) per pair: a pair counts as found only when the later claim is flagged and the
 * diagnostic names its partner. Achieved entries carry a run output, never a report stat, so the
 * slogan rule is judged on the claim's words alone.
 */
class LabelledClaimsTests {

  private static final List<Rule> RULES = List.of(Rule.SLOGAN, Rule.READS_AS_DONE, Rule.NEAR_DUPLICATE_CLAIM, Rule.LONG_CLAIM);
  private static final Pattern PARTNER = Pattern.compile(" at /entries/(\\d+)");
  private static final Pattern ENTRY = Pattern.compile("^/entries/(\\d+)/claim$");

  /** One labelled claim. */
  record Row(String id, String claim, String status, Set<String> expected, String pair, String note) {}

  /** What the checker did for one rule against the labels. */
  record Score(Rule rule, Set<String> expected, Set<String> flagged) {

    Set<String> truePositives() {
      Set<String> out = new TreeSet<>(flagged);
      out.retainAll(expected);
      return out;
    }

    Set<String> falsePositives() {
      Set<String> out = new TreeSet<>(flagged);
      out.removeAll(expected);
      return out;
    }

    Set<String> falseNegatives() {
      Set<String> out = new TreeSet<>(expected);
      out.removeAll(flagged);
      return out;
    }

    /** Flagged that were expected; 1 when nothing was flagged and nothing expected. */
    double precision() {
      return flagged.isEmpty() ? (expected.isEmpty() ? 1 : 0) : (double) truePositives().size() / flagged.size();
    }

    /** Expected that were flagged. */
    double recall() {
      return expected.isEmpty() ? 1 : (double) truePositives().size() / expected.size();
    }
  }

  private static List<Row> rows;
  private static Map<Rule, Score> scores;

  @BeforeAll
  static void runTheCheckerOverTheTable() throws IOException {
    rows = readTable();
    List<LakeEntry> entries = new ArrayList<>();
    for (Row row : rows) {
      entries.add(SampleLake.entry(row.id(), "evidence-gated-runs", row.claim(), status(row.status()), "110"));
    }
    Lake lake = ImmutableLake.copyOf(SampleLake.lake()).withEntries(entries);
    List<Diagnostic> found = LakeChecker.check(lake, SampleLake.OPTIONS);

    Map<Rule, Set<String>> flagged = new LinkedHashMap<>();
    Map<Rule, Set<String>> expected = new LinkedHashMap<>();
    for (Rule rule : RULES) {
      flagged.put(rule, new TreeSet<>());
      expected.put(rule, new TreeSet<>());
    }
    for (Diagnostic d : found) {
      Matcher at = ENTRY.matcher(d.pointer());
      for (Rule rule : RULES) {
        if (d.code().equals(rule.code()) && at.matches()) {
          Row row = rows.get(Integer.parseInt(at.group(1)));
          if (rule == Rule.NEAR_DUPLICATE_CLAIM) {
            Matcher partner = PARTNER.matcher(d.message());
            assertThat(partner.find()).as("a near-duplicate diagnostic names its partner: %s", d).isTrue();
            flagged.get(rule).add(pair(rows.get(Integer.parseInt(partner.group(1))).id(), row.id()));
          } else {
            flagged.get(rule).add(row.id());
          }
        }
      }
    }
    Map<String, List<String>> pairs = new LinkedHashMap<>();
    for (Row row : rows) {
      for (Rule rule : RULES) {
        if (rule != Rule.NEAR_DUPLICATE_CLAIM && row.expected().contains(rule.code())) {
          expected.get(rule).add(row.id());
        }
      }
      if (!row.pair().isEmpty()) {
        pairs.computeIfAbsent(row.pair(), k -> new ArrayList<>()).add(row.id());
      }
    }
    for (List<String> pair : pairs.values()) {
      expected.get(Rule.NEAR_DUPLICATE_CLAIM).add(pair(pair.get(0), pair.get(1)));
    }
    scores = new LinkedHashMap<>();
    for (Rule rule : RULES) {
      scores.put(rule, new Score(rule, expected.get(rule), flagged.get(rule)));
    }
    System.out.println(table());
  }

  @Test
  void theTableHasAtLeastSixtyClaimsAndSeveralPerRule() {
    assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
    assertThat(rows).extracting(Row::id).doesNotHaveDuplicates();
    for (Score score : scores.values()) {
      assertThat(score.expected()).as("labelled cases of %s", score.rule().code()).hasSizeGreaterThanOrEqualTo(5);
    }
    long clean = rows.stream().filter(r -> r.expected().isEmpty()).count();
    assertThat(clean).as("claims labelled with no rule").isGreaterThanOrEqualTo(20);
  }

  @Test
  void pairLabelsAgreeWithTheExpectedRules() {
    Map<String, List<Row>> pairs = new LinkedHashMap<>();
    for (Row row : rows) {
      if (!row.pair().isEmpty()) {
        pairs.computeIfAbsent(row.pair(), k -> new ArrayList<>()).add(row);
      }
    }
    for (List<Row> pair : pairs.values()) {
      assertThat(pair).as("rows of a pair").hasSize(2);
      assertThat(pair.get(0).expected()).doesNotContain(Rule.NEAR_DUPLICATE_CLAIM.code());
      assertThat(pair.get(1).expected()).as("the later row of pair %s", pair.get(1).pair()).contains(Rule.NEAR_DUPLICATE_CLAIM.code());
    }
    assertThat(rows.stream().filter(r -> r.pair().isEmpty()).flatMap(r -> r.expected().stream()))
        .doesNotContain(Rule.NEAR_DUPLICATE_CLAIM.code());
  }

  @Test
  void everyRuleHasPrecisionOfAtLeastNinetyPercent() {
    for (Score score : scores.values()) {
      assertThat(score.precision()).as("precision of %s; false positives %s", score.rule().code(), score.falsePositives())
          .isGreaterThanOrEqualTo(0.9);
    }
  }

  @Test
  void everyRuleHasRecallOfAtLeastEightyPercent() {
    for (Score score : scores.values()) {
      assertThat(score.recall()).as("recall of %s; missed %s", score.rule().code(), score.falseNegatives())
          .isGreaterThanOrEqualTo(0.8);
    }
  }

  private static String table() {
    StringBuilder out = new StringBuilder("claim lint on claims.csv (" + rows.size() + " claims):\n");
    out.append(String.format(Locale.ROOT, "%-10s %-9s %8s %7s %3s %3s %3s %9s %6s%n",
        "rule", "unit", "expected", "flagged", "tp", "fp", "fn", "precision", "recall"));
    for (Score s : scores.values()) {
      out.append(String.format(Locale.ROOT, "%-10s %-9s %8d %7d %3d %3d %3d %9.2f %6.2f%n",
          s.rule().code(), s.rule() == Rule.NEAR_DUPLICATE_CLAIM ? "pairs" : "claims", s.expected().size(), s.flagged().size(),
          s.truePositives().size(), s.falsePositives().size(), s.falseNegatives().size(), s.precision(), s.recall()));
    }
    for (Score s : scores.values()) {
      if (!s.falsePositives().isEmpty()) {
        out.append(s.rule().code()).append(" false positives: ").append(s.falsePositives()).append('\n');
      }
      if (!s.falseNegatives().isEmpty()) {
        out.append(s.rule().code()).append(" missed: ").append(s.falseNegatives()).append('\n');
      }
    }
    return out.toString();
  }

  private static String pair(String earlier, String later) {
    return earlier + " ~ " + later;
  }

  private static Status status(String word) {
    switch (word) {
      case "ACHIEVED":
        return Achieved.on(LocalDate.of(2025, 3, 14));
      case "CURRENT":
        return SampleLake.current("in progress");
      case "TARGET":
        return Target.by(LocalDate.of(2027, 6, 30));
      default:
        throw new IllegalArgumentException("unknown status " + word);
    }
  }

  private static List<Row> readTable() throws IOException {
    try (InputStream in = LabelledClaimsTests.class.getResourceAsStream("claims.csv")) {
      assertThat(in).as("claims.csv on the test classpath").isNotNull();
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      List<Row> out = new ArrayList<>();
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        Set<String> expected = new TreeSet<>();
        for (String code : r.get("expected_rules").split(" ")) {
          if (!code.isBlank()) {
            expected.add(code);
          }
        }
        out.add(new Row(r.get("id"), r.get("claim"), r.get("status"), expected, r.get("pair_id"), r.get("note")));
      }
      return out;
    }
  }
}
