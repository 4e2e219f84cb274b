package io.experiencelake.dsl;

import static io.experiencelake.dsl.Lakes.cluster;
import static io.experiencelake.dsl.Lakes.entry;
import static io.experiencelake.dsl.Lakes.job;
import static io.experiencelake.dsl.Lakes.lake;
import static io.experiencelake.dsl.Lakes.link;
import static io.experiencelake.dsl.Lakes.owner;
import static io.experiencelake.dsl.Lakes.project;
import static io.experiencelake.dsl.Lakes.receipt;
import static io.experiencelake.dsl.Lakes.receiptId;
import static io.experiencelake.dsl.Lakes.reportStat;
import static io.experiencelake.dsl.Lakes.repro;
import static io.experiencelake.dsl.Lakes.role;
import static io.experiencelake.dsl.Lakes.runOutput;
import static io.experiencelake.dsl.Lakes.story;
import static io.experiencelake.dsl.Lakes.study;
import static io.experiencelake.dsl.Lakes.volunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Alternative;
import io.experiencelake.core.Capability;
import io.experiencelake.core.CapabilityWeight;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.Current;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.Link;
import io.experiencelake.core.Owner;
import io.experiencelake.core.Receipt;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.ReproStep;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.RunOutput;
import io.experiencelake.core.Status;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Target;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Everything {@code lake.json} can express, the DSL can express: any generated lake, rewritten
 * through the DSL, written as JSON and loaded back, is the lake it started as.
 */
class DslRoundTripProperties {

  static final CheckOptions OPTIONS = CheckOptions.today(LakeGenerators.TODAY);

  @Test
  void aGeneratedLakeRewrittenInTheDslSurvivesJsonAndLoading() {
    qt().withExamples(1000).forAll(LakeGenerators.lakes()).checkAssert(generated -> {
      Lake viaDsl = inDsl(generated).build(OPTIONS);
      assertThat(viaDsl).isEqualTo(generated);

      Lake loaded = LakeJson.read(LakeJson.write(viaDsl), "lake.json", OPTIONS).lake();
      assertThat(loaded).isEqualTo(generated);
    });
  }

  /** Writes {@code lake} as DSL calls, one step per field. */
  static LakeStep inDsl(Lake lake) {
    LakeStep out = lake(owner(lake.owner()));
    for (Capability c : lake.capabilities()) {
      out = c.description().isPresent()
          ? out.capability(c.id(), c.title(), c.description().get())
          : out.capability(c.id(), c.title());
    }
    for (RoleProfile r : lake.roles()) {
      RoleFinalStep role = role(r.id(), r.title());
      if (r.band().isPresent()) {
        role = role.band(r.band().get());
      }
      for (CapabilityWeight w : r.requires()) {
        role = role.requires(w.capability(), w.weight());
      }
      if (r.letter().flatMap(l -> l.opening()).isPresent()) {
        role = role.letterOpening(r.letter().get().opening().get());
      }
      if (r.letter().flatMap(l -> l.closing()).isPresent()) {
        role = role.letterClosing(r.letter().get().closing().get());
      }
      out = out.role(role.keywords(r.keywords().toArray(String[]::new)));
    }
    for (Engagement e : lake.engagements()) {
      out = out.engagement(engagement(e));
    }
    for (Story s : lake.stories()) {
      StoryFinalStep story = story(s.id().toString(), s.title());
      if (s.challenge().isPresent()) {
        story = story.challenge(s.challenge().get());
      }
      if (s.start().isPresent()) {
        story = story.during(s.start().get().getYear(), s.start().get().getMonthValue());
      }
      if (s.end().isPresent()) {
        story = story.until(s.end().get().getYear(), s.end().get().getMonthValue());
      }
      out = out.story(story.tags(s.tags().toArray(String[]::new)));
    }
    for (Cluster c : lake.clusters()) {
      out = out.cluster(cluster(c.id(), c.rank(), c.tier()).title(c.title()).why(c.why())
          .stories(ids(c.stories()))
          .demonstrates(c.capabilities().toArray(String[]::new)));
    }
    for (LakeEntry e : lake.entries()) {
      out = out.entry(entryInDsl(e));
    }
    return out;
  }

  static OwnerStep owner(Owner o) {
    OwnerStep owner = Lakes.owner(o.name(), o.headline());
    if (o.email().isPresent()) {
      owner = owner.email(o.email().get());
    }
    if (o.location().isPresent()) {
      owner = owner.location(o.location().get());
    }
    if (o.summary().isPresent()) {
      owner = owner.summary(o.summary().get());
    }
    if (o.url().isPresent()) {
      owner = owner.url(o.url().get().toString());
    }
    if (o.site().isPresent()) {
      owner = owner.site(o.site().get().toString());
    }
    return owner;
  }

  static EngagementFinalStep engagement(Engagement e) {
    EngagementRoleStep start;
    switch (e.kind()) {
      case JOB:
        start = job(e.id(), e.name());
        break;
      case PROJECT:
        start = project(e.id(), e.name());
        break;
      case STUDY:
        start = study(e.id(), e.name());
        break;
      default:
        start = volunteer(e.id(), e.name());
    }
    EngagementFinalStep out = start.role(e.role()).from(e.start().getYear(), e.start().getMonthValue());
    if (e.end().isPresent()) {
      out = out.until(e.end().get().getYear(), e.end().get().getMonthValue());
    }
    if (e.location().isPresent()) {
      out = out.location(e.location().get());
    }
    if (e.summary().isPresent()) {
      out = out.summary(e.summary().get());
    }
    return out;
  }

  static EntryFinalStep entryInDsl(LakeEntry e) {
    EntryEngagementStep head = entry(e.id()).in(e.cluster());
    EntryStoriesStep stories = e.engagement().isPresent() ? head.at(e.engagement().get()) : head;
    EntryAlternativeStep decision = stories.from(ids(e.stories()))
        .claim(e.claim())
        .constraint(e.constraint())
        .decision(e.decision().choice());
    for (Alternative a : e.decision().alternatives()) {
      decision = decision.over(a.option(), a.whyNot());
    }
    EntryEvidenceStep evidence = decision.consequence(e.decision().consequence());
    EntryFinalStep done = withStatus(evidence, e.evidence(), e.status());
    return done.capabilities(e.capabilities().toArray(String[]::new)).keywords(e.keywords().toArray(String[]::new));
  }

  /** Takes the one path through the evidence steps that the anchors allow, then sets the status. */
  static EntryFinalStep withStatus(EntryEvidenceStep step, List<EvidenceAnchor> anchors, Status status) {
    if (anchors.isEmpty()) {
      EntryUnprovenStep unproven = step.noEvidenceYet();
      return status instanceof Current c ? unproven.current(c.asOf(), c.progress()) : target(unproven, (Target) status);
    }
    EntryWeakEvidenceStep weak = null;
    EntryEvidenceMoreStep strong = null;
    for (EvidenceAnchor anchor : anchors) {
      if (anchor instanceof Link l) {
        WeakEvidence w = l.title().isPresent() ? link(l.uri().toString()).titled(l.title().get()) : link(l.uri().toString());
        if (strong != null) {
          strong = strong.and(w);
        } else {
          weak = weak == null ? step.evidence(w) : weak.and(w);
        }
      } else {
        VerifiableEvidence v = verifiable(anchor);
        strong = strong != null ? strong.and(v) : weak != null ? weak.and(v) : step.evidence(v);
      }
    }
    if (strong != null) {
      if (status instanceof Achieved a) {
        return strong.achieved(a.on());
      }
      return status instanceof Current c ? strong.current(c.asOf(), c.progress()) : target(strong, (Target) status);
    }
    return status instanceof Current c ? weak.current(c.asOf(), c.progress()) : target(weak, (Target) status);
  }

  static EntryFinalStep target(EntryUnprovenStep step, Target t) {
    return t.by().isPresent() ? step.target(t.by().get()) : step.target();
  }

  static EntryFinalStep target(EntryWeakEvidenceStep step, Target t) {
    return t.by().isPresent() ? step.target(t.by().get()) : step.target();
  }

  static EntryFinalStep target(EntryEvidenceMoreStep step, Target t) {
    return t.by().isPresent() ? step.target(t.by().get()) : step.target();
  }

  static VerifiableEvidence verifiable(EvidenceAnchor anchor) {
    if (anchor instanceof RunOutput r) {
      return r.description().isPresent() ? runOutput(r.path(), r.sha256()).describedAs(r.description().get()) : runOutput(r.path(), r.sha256());
    }
    if (anchor instanceof Receipt r) {
      return (r.path().isPresent() ? receipt(r.path().get(), r.sha256()) : receiptId(r.id().get(), r.sha256())).attests(r.attests());
    }
    if (anchor instanceof ReportStat s) {
      ReportStatMetricStep located = s.pointer().isPresent()
          ? reportStat(s.path()).pointer(s.pointer().get())
          : reportStat(s.path()).cell(s.cell().get().column(), s.cell().get().keyColumn(), s.cell().get().key());
      ReportStatValueStep value = located.metric(s.metric());
      ReportStatFinalStep stat;
      switch (s.comparison()) {
        case LE:
          stat = value.atMost(s.value(), s.unit());
          break;
        case GE:
          stat = value.atLeast(s.value(), s.unit());
          break;
        case LT:
          stat = value.below(s.value(), s.unit());
          break;
        case GT:
          stat = value.above(s.value(), s.unit());
          break;
        default:
          stat = value.is(s.value(), s.unit());
      }
      if (s.tolerance().isPresent()) {
        stat = stat.tolerance(s.tolerance().get());
      }
      return s.sha256().isPresent() ? stat.sha256(s.sha256().get()) : stat;
    }
    ReproStep r = (ReproStep) anchor;
    ReproStepOutputStep command = repro(r.argv().toArray(String[]::new));
    ReproStepFinalStep step = r.outputContains().isPresent()
        ? command.outputContains(r.outputContains().get())
        : command.outputSha256(r.outputSha256().get());
    if (r.outputContains().isPresent() && r.outputSha256().isPresent()) {
      step = step.outputSha256(r.outputSha256().get());
    }
    return step.in(r.workingDir()).exits(r.expectedExit());
  }

  static String[] ids(List<StoryId> ids) {
    return ids.stream().map(StoryId::toString).toArray(String[]::new);
  }
}
