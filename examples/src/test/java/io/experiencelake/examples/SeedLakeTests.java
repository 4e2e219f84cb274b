package io.experiencelake.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.experiencelake.core.Capability;
import io.experiencelake.core.CapabilityWeight;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.EvidenceKind;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Receipt;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.ReproStep;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.RunOutput;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Tier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks {@link SeedLake} against the seed file, written here as data, and its anchors against the
 * files under {@code examples/evidence/}.
 */
class SeedLakeTests {

  /** The evidence root; tests run with the module directory as working directory. */
  private static final Path EVIDENCE = Path.of("evidence");

  private static final Lake LAKE = SeedLake.lake();

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Cluster titles from the seed, by rank (markdown code quotes around {@code $id} dropped). */
  private static final Map<Integer, String> SEED_TITLES = Map.of(
      1, "Evidence-gated run lifecycle + anti-drift governance for a multi-service platform",
      2, "Control & Ingress correctness rails: run identity, READY wiring, checkpoints, provenance, and "
          + "quarantine behavior",
      3, "Streaming consumer reliability + bounded acceptance semantics (Kinesis start positions, starvation, "
          + "resilience)",
      4, "Datastore hardening across services: reserved identifiers, connection churn, transaction lifecycle, "
          + "lock behavior",
      5, "Contract-first validation + schema resolution hardening (JSON Schema, $id anchors, Draft 2020-12 "
          + "semantics, deterministic hashes)",
      6, "Scale/performance + determinism under large datasets: parquet ingestion failures, timeouts, "
          + "stream-view integrity, DuckDB overflow/OOM, deterministic receipts",
      7, "Data Engine realism governance program + remediation waves (measurement → root cause → bounded "
          + "fixes → certification + freeze protection)",
      8, "Dev-min managed migration as a real program: mental model shift, budget constraints, "
          + "packaging/build-go, IaC drift, secrets/bootstrap determinism, readiness probes",
      9, "Case/Label/Audit “append-only truth” semantics: as-of slices, conflict posture, immutability "
          + "enforcement",
      10, "Portability + packaging reality (Windows + environment drift + atomic replace issues)");

  /** Story ids from the seed, by rank; sub-entries spelled out letter by letter. */
  private static final Map<Integer, List<String>> SEED_STORIES = Map.of(
      1, List.of("110", "121", "122", "126", "127", "128", "135", "136", "137", "139", "147"),
      2, List.of("100", "101", "102", "103", "109", "116", "163", "165", "166", "171", "175", "176", "177",
          "178", "179", "180", "184", "185", "186", "187", "146"),
      3, List.of("113", "114", "117", "193", "196", "106"),
      4, List.of("105", "118", "119", "120", "191", "195", "201", "228", "217"),
      5, List.of("150", "151", "152", "153", "154", "155", "160", "162", "172", "173", "174", "156"),
      6, List.of("168", "169", "170", "207", "208", "209", "210", "211", "212", "213", "214"),
      7, concat(List.of("41", "46"), subEntries("46", 'Q'), List.of("96", "15", "20")),
      8, concat(List.of("229", "230", "231", "232", "233", "234", "235", "236", "237", "238", "239", "240",
          "243", "244", "245", "246", "247", "248"), subEntries("248", 'P'), List.of()),
      9, List.of("215", "216", "218", "219", "220", "221", "222", "181"),
      10, List.of("108", "138", "158", "203"));

  /** The capabilities named in the seed's "Why this set is enough" list. */
  private static final Set<String> SEED_CAPABILITIES = Set.of(
      "reliability-rails", "run-discipline", "contract-first-correctness", "streaming-realities",
      "data-plane-hardening", "scale-performance", "migration-program", "measured-realism-governance");

  @Nested
  class Clusters {

    @Test
    void tenClustersRankedOneToTenWithTheSeedsTitles() {
      assertThat(LAKE.clusters()).extracting(Cluster::rank)
          .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
      for (Cluster cluster : LAKE.clusters()) {
        assertThat(cluster.title()).as("title of cluster %d", cluster.rank())
            .isEqualTo(SEED_TITLES.get(cluster.rank()));
      }
    }

    @Test
    void eightCoreClustersThenTwoOptionalAddOns() {
      Map<Tier, List<Integer>> ranksByTier = LAKE.clusters().stream()
          .collect(Collectors.groupingBy(Cluster::tier, TreeMap::new,
              Collectors.mapping(Cluster::rank, Collectors.toList())));
      assertThat(ranksByTier.get(Tier.CORE)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
      assertThat(ranksByTier.get(Tier.OPTIONAL)).containsExactlyInAnyOrder(9, 10);
    }

    @Test
    void eachClusterHoldsExactlyTheSeedsStoryIds() {
      for (Cluster cluster : LAKE.clusters()) {
        List<String> ids = cluster.stories().stream().map(StoryId::toString).toList();
        assertThat(ids).as("stories of cluster %d (%s)", cluster.rank(), cluster.id())
            .doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(SEED_STORIES.get(cluster.rank()));
      }
    }

    @Test
    void subEntryRangesExpandToSeventeenAndSixteenIds() {
      assertThat(SEED_STORIES.get(7)).contains("46AA", "46AQ").hasSize(5 + 17);
      assertThat(LAKE.storyBank().all()).extracting(s -> s.id().toString())
          .contains("46", "46AA", "46AQ", "248", "248AA", "248AP")
          .doesNotContain("46AR", "248AQ");
    }

    @Test
    void everyClusterStoryIsDeclaredOnceInTheBank() {
      List<String> declared = LAKE.stories().stream().map(s -> s.id().toString()).toList();
      Set<String> seed = SEED_STORIES.values().stream().flatMap(List::stream).collect(Collectors.toSet());
      assertThat(declared).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(seed);
    }
  }

  @Nested
  class Entries {

    @Test
    void atLeastSixteenEntriesWithTwoOrMoreInEveryCoreCluster() {
      assertThat(LAKE.entries()).hasSizeGreaterThanOrEqualTo(16);
      for (Cluster cluster : LAKE.clusters()) {
        if (cluster.tier() == Tier.CORE) {
          assertThat(LAKE.entries()).as("entries of core cluster %s", cluster.id())
              .filteredOn(e -> e.cluster().equals(cluster.id()))
              .hasSizeGreaterThanOrEqualTo(2);
        }
      }
    }

    @Test
    void allThreeStatusesAppearAndAchievedIsTheMajority() {
      Map<StatusKind, Long> counts = LAKE.entries().stream()
          .collect(Collectors.groupingBy(e -> e.status().kind(), Collectors.counting()));
      assertThat(counts).containsOnlyKeys(StatusKind.values());
      assertThat(counts.get(StatusKind.ACHIEVED) * 2).isGreaterThan(LAKE.entries().size());
    }

    @Test
    void everyAchievedEntryHasAVerifiableAnchorAndAFigure() {
      for (LakeEntry entry : entries(StatusKind.ACHIEVED)) {
        assertThat(entry.evidence()).as("evidence of %s", entry.id()).anyMatch(EvidenceAnchor::isVerifiable);
        assertThat(entry.claim()).as("claim of %s", entry.id()).containsPattern("[0-9]");
      }
    }

    @Test
    void plannedAndOngoingClaimsDoNotOpenWithAPastTenseVerb() {
      List<LakeEntry> notDone = new ArrayList<>(entries(StatusKind.TARGET));
      notDone.addAll(entries(StatusKind.CURRENT));
      assertThat(notDone).isNotEmpty();
      for (LakeEntry entry : notDone) {
        assertThat(entry.claim()).as("claim of %s", entry.id()).doesNotMatch("^[A-Za-z]+ed\\b.*");
      }
      assertThat(entries(StatusKind.TARGET)).allSatisfy(e -> assertThat(e.claim()).startsWith("Will "));
    }

    @Test
    void everyEntryIsFullyWrittenWithoutSlogans() {
      List<String> slogans = List.of("world-class", "robust", "seamless", "cutting-edge", "best-in-class",
          "synerg", "leverag", "game-chang");
      for (LakeEntry entry : LAKE.entries()) {
        assertThat(entry.decision().alternatives()).as("alternatives of %s", entry.id()).hasSizeBetween(1, 3);
        assertThat(entry.decision().consequence()).as("consequence of %s", entry.id()).isNotBlank();
        assertThat(entry.capabilities()).as("capabilities of %s", entry.id()).isNotEmpty();
        assertThat(entry.keywords()).as("keywords of %s", entry.id()).isNotEmpty();
        String text = (entry.claim() + " " + entry.constraint()).toLowerCase(java.util.Locale.ROOT);
        assertThat(slogans).as("slogans in %s", entry.id()).noneMatch(text::contains);
      }
    }

    @Test
    void everyAnchorKindIsUsedSomewhere() {
      Set<EvidenceKind> kinds = anchors().map(EvidenceAnchor::kind).collect(Collectors.toSet());
      assertThat(kinds).containsExactlyInAnyOrder(EvidenceKind.values());
      assertThat(anchors(ReportStat.class)).anyMatch(s -> s.pointer().isPresent())
          .anyMatch(s -> s.cell().isPresent());
      assertThat(anchors(Receipt.class)).anyMatch(r -> r.path().isPresent());
    }
  }

  @Nested
  class CapabilitiesAndRole {

    @Test
    void theEightSeedCapabilitiesAreDeclaredAndDemonstrated() {
      assertThat(LAKE.capabilities()).extracting(Capability::id)
          .containsExactlyInAnyOrderElementsOf(SEED_CAPABILITIES);
      Set<String> demonstrated = LAKE.clusters().stream()
          .flatMap(c -> c.capabilities().stream()).collect(Collectors.toSet());
      assertThat(demonstrated).containsExactlyInAnyOrderElementsOf(SEED_CAPABILITIES);
    }

    @Test
    void theRoleProfileRequiresAllEightAtFiftyThousand() {
      assertThat(LAKE.roles()).hasSize(1);
      RoleProfile role = LAKE.roles().get(0);
      assertThat(role.id()).isEqualTo("mlops-platform");
      assertThat(role.title()).isEqualTo("MLOps / ML Platform Engineer");
      assertThat(role.band()).hasValue("£50k");
      assertThat(role.requires()).extracting(CapabilityWeight::capability)
          .containsExactlyInAnyOrderElementsOf(SEED_CAPABILITIES);
      assertThat(role.requires()).allSatisfy(w -> assertThat(w.weight()).isBetween(0.5, 1.0));
    }
  }

  @Nested
  class Evidence {

    @Test
    void everyFileAnchorMatchesTheDigestOfItsFile() throws IOException {
      Map<String, String> digests = new TreeMap<>();
      anchors(RunOutput.class).forEach(r -> digests.put(r.path(), r.sha256()));
      anchors(Receipt.class).filter(r -> r.path().isPresent())
          .forEach(r -> digests.put(r.path().orElseThrow(), r.sha256()));
      anchors(ReportStat.class).filter(s -> s.sha256().isPresent())
          .forEach(s -> digests.put(s.path(), s.sha256().orElseThrow()));
      assertThat(digests).hasSizeGreaterThan(20);
      for (Map.Entry<String, String> anchor : digests.entrySet()) {
        assertThat(sha256(EVIDENCE.resolve(anchor.getKey()))).as("sha256 of %s", anchor.getKey())
            .isEqualTo(anchor.getValue());
      }
    }

    @Test
    void everyJsonReportStatHoldsAtItsPointer() throws IOException {
      List<ReportStat> stats = anchors(ReportStat.class).filter(s -> s.pointer().isPresent()).toList();
      assertThat(stats).isNotEmpty();
      for (ReportStat stat : stats) {
        JsonNode node = JSON.readTree(Files.readString(EVIDENCE.resolve(stat.path()), StandardCharsets.UTF_8))
            .at(stat.pointer().orElseThrow());
        assertThat(node.isNumber()).as("%s at %s is a number", stat.path(), stat.pointer().get()).isTrue();
        assertHolds(stat, node.doubleValue());
      }
    }

    @Test
    void everyCsvReportStatHoldsInItsCell() throws IOException {
      List<ReportStat> stats = anchors(ReportStat.class).filter(s -> s.cell().isPresent()).toList();
      assertThat(stats).isNotEmpty();
      for (ReportStat stat : stats) {
        assertHolds(stat, Double.parseDouble(csvCell(stat)));
      }
    }

    @Test
    void theReproStepPrintsWhatItPromises() throws IOException, InterruptedException {
      assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
      List<ReproStep> steps = anchors(ReproStep.class).toList();
      assertThat(steps).isNotEmpty();
      for (ReproStep step : steps) {
        Process process = new ProcessBuilder(step.argv())
            .directory(EVIDENCE.resolve(step.workingDir()).toFile())
            .redirectErrorStream(true)
            .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("exit of %s", step.argv()).isEqualTo(step.expectedExit());
        step.outputContains().ifPresent(text -> assertThat(output).contains(text));
      }
    }

    private void assertHolds(ReportStat stat, double actual) {
      assertThat(stat.comparison().holds(actual, stat.value(), stat.tolerance().orElse(0.0)))
          .as("%s: actual %s %s claimed %s %s", stat.path(), actual, stat.comparison().symbol(), stat.value(),
              stat.unit())
          .isTrue();
    }

    private String csvCell(ReportStat stat) throws IOException {
      List<String> lines = Files.readAllLines(EVIDENCE.resolve(stat.path()), StandardCharsets.UTF_8);
      List<String> header = Arrays.asList(lines.get(0).split(",", -1));
      int column = header.indexOf(stat.cell().orElseThrow().column());
      int keyColumn = header.indexOf(stat.cell().orElseThrow().keyColumn());
      assertThat(column).as("column %s in %s", stat.cell().get().column(), stat.path()).isNotNegative();
      assertThat(keyColumn).as("key column in %s", stat.path()).isNotNegative();
      List<String[]> rows = lines.stream().skip(1).map(l -> l.split(",", -1))
          .filter(r -> r[keyColumn].equals(stat.cell().orElseThrow().key()))
          .toList();
      assertThat(rows).as("rows keyed %s in %s", stat.cell().get().key(), stat.path()).hasSize(1);
      return rows.get(0)[column];
    }
  }

  @Nested
  class Running {

    @Test
    void buildingTwiceGivesEqualLakesAndIdenticalJson() {
      Lake again = SeedLake.lake();
      assertThat(again).isEqualTo(LAKE);
      assertThat(io.experiencelake.core.json.LakeJson.write(again))
          .isEqualTo(io.experiencelake.core.json.LakeJson.write(LAKE));
    }

    @Test
    void theRunWritesLakeJsonAndPrintsTheSummary(@TempDir Path dir) throws IOException {
      Path written = RunExample.write(LAKE, dir.resolve("lake"));
      JsonNode tree = JSON.readTree(Files.readString(written, StandardCharsets.UTF_8));
      assertThat(tree.get("clusters").size()).isEqualTo(10);
      assertThat(tree.get("entries").size()).isEqualTo(LAKE.entries().size());

      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      RunExample.print(LAKE, List.of(), written, new PrintStream(bytes, true, StandardCharsets.UTF_8));
      String summary = bytes.toString(StandardCharsets.UTF_8);
      assertThat(summary)
          .contains("clusters: 10 (8 core, 2 optional)")
          .contains("entries: " + LAKE.entries().size())
          .contains("ACHIEVED", "CURRENT", "TARGET")
          .contains("evidence-gated-runs", "portability-packaging")
          .contains("diagnostics: 0 errors, 0 warnings");
    }
  }

  private static List<LakeEntry> entries(StatusKind kind) {
    return LAKE.entries().stream().filter(e -> e.status().kind() == kind).toList();
  }

  private static Stream<EvidenceAnchor> anchors() {
    return LAKE.entries().stream().flatMap(e -> e.evidence().stream());
  }

  private static <T extends EvidenceAnchor> Stream<T> anchors(Class<T> kind) {
    return anchors().filter(kind::isInstance).map(kind::cast);
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
  }

  private static List<String> concat(List<String> first, List<String> second, List<String> third) {
    return Stream.of(first, second, third).flatMap(List::stream).toList();
  }

  /** {@code parent}AA up to {@code parent}A{@code last}, e.g. 46AA–46AQ. */
  private static List<String> subEntries(String parent, char last) {
    List<String> ids = new ArrayList<>();
    for (char c = 'A'; c <= last; c++) {
      ids.add(parent + "A" + c);
    }
    return ids;
  }
}
