package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;
import io.experiencelake.core.EngagementKind;
import io.experiencelake.core.Tier;
import java.util.List;

/**
 * The entry point of the DSL: static methods that start every chain, meant for
 * {@code import static io.experiencelake.dsl.Lakes.*}.
 *
 * <pre>{@code
 * Lake lake = lake(owner("Alex Example", "ML platform engineer").email("alex@example.org"))
 *     .capability("run-discipline", "Run discipline + evidence gating")
 *     .role(role("mlops-platform", "MLOps / ML Platform Engineer").band("£50k")
 *         .requires("run-discipline", 1.0))
 *     .engagement(project("platform", "Fraud platform").role("Lead engineer").from(2024, 9))
 *     .story(story("110", "Run promoted without its READY marker"))
 *     .stories("46AA–46AQ", id -> "Realism remediation step " + id.suffix())
 *     .cluster(cluster("evidence-gated-runs", 1, Tier.CORE)
 *         .title("Evidence-gated run lifecycle")
 *         .why("Operating a platform, not just writing code")
 *         .stories("110", "46AA–46AQ")
 *         .demonstrates("run-discipline"))
 *     .entry(entry("phase-gates").in("evidence-gated-runs").at("platform").from("110")
 *         .claim("Gated each of 6 run phases on committed evidence, ending silent partial promotions")
 *         .constraint("Services promoted runs on timers; a crashed writer still looked done")
 *         .decision("Phase gates that read a receipt per phase")
 *             .over("Longer timers", "Hides the crash, adds latency")
 *             .consequence("Promotion waits for the slowest writer")
 *         .evidence(runOutput("runs/2025-03-14/gates.log", sha256))
 *             .and(reportStat("reports/promotions.json").pointer("/partial_promotions")
 *                 .metric("partial promotions after gates").is(0, "runs"))
 *         .achieved(2025, 3, 14)
 *         .capabilities("run-discipline"))
 *     .build(LocalDate.of(2026, 11, 27));
 * }</pre>
 *
 * <p>The compiler enforces what an entry needs and in which order: claim, constraint, decision
 * (with optional alternatives) and consequence, evidence (or an explicit {@code noEvidenceYet()}),
 * then a status; {@code achieved(...)} is offered only after a verifiable anchor.
 */
public final class Lakes {

  private Lakes() {}

  /** Starts a lake owned by {@code owner}. */
  @CheckReturnValue
  public static LakeStep lake(OwnerStep owner) {
    return new LakeImpl((LakeImpl.OwnerImpl) owner);
  }

  /** Starts the owner of a lake, e.g. {@code owner("Alex Example", "ML platform engineer")}. */
  @CheckReturnValue
  public static OwnerStep owner(String name, String headline) {
    return new LakeImpl.OwnerImpl(name, headline);
  }

  /** Starts an engagement that is employment. */
  @CheckReturnValue
  public static EngagementRoleStep job(String id, String name) {
    return new LakeImpl.EngagementImpl(EngagementKind.JOB, id, name);
  }

  /** Starts an engagement that is a project, own or for a client. */
  @CheckReturnValue
  public static EngagementRoleStep project(String id, String name) {
    return new LakeImpl.EngagementImpl(EngagementKind.PROJECT, id, name);
  }

  /** Starts an engagement that is a course or degree. */
  @CheckReturnValue
  public static EngagementRoleStep study(String id, String name) {
    return new LakeImpl.EngagementImpl(EngagementKind.STUDY, id, name);
  }

  /** Starts an engagement that is unpaid work for an organisation. */
  @CheckReturnValue
  public static EngagementRoleStep volunteer(String id, String name) {
    return new LakeImpl.EngagementImpl(EngagementKind.VOLUNTEER, id, name);
  }

  /** Starts a story, e.g. {@code story("110", "Run promoted without its READY marker")}. */
  @CheckReturnValue
  public static StoryFinalStep story(String id, String title) {
    return new StoryImpl(id, title);
  }

  /** Starts a cluster with its rank (1 for the heaviest) and tier. */
  @CheckReturnValue
  public static ClusterTitleStep cluster(String id, int rank, Tier tier) {
    return new ClusterImpl(id, rank, tier);
  }

  /** Starts a role profile, e.g. {@code role("mlops-platform", "MLOps / ML Platform Engineer")}. */
  @CheckReturnValue
  public static RoleFinalStep role(String id, String title) {
    return new LakeImpl.RoleImpl(id, title);
  }

  /** Starts an entry, e.g. {@code entry("phase-gates")}. */
  @CheckReturnValue
  public static EntryClusterStep entry(String id) {
    return new EntryImpl(id);
  }

  /** Makes a run output: a file under the evidence root pinned by its SHA-256. */
  @CheckReturnValue
  public static RunOutputFinalStep runOutput(String path, String sha256) {
    return new AnchorImpl.RunOutputImpl(path, sha256);
  }

  /** Starts a receipt kept as a file under the evidence root, pinned by its SHA-256. */
  @CheckReturnValue
  public static ReceiptAttestsStep receipt(String path, String sha256) {
    return new AnchorImpl.ReceiptImpl(path, null, sha256);
  }

  /** Starts a receipt known by an external id, pinned by the SHA-256 of its content. */
  @CheckReturnValue
  public static ReceiptAttestsStep receiptId(String id, String sha256) {
    return new AnchorImpl.ReceiptImpl(null, id, sha256);
  }

  /** Starts a report stat: a number read from the JSON or CSV report at {@code path}. */
  @CheckReturnValue
  public static ReportStatLocatorStep reportStat(String path) {
    return new AnchorImpl.ReportStatImpl(path);
  }

  /** Starts a repro step: a command, run with no shell, that reproduces a result. */
  @CheckReturnValue
  public static ReproStepOutputStep repro(String... argv) {
    return new AnchorImpl.ReproStepImpl(List.of(argv));
  }

  /** Makes a link to something public; it never counts as verification. */
  @CheckReturnValue
  public static LinkFinalStep link(String uri) {
    return new AnchorImpl.LinkImpl(uri);
  }
}
