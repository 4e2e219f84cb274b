package io.experiencelake.core.analysis;

import io.experiencelake.core.Cluster;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.Rule;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.verify.VerificationReport;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * How well a lake covers a role: for each required capability, the entries that demonstrate it by
 * status (a capability × entry matrix), a weighted score, and the gaps with the entries nearest to
 * closing them.
 *
 * <p>The score is the weighted share of required capabilities backed by at least one ACHIEVED
 * entry: the sum of the weights of backed capabilities over the sum of all required weights. When
 * a {@link VerificationReport} is given, an ACHIEVED entry backs its capabilities only if it is
 * defensible (its evidence verified), and {@link #defensibleScore()} is present. A capability the
 * role lists twice counts once, with its first weight; a role requiring nothing scores 0.
 *
 * <pre>{@code
 * Coverage coverage = Coverage.of(lake, "mlops-platform", Verifier.of(Path.of("evidence")).verify(lake));
 * System.out.println(CoverageMarkdown.render(coverage));   // io.experiencelake.render.coverage, in lake-render-api
 * }</pre>
 */
@Value.Immutable
public interface Coverage {

  /** The role the lake was measured against. */
  RoleProfile role();

  /** Whether verification results were taken into account. */
  boolean verified();

  /** The lake's clusters by rank (then id): the columns of the heatmap. */
  List<Cluster> clusters();

  /** The role's required capabilities, in the role's order, each with its entries. */
  List<CapabilityCoverage> capabilities();

  /** Ids of the entries that demonstrate at least one required capability, in the lake's order: the matrix's columns. */
  List<String> entries();

  /** The coverage of {@code lake} for {@code role}, without verification. */
  static Coverage of(Lake lake, RoleProfile role) {
    return CoverageAnalysis.of(lake, role, Optional.empty());
  }

  /** The coverage of {@code lake} for {@code role}, counting only defensible ACHIEVED entries as backing. */
  static Coverage of(Lake lake, RoleProfile role, VerificationReport report) {
    return CoverageAnalysis.of(lake, role, Optional.of(report));
  }

  /**
   * The coverage of {@code lake} for its role {@code roleId}, counting only defensible ACHIEVED
   * entries when {@code report} is present.
   *
   * @throws LakeException ({@code LAKE-I005}) when the lake has no role {@code roleId}
   */
  static Coverage of(Lake lake, String roleId, Optional<VerificationReport> report) {
    RoleProfile role = lake.roles().stream().filter(r -> r.id().equals(roleId)).findFirst()
        .orElseThrow(() -> LakeException.of(Rule.UNKNOWN_REFERENCE, "/roles",
            "the lake has no role '" + roleId + "'",
            lake.roles().isEmpty() ? "define the role under 'roles'"
                : "use one of its roles: " + lake.roles().stream().map(r -> "'" + r.id() + "'").collect(Collectors.joining(", "))));
    return CoverageAnalysis.of(lake, role, report);
  }

  /** The matrix cell of {@code capability} and {@code entryId}: the entry's state if it demonstrates that required capability. */
  default Optional<StatusKind> status(String capability, String entryId) {
    return capability(capability).flatMap(c -> c.entries().stream().filter(e -> e.id().equals(entryId)).findFirst())
        .map(CoveredEntry::kind);
  }

  /** The coverage of required capability {@code id}, if the role requires it. */
  default Optional<CapabilityCoverage> capability(String id) {
    return capabilities().stream().filter(c -> c.capability().equals(id)).findFirst();
  }

  /** The sum of the required weights. */
  default double totalWeight() {
    return capabilities().stream().mapToDouble(CapabilityCoverage::weight).sum();
  }

  /** The sum of the weights of the backed capabilities. */
  default double backedWeight() {
    return capabilities().stream().filter(CapabilityCoverage::isBacked).mapToDouble(CapabilityCoverage::weight).sum();
  }

  /** The weighted share, in [0, 1], of required capabilities with at least one ACHIEVED entry, verified or not. */
  default double achievedScore() {
    double total = totalWeight();
    return total == 0 ? 0 : capabilities().stream().filter(CapabilityCoverage::isAchieved)
        .mapToDouble(CapabilityCoverage::weight).sum() / total;
  }

  /** The weighted share of required capabilities with a defensible ACHIEVED entry; empty without verification. */
  default OptionalDouble defensibleScore() {
    double total = totalWeight();
    return verified() ? OptionalDouble.of(total == 0 ? 0 : backedWeight() / total) : OptionalDouble.empty();
  }

  /** The score: {@link #defensibleScore()} when verified, else {@link #achievedScore()}. */
  default double score() {
    return defensibleScore().orElse(achievedScore());
  }

  /** How many required capabilities are backed. */
  default int backedCount() {
    return (int) capabilities().stream().filter(CapabilityCoverage::isBacked).count();
  }

  /** The required capabilities no entry backs, in the role's order, each with its nearest closers. */
  @Value.Lazy
  default List<Gap> gaps() {
    return CoverageAnalysis.gaps(this);
  }
}
