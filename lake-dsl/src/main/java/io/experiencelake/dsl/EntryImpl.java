package io.experiencelake.dsl;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Alternative;
import io.experiencelake.core.Current;
import io.experiencelake.core.Decision;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.ImmutableAlternative;
import io.experiencelake.core.ImmutableDecision;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Status;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** An entry. */
final class EntryImpl extends Part<LakeEntry>
    implements EntryClusterStep, EntryEngagementStep, EntryConstraintStep, EntryDecisionStep, EntryAlternativeStep,
        EntryEvidenceStep, EntryEvidenceMoreStep, EntryWeakEvidenceStep, EntryUnprovenStep, EntryFinalStep {

  /** Stands in for a part that failed, so the entry's own checks still report in the same pass. */
  private static final Decision PLACEHOLDER_DECISION =
      ImmutableDecision.builder().choice("placeholder").consequence("placeholder").build();

  private String cluster;
  private String engagement;
  private final List<String> stories = new ArrayList<>();
  private String claim;
  private String constraint;
  private String choice;
  private final List<Problems.Built<Alternative>> alternatives = new ArrayList<>();
  private String consequence;
  private final List<Problems.Built<EvidenceAnchor>> evidence = new ArrayList<>();
  private Supplier<Status> status;
  private final List<String> capabilities = new ArrayList<>();
  private final List<String> keywords = new ArrayList<>();

  EntryImpl(String id) {
    super("entry", id);
  }

  @Override
  public EntryEngagementStep in(String clusterId) {
    this.cluster = clusterId;
    return this;
  }

  @Override
  public EntryStoriesStep at(String engagementId) {
    this.engagement = engagementId;
    return this;
  }

  @Override
  public EntryClaimStep from(String... storyIdsOrRanges) {
    stories.addAll(List.of(storyIdsOrRanges));
    return this;
  }

  @Override
  public EntryConstraintStep claim(String claim) {
    this.claim = claim;
    return this;
  }

  @Override
  public EntryDecisionStep constraint(String constraint) {
    this.constraint = constraint;
    return this;
  }

  @Override
  public EntryAlternativeStep decision(String choice) {
    this.choice = choice;
    return this;
  }

  @Override
  public EntryAlternativeStep over(String option, String whyNot) {
    alternatives.add(Problems.Built.of(null, () -> ImmutableAlternative.builder().option(option).whyNot(whyNot).build()));
    return this;
  }

  @Override
  public EntryEvidenceStep consequence(String consequence) {
    this.consequence = consequence;
    return this;
  }

  @Override
  public EntryEvidenceMoreStep evidence(VerifiableEvidence anchor) {
    return and(anchor);
  }

  @Override
  public EntryWeakEvidenceStep evidence(WeakEvidence anchor) {
    return and(anchor);
  }

  @Override
  public EntryUnprovenStep noEvidenceYet() {
    return this;
  }

  @Override
  public EntryImpl and(VerifiableEvidence anchor) {
    evidence.add(((AnchorImpl) anchor).snapshot());
    return this;
  }

  @Override
  public EntryImpl and(WeakEvidence anchor) {
    evidence.add(((AnchorImpl) anchor).snapshot());
    return this;
  }

  @Override
  public EntryFinalStep achieved(LocalDate on) {
    this.status = () -> Achieved.on(on);
    return this;
  }

  @Override
  public EntryFinalStep achieved(int year, int month, int day) {
    this.status = () -> Achieved.on(Problems.day(year, month, day, "/on"));
    return this;
  }

  @Override
  public EntryFinalStep current(LocalDate asOf, String progress) {
    this.status = () -> Current.asOf(asOf, progress);
    return this;
  }

  @Override
  public EntryFinalStep target() {
    this.status = Target::undated;
    return this;
  }

  @Override
  public EntryFinalStep target(LocalDate by) {
    this.status = () -> Target.by(by);
    return this;
  }

  @Override
  public EntryFinalStep capabilities(String... capabilityIds) {
    capabilities.addAll(List.of(capabilityIds));
    return this;
  }

  @Override
  public EntryFinalStep keywords(String... keywords) {
    this.keywords.addAll(List.of(keywords));
    return this;
  }

  @Override
  LakeEntry toValue() {
    Problems problems = new Problems();
    List<StoryId> ids = problems.expandAll("/stories/", stories);
    List<Alternative> builtAlternatives = problems.takeAll("/decision/alternatives/", alternatives);
    Decision decision = problems.attempt("/decision", () -> ImmutableDecision.builder()
        .choice(choice)
        .consequence(consequence)
        .addAllAlternatives(builtAlternatives)
        .build());
    List<EvidenceAnchor> anchors = problems.takeAll("/evidence/", evidence);
    Status builtStatus = problems.attempt("/status", status);
    LakeEntry entry = problems.attempt("", () -> ImmutableLakeEntry.builder()
        .id(id)
        .cluster(cluster)
        .claim(claim)
        .constraint(constraint)
        .decision(decision == null ? PLACEHOLDER_DECISION : decision)
        .status(builtStatus == null ? Target.undated() : builtStatus)
        .engagement(Optional.ofNullable(engagement))
        .addAllStories(ids)
        .addAllEvidence(anchors)
        .addAllCapabilities(capabilities)
        .addAllKeywords(keywords)
        .build());
    problems.throwIfAny();
    return entry;
  }
}
