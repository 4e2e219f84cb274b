package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.check.CheckOptions;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * A lake being written: declare its capabilities, roles, engagements, stories, clusters and entries
 * in any order (each list keeps the order written), then build it.
 *
 * <pre>{@code
 * Lake lake = lake(owner("Alex Example", "ML platform engineer"))
 *     .capability("run-discipline", "Run discipline + evidence gating")
 *     .role(role("mlops-platform", "MLOps / ML Platform Engineer").requires("run-discipline", 1.0))
 *     .engagement(project("platform", "Fraud platform").role("Lead engineer").from(2024, 9))
 *     .story(story("110", "Run promoted without its READY marker"))
 *     .cluster(cluster("evidence-gated-runs", 1, Tier.CORE).title("Evidence-gated run lifecycle")
 *         .why("Operating a platform, not just writing code").stories("110"))
 *     .entry(entry("phase-gates").in("evidence-gated-runs").at("platform").from("110")
 *         .claim("Gated each of 6 run phases on committed evidence")
 *         .constraint("A crashed writer still looked done")
 *         .decision("Phase gates that read a receipt per phase")
 *         .consequence("Promotion waits for the slowest writer")
 *         .evidence(runOutput("runs/2025-03-14/gates.log", sha256))
 *         .achieved(2025, 3, 14))
 *     .build(LocalDate.of(2026, 11, 27));
 * }</pre>
 *
 * <p>Each value is taken as it stands when it is handed to the lake; write one chain per value
 * rather than reusing a half-written one. Problems inside values (a bad digest, a blank claim, an
 * impossible date) are all reported together when the lake is built, each located by a JSON
 * Pointer such as {@code /entries/3/evidence/0/sha256}.
 */
public interface LakeStep {

  /** Declares a capability, e.g. {@code capability("run-discipline", "Run discipline + evidence gating")}. */
  @CheckReturnValue
  LakeStep capability(String id, String title);

  /** Declares a capability with a description of what it covers. */
  @CheckReturnValue
  LakeStep capability(String id, String title, String description);

  /** Declares a role profile the owner targets. */
  @CheckReturnValue
  LakeStep role(RoleFinalStep role);

  /** Declares an engagement (a job, project, study or volunteer work). */
  @CheckReturnValue
  LakeStep engagement(EngagementFinalStep engagement);

  /** Declares one story. */
  @CheckReturnValue
  LakeStep story(StoryFinalStep story);

  /**
   * Declares every story of an id or a range such as {@code 46AA–46AQ}, titling each with
   * {@code title}.
   *
   * <p>A text that is not an id or a range is reported when the lake is built, with a message
   * naming the text.
   */
  @CheckReturnValue
  LakeStep stories(String idOrRange, Function<StoryId, String> title);

  /** Declares a cluster of stories. */
  @CheckReturnValue
  LakeStep cluster(ClusterFinalStep cluster);

  /** Adds an entry; its order decides its index in {@code /entries}. */
  @CheckReturnValue
  LakeStep entry(EntryFinalStep entry);

  /**
   * Builds the lake and checks it with {@code today} pinned as the date no claim may lie after.
   *
   * @throws LakeException listing every error (value-level problems, or the checker's errors and
   *     its warnings alongside), each with its JSON Pointer; warnings alone do not throw
   */
  @CheckReturnValue
  Lake build(LocalDate today);

  /**
   * Builds the lake and checks it with {@code options}.
   *
   * @throws LakeException listing every error (value-level problems, or the checker's errors and
   *     its warnings alongside), each with its JSON Pointer; warnings alone do not throw
   */
  @CheckReturnValue
  Lake build(CheckOptions options);

  /**
   * Builds the lake without running the whole-lake checker; value-level rules still apply.
   *
   * @throws LakeException listing every value-level problem, each with its JSON Pointer
   */
  @CheckReturnValue
  Lake buildUnchecked();
}
