package io.experiencelake.render.html;

import io.experiencelake.core.Capability;
import io.experiencelake.core.Current;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.EngagementKind;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Owner;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.Target;
import io.experiencelake.render.PaperSize;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.Prose;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Selection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CV and the cover letter of a lake as the views the typeset documents (PDF, DOCX) show:
 * what goes on the page, worded for a reader.
 *
 * <p>The CV lists engagements latest first with at most a budget of bullets each, the strongest
 * for the role first (see {@link Selection#strongestFirst}); a CURRENT entry is noted as in
 * progress; TARGET entries appear only under "Next", and only when targets are included; Skills
 * lists the capabilities an ACHIEVED entry on the page shows. The letter tells the two or three
 * entries that best match the role in a sentence or two each, with no evidence plumbing.
 *
 * <pre>{@code
 * DocumentViews.Cv cv = DocumentViews.cv(lake, options, 5);
 * cv.view();      // the CvView the templates and the DOCX writer take
 * cv.leftOut();   // the ids of the entries the budget left out
 * }</pre>
 */
public final class DocumentViews {

  /** The heading of the only section TARGET entries may appear in. */
  public static final String NEXT = "Next";

  private DocumentViews() {}

  /**
   * A CV's view, the entries it shows (in the order shown) and those its budget left out (in lake order).
   *
   * @param view what the documents show
   * @param shown the ids of the entries shown
   * @param leftOut the ids of selected entries the bullet budget left out
   */
  public record Cv(CvView view, List<String> shown, List<String> leftOut) {

    /** Copies the lists. */
    public Cv {
      shown = List.copyOf(shown);
      leftOut = List.copyOf(leftOut);
    }
  }

  /**
   * A letter's view and the entries it tells.
   *
   * @param view what the documents show
   * @param told the ids of the entries the letter tells, in order
   */
  public record Letter(LetterView view, List<String> told) {

    /** Copies the list. */
    public Letter {
      told = List.copyOf(told);
    }
  }

  /**
   * The CV of {@code lake} as {@code options} select it, with at most {@code bulletsPerRole} bullets
   * under each engagement (and under "Selected work" and "Next").
   */
  public static Cv cv(Lake lake, RenderOptions options, int bulletsPerRole) {
    Selection selection = Selection.of(lake, options);
    Optional<RoleProfile> role = selection.role();
    Owner owner = lake.owner();
    List<LakeEntry> shownEntries = new ArrayList<>();
    for (LakeEntry entry : selection.entries()) {
      if (entry.status().kind() != StatusKind.TARGET) {
        shownEntries.add(entry);
      }
    }
    Map<String, List<LakeEntry>> byEngagement = new HashMap<>();
    Set<String> engagementIds = new HashSet<>();
    lake.engagements().forEach(e -> engagementIds.add(e.id()));
    List<LakeEntry> loose = new ArrayList<>();
    for (LakeEntry entry : shownEntries) {
      if (entry.engagement().isPresent() && engagementIds.contains(entry.engagement().get())) {
        byEngagement.computeIfAbsent(entry.engagement().get(), k -> new ArrayList<>()).add(entry);
      } else {
        loose.add(entry);
      }
    }
    List<Engagement> ordered = new ArrayList<>(lake.engagements());
    ordered.sort(Comparator.comparing((Engagement e) -> e.end().orElse(YearMonth.of(9999, 12))).reversed()
        .thenComparing(Comparator.comparing(Engagement::start).reversed()));
    Set<String> shown = new LinkedHashSet<>();
    List<CvView.Role> work = new ArrayList<>();
    List<CvView.Role> study = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (Engagement engagement : ordered) {
      if (!listed.add(engagement.id())) {
        continue;
      }
      List<CvView.Item> items = items(byEngagement.getOrDefault(engagement.id(), List.of()), role, bulletsPerRole, shown);
      CvView.Role view = new CvView.Role(engagement.role(), engagement.name(), period(engagement), engagement.location().orElse(""),
          engagement.summary().orElse(""), items);
      (engagement.kind() == EngagementKind.STUDY ? study : work).add(view);
    }
    List<CvView.Section> sections = new ArrayList<>();
    if (!work.isEmpty()) {
      sections.add(CvView.Section.of("Experience", work));
    }
    if (!study.isEmpty()) {
      sections.add(CvView.Section.of("Education", study));
    }
    List<CvView.Item> looseItems = items(loose, role, bulletsPerRole, shown);
    if (!looseItems.isEmpty()) {
      sections.add(new CvView.Section("Selected work", "", List.of(), looseItems));
    }
    List<String> skills = new ArrayList<>();
    for (Capability capability : lake.capabilities()) {
      boolean achieved = shownEntries.stream().anyMatch(e -> shown.contains(e.id()) && e.status().kind() == StatusKind.ACHIEVED
          && e.capabilities().contains(capability.id()));
      if (achieved) {
        skills.add(PlainText.oneLine(capability.title()));
      }
    }
    if (!skills.isEmpty()) {
      sections.add(new CvView.Section("Skills", String.join(" \u00b7 ", skills), List.of(), List.of()));
    }
    List<LakeEntry> targets = selection.entries(StatusKind.TARGET);
    if (!targets.isEmpty()) {
      List<CvView.Item> next = new ArrayList<>();
      for (LakeEntry entry : Selection.strongestFirst(targets, role).subList(0, Math.min(bulletsPerRole, targets.size()))) {
        shown.add(entry.id());
        next.add(new CvView.Item(Prose.sentence(entry.claim()), ((Target) entry.status()).by().map(by -> "target, by " + date(by)).orElse("target")));
      }
      sections.add(new CvView.Section(NEXT, "", List.of(), next));
    }
    List<String> leftOut = new ArrayList<>();
    for (LakeEntry entry : selection.entries()) {
      if (!shown.contains(entry.id())) {
        leftOut.add(entry.id());
      }
    }
    String subject = role.map(r -> "CV for " + PlainText.oneLine(r.title())).orElse("CV");
    DocumentInfo info = new DocumentInfo(owner.name() + " \u2014 CV", owner.name(), subject, paper(options.paper()));
    CvView view = new CvView(info, Masthead.of(owner), owner.summary().orElse(""), sections);
    List<String> shownInOrder = new ArrayList<>();
    for (LakeEntry entry : selection.entries()) {
      if (shown.contains(entry.id())) {
        shownInOrder.add(entry.id());
      }
    }
    return new Cv(view, shownInOrder, leftOut);
  }

  /** The strongest {@code budget} of {@code entries} for the role, as bullets; their ids go into {@code shown}. */
  private static List<CvView.Item> items(List<LakeEntry> entries, Optional<RoleProfile> role, int budget, Set<String> shown) {
    List<CvView.Item> items = new ArrayList<>();
    for (LakeEntry entry : Selection.strongestFirst(entries, role)) {
      if (items.size() == budget) {
        break;
      }
      shown.add(entry.id());
      String note = entry.status() instanceof Current ? "in progress, as of " + date(((Current) entry.status()).asOf()) : "";
      items.add(new CvView.Item(Prose.sentence(entry.claim()), note));
    }
    return items;
  }

  /**
   * The cover letter of {@code lake} for the options' role (or the lake's first role): the two or
   * three entries that match it best, each in a sentence or two.
   */
  public static Letter letter(Lake lake, RenderOptions options) {
    Selection selection = Selection.of(lake, options);
    Optional<RoleProfile> role = selection.role().or(() -> lake.roles().stream().findFirst());
    Owner owner = lake.owner();
    List<LakeEntry> candidates = new ArrayList<>();
    for (LakeEntry entry : selection.entries()) {
      if (entry.status().kind() != StatusKind.TARGET) {
        candidates.add(entry);
      }
    }
    List<LakeEntry> best = Selection.strongestFirst(candidates, role);
    best = best.subList(0, Math.min(3, best.size()));
    List<LetterView.Paragraph> paragraphs = new ArrayList<>();
    paragraphs.add(LetterView.Paragraph.of(role.map(r -> "I am applying for the " + PlainText.oneLine(r.title()) + " role.")
        .orElse("I am writing to introduce my work.") + owner.summary().map(s -> " " + Prose.sentence(s)).orElse("")));
    List<String> told = new ArrayList<>();
    for (LakeEntry entry : best) {
      told.add(entry.id());
      String opening = entry.status() instanceof Current ? "I am currently working on this: " : "";
      paragraphs.add(LetterView.Paragraph.of(opening + Prose.sentence(entry.claim()) + " What made it hard: "
          + Prose.sentence(lowerFirst(entry.constraint()))));
    }
    paragraphs.add(LetterView.Paragraph.of("I would welcome the chance to talk about this work and what it would bring to your team."));
    String reference = role.map(r -> "Re: " + PlainText.oneLine(r.title())).orElse("");
    DocumentInfo info = new DocumentInfo(owner.name() + " \u2014 cover letter", owner.name(),
        role.map(r -> "Cover letter for " + PlainText.oneLine(r.title())).orElse("Cover letter"), paper(options.paper()));
    LetterView view = new LetterView(info, Masthead.of(owner), longDate(options.today()), List.of(), reference,
        "Dear hiring manager,", paragraphs, "Kind regards,", owner.name());
    return new Letter(view, told);
  }

  private static String lowerFirst(String text) {
    String line = PlainText.oneLine(text);
    return line.length() > 1 && Character.isUpperCase(line.charAt(0)) && Character.isLowerCase(line.charAt(1))
        ? Character.toLowerCase(line.charAt(0)) + line.substring(1) : line;
  }

  private static String paper(PaperSize paper) {
    return paper == PaperSize.LETTER ? "letter" : "A4";
  }

  private static String period(Engagement engagement) {
    return PlainText.month(engagement.start()) + " \u2013 " + engagement.end().map(PlainText::month).orElse("present");
  }

  private static String date(LocalDate date) {
    return date.getDayOfMonth() + " " + PlainText.month(YearMonth.from(date));
  }

  private static String longDate(LocalDate date) {
    String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
    return date.getDayOfMonth() + " " + months[date.getMonthValue() - 1] + " " + date.getYear();
  }
}
