package io.experiencelake.core.analysis;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Current;
import io.experiencelake.core.ImmutableCapability;
import io.experiencelake.core.ImmutableCapabilityWeight;
import io.experiencelake.core.ImmutableCluster;
import io.experiencelake.core.ImmutableDecision;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.ImmutableRoleProfile;
import io.experiencelake.core.ImmutableRunOutput;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.Status;
import io.experiencelake.core.Target;
import io.experiencelake.core.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small lakes for coverage tests (here and in the renderings' tests), built value by value. */
public final class CoverageLakes {

  public static final String DIGEST = "0".repeat(64);

  /**
   * Role "r" requires a (1.0), b (0.5) and c (0.5); d is demonstrated but not required.
   * Only a has an ACHIEVED entry, so the score is 1.0 / (1.0 + 0.5 + 0.5) = 0.5.
   */
  public static final Lake HALF = lake(List.of(role("r", "a", 1.0, "b", 0.5, "c", 0.5)),
      entry("e1", "k1", achieved(), "a"),
      entry("e2", "k1", current(2026, 10, 1), "b"),
      entry("e3", "k2", target(2027, 5, 1), "b", "c"),
      entry("e4", "k2", Target.undated(), "c"),
      entry("e5", "k2", current(2026, 11, 1), "c"),
      entry("e6", "k2", achieved(), "d"));

  private CoverageLakes() {}

  /** The coverage of {@link #HALF} for its role: a score of 0.5. */
  public static Coverage half() {
    return Coverage.of(HALF, HALF.roles().get(0));
  }

  public static Status achieved() {
    return Achieved.on(LocalDate.of(2025, 3, 14));
  }

  public static Status current(int year, int month, int day) {
    return Current.asOf(LocalDate.of(year, month, day), "halfway");
  }

  public static Status target(int year, int month, int day) {
    return Target.by(LocalDate.of(year, month, day));
  }

  /** An entry with one run-output anchor at {@code runs/ID.log} pinned to {@code digest}. */
  public static LakeEntry pinned(String id, String cluster, Status status, String digest, String... capabilities) {
    return ImmutableLakeEntry.builder().id(id).cluster(cluster).claim("Claim of " + id).constraint("Constraint of " + id)
        .decision(ImmutableDecision.builder().choice("Choice").consequence("Consequence").build())
        .status(status)
        .addEvidence(ImmutableRunOutput.builder().path("runs/" + id + ".log").sha256(digest).build())
        .addCapabilities(capabilities)
        .build();
  }

  public static LakeEntry entry(String id, String cluster, Status status, String... capabilities) {
    return pinned(id, cluster, status, DIGEST, capabilities);
  }

  /** A role requiring {@code pairs}: capability id, weight, capability id, weight… */
  public static RoleProfile role(String id, Object... pairs) {
    ImmutableRoleProfile.BuildFinal role = ImmutableRoleProfile.builder().id(id).title("Platform Engineer").band("£50k");
    for (int i = 0; i < pairs.length; i += 2) {
      role.addRequires(ImmutableCapabilityWeight.builder().capability((String) pairs[i]).weight(((Number) pairs[i + 1]).doubleValue()).build());
    }
    return role.build();
  }

  /** A lake with capabilities {@code a}…{@code d} (titled "Capability A"…), clusters {@code k1} (rank 1) and {@code k2} (rank 2). */
  public static Lake lake(List<RoleProfile> roles, LakeEntry... entries) {
    ImmutableLake.BuildFinal lake = ImmutableLake.builder()
        .owner(ImmutableOwner.builder().name("Alex Example").headline("ML platform engineer").build());
    List<ImmutableCapability> capabilities = new ArrayList<>();
    for (String id : List.of("a", "b", "c", "d")) {
      capabilities.add(ImmutableCapability.builder().id(id).title("Capability " + id.toUpperCase(Locale.ROOT)).build());
    }
    return lake.addAllCapabilities(capabilities)
        .addAllRoles(roles)
        .addClusters(cluster("k2", 2), cluster("k1", 1))
        .addEntries(entries)
        .build();
  }

  public static ImmutableCluster cluster(String id, int rank) {
    return ImmutableCluster.builder().id(id).rank(rank).tier(Tier.CORE).title("Cluster " + id).why("Heavy").build();
  }
}
