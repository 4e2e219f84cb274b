package io.experiencelake.render.cv;

import io.experiencelake.core.Capability;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.EngagementKind;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StatusKind;
import io.experiencelake.render.ContactItem;
import io.experiencelake.render.Phrasing;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.RenderDiagnostics;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Selection;
import io.experiencelake.render.StatusLabels;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A CV as it should read, decided once and laid out by every CV renderer: Markdown and plain
 * text here, PDF and DOCX in their own modules.
 *
 * <p>Everything in it is final plain text: the owner's words on one line each, with control
 * characters and bidirectional overrides removed ({@link PlainText#oneLine}), no Markdown escapes
 * and no evidence plumbing. A renderer only lays it out: the Markdown renderer escapes each piece
 * of text, a PDF or DOCX renderer prints it as text. The order of every list is the order to print.
 *
 * <p>What goes on the page is chosen here. Engagements come latest first (ongoing first, then by
 * end and start month), studies under "Education", entries without an engagement under "Selected
 * work". Under each, at most {@link RenderOptions#bulletsPerEngagement()} bullets, best first as
 * {@link Selection#ranked()} ranks them (a job ad's pick, else strength weighted by the role); an
 * entry's bullet is its claim, then the strongest figure it does not state already, and for a
 * CURRENT entry its status label ({@link StatusLabels}). TARGET entries appear only when
 * {@link RenderOptions#includeTargets()} is set, and then only under {@link #next()}. Skills are
 * the capabilities a selected ACHIEVED entry demonstrates (whose evidence verified, when the
 * options carry a verification report), never one that is only in progress or a target. Every
 * entry the selection offered and the CV does not show is in {@link #leftOut()} with the reason,
 * and {@link #warnings()} names them for the render's report.
 *
 * <p>To fit a page limit, a renderer asks for fewer bullets: {@link #fit} rebuilds the document
 * with one bullet fewer per engagement until the renderer's own measure says it fits (the Markdown
 * and text renderers use {@link #estimatedPages()}; a PDF renderer counts the pages it typeset):
 *
 * <pre>{@code
 * CvDocument cv = CvDocument.fit(lake, options, doc -> pagesOf(typeset(doc)) <= options.pages());
 * for (CvDocument.Section section : cv.sections()) { ... }
 * cv.shown();      // the ids of the entries on the page, for the manifest and the PDF's metadata
 * cv.warnings();   // what was left out, to return with the rendition
 * }</pre>
 *
 * @param name the owner's name
 * @param headline the owner's headline
 * @param contact the contact line's items (location, email, profile, portfolio)
 * @param summary the owner's summary, when the lake has one
 * @param sections "Experience", "Education" and "Selected work", those that have something to show
 * @param skills the titles of the capabilities achieved work demonstrates, most wanted by the role first
 * @param next the TARGET entries' bullets, under a heading "Next"; empty unless targets are included
 * @param shown the ids of the entries shown, in the order they appear
 * @param leftOut the entries selected but not shown, with why
 * @param bulletsPerEngagement the most bullets shown under one engagement in this document
 * @param warnings {@code LAKE-R001} warnings naming the entries left out, one per reason
 */
public record CvDocument(
    String name,
    String headline,
    List<ContactItem> contact,
    Optional<String> summary,
    List<Section> sections,
    List<String> skills,
    List<Bullet> next,
    List<String> shown,
    List<LeftOut> leftOut,
    int bulletsPerEngagement,
    List<Diagnostic> warnings) {

  /** The heading of the only section TARGET entries may appear in. */
  public static final String NEXT = "Next";

  /** The heading of the skills section. */
  public static final String SKILLS = "Skills";

  /** The characters of a printed line, for {@link #estimatedPages()}: an A4 page at 11 points. */
  static final int LINE_WIDTH = 90;

  /** The lines of a printed page, for {@link #estimatedPages()}. */
  static final int PAGE_LINES = 48;

  /**
   * A section of the CV: its heading and its groups.
   *
   * @param title {@code Experience}, {@code Education} or {@code Selected work}
   * @param groups an engagement each, or one group without a heading for loose entries
   */
  public record Section(String title, List<Group> groups) {}

  /**
   * An engagement with the bullets shown under it (an engagement with none is still listed, so
   * the chronology has no gaps), or the loose entries of "Selected work".
   *
   * @param heading the engagement's heading; empty for loose entries
   * @param summary the engagement's summary, when it has one
   * @param bullets at most {@link CvDocument#bulletsPerEngagement()}, best first
   */
  public record Group(Optional<Heading> heading, Optional<String> summary, List<Bullet> bullets) {}

  /**
   * An engagement's heading.
   *
   * @param role the owner's role, e.g. {@code Platform engineer, lead}
   * @param organisation the engagement's name, e.g. {@code Fraud data platform}
   * @param period the months, e.g. {@code Sep 2024 – present}
   * @param location where it happened, when the lake says
   */
  public record Heading(String role, String organisation, String period, Optional<String> location) {}

  /**
   * One entry's bullet.
   *
   * @param entryId the entry shown
   * @param text the claim, then the strongest figure it does not state already, in brackets
   * @param status the status label of a CURRENT or TARGET entry ({@code in progress, as of …}); empty for an ACHIEVED one
   */
  public record Bullet(String entryId, String text, Optional<String> status) {

    /** The bullet as one line: its text, then its status label in brackets. */
    public String line() {
      return status.map(s -> text + " (" + s + ")").orElse(text);
    }
  }

  /**
   * An entry the selection offered that the CV does not show.
   *
   * @param entryId the entry left out
   * @param reason why, e.g. {@code to keep to 5 bullets per engagement}
   */
  public record LeftOut(String entryId, String reason) {}

  /** Copies the lists, so a document never changes after it is made. */
  public CvDocument {
    contact = List.copyOf(contact);
    sections = List.copyOf(sections);
    skills = List.copyOf(skills);
    next = List.copyOf(next);
    shown = List.copyOf(shown);
    leftOut = List.copyOf(leftOut);
    warnings = List.copyOf(warnings);
  }

  /**
   * The CV of {@code lake} as {@code options} select and budget it, with at most {@link
   * RenderOptions#bulletsPerEngagement()} bullets per engagement; no page limit is applied (see
   * {@link #fit}).
   */
  public static CvDocument of(Lake lake, RenderOptions options) {
    return of(lake, options, options.bulletsPerEngagement(), Selection.of(lake, options), Phrasing.of(lake));
  }

  /**
   * The CV with the most bullets per engagement, from {@link RenderOptions#bulletsPerEngagement()}
   * down to one, that {@code fits} accepts; the one-bullet CV when none does (the renderer then
   * warns that it runs over). Entries dropped on the way are left out "to fit the CV on N pages".
   */
  public static CvDocument fit(Lake lake, RenderOptions options, Predicate<CvDocument> fits) {
    Selection selection = Selection.of(lake, options);
    Phrasing phrasing = Phrasing.of(lake);
    CvDocument document = of(lake, options, options.bulletsPerEngagement(), selection, phrasing);
    for (int bullets = options.bulletsPerEngagement() - 1; bullets >= 1 && !fits.test(document); bullets--) {
      document = of(lake, options, bullets, selection, phrasing);
    }
    return document;
  }

  /**
   * The CV {@link #fit} keeps to {@link RenderOptions#pages()} by {@link #estimatedPages()}, for
   * outputs whose reader lays out the pages (Markdown, plain text, Word).
   */
  public static CvDocument fitByEstimate(Lake lake, RenderOptions options) {
    return fit(lake, options, doc -> doc.estimatedPages() <= options.pages());
  }

  /**
   * How many pages the CV fills printed as plain text or rendered Markdown: its lines wrapped at
   * {@value #LINE_WIDTH} characters, {@value #PAGE_LINES} lines a page, blank lines between blocks
   * counted. An estimate for outputs that have no pages of their own; a typesetter measures.
   */
  public int estimatedPages() {
    int lines = 2 + wrapped(String.join(" · ", contactTexts()));
    lines += summary.map(s -> 1 + wrapped(s)).orElse(0);
    for (Section section : sections) {
      lines += 2;
      for (Group group : section.groups()) {
        if (group.heading().isPresent()) {
          lines += 3;
        }
        lines += group.summary().map(s -> wrapped(s)).orElse(0);
        lines += group.bullets().isEmpty() ? 0 : 1;
        for (Bullet bullet : group.bullets()) {
          lines += wrapped("- " + bullet.line());
        }
      }
    }
    if (!skills.isEmpty()) {
      lines += 3 + wrapped(String.join(", ", skills));
    }
    if (!next.isEmpty()) {
      lines += 3;
      for (Bullet bullet : next) {
        lines += wrapped("- " + bullet.line());
      }
    }
    return (lines + PAGE_LINES - 1) / PAGE_LINES;
  }

  /** The contact line's texts, the headline first. */
  List<String> contactTexts() {
    List<String> texts = new ArrayList<>();
    texts.add(headline);
    contact.forEach(item -> texts.add(item.text()));
    return texts;
  }

  private static int wrapped(String text) {
    return Math.max(1, (text.length() + LINE_WIDTH - 1) / LINE_WIDTH);
  }

  private static CvDocument of(Lake lake, RenderOptions options, int bullets, Selection selection, Phrasing phrasing) {
    Map<String, Engagement> engagements = new LinkedHashMap<>();
    for (Engagement engagement : lake.engagements()) {
      engagements.putIfAbsent(engagement.id(), engagement);
    }
    // The ranked entries of each engagement (and the loose ones, and the targets): one pass over the ranking.
    Map<String, List<LakeEntry>> byEngagement = new HashMap<>();
    List<LakeEntry> loose = new ArrayList<>();
    List<LakeEntry> targets = new ArrayList<>();
    for (LakeEntry entry : selection.ranked()) {
      if (entry.status().kind() == StatusKind.TARGET) {
        targets.add(entry);
      } else if (entry.engagement().map(engagements::containsKey).orElse(false)) {
        byEngagement.computeIfAbsent(entry.engagement().get(), k -> new ArrayList<>()).add(entry);
      } else {
        loose.add(entry);
      }
    }
    Budget budget = new Budget(options, bullets, phrasing);
    List<Group> experience = new ArrayList<>();
    List<Group> education = new ArrayList<>();
    List<Engagement> ordered = new ArrayList<>(engagements.values());
    // Latest first; a stable sort keeps lake order among engagements of the same months.
    ordered.sort(Comparator.comparing((Engagement e) -> e.end().orElse(YearMonth.of(9999, 12))).reversed()
        .thenComparing(Comparator.comparing(Engagement::start).reversed()));
    for (Engagement engagement : ordered) {
      String period = PlainText.month(engagement.start()) + " \u2013 " + engagement.end().map(PlainText::month).orElse("present");
      Heading heading = new Heading(PlainText.oneLine(engagement.role()), PlainText.oneLine(engagement.name()), period,
          engagement.location().map(PlainText::oneLine).filter(l -> !l.isEmpty()));
      Group group = new Group(Optional.of(heading), engagement.summary().map(PlainText::oneLine).filter(s -> !s.isEmpty()),
          budget.bullets(byEngagement.getOrDefault(engagement.id(), List.of())));
      (engagement.kind() == EngagementKind.STUDY ? education : experience).add(group);
    }
    List<Section> sections = new ArrayList<>();
    if (!experience.isEmpty()) {
      sections.add(new Section("Experience", experience));
    }
    if (!education.isEmpty()) {
      sections.add(new Section("Education", education));
    }
    if (!loose.isEmpty()) {
      sections.add(new Section("Selected work", List.of(new Group(Optional.empty(), Optional.empty(), budget.bullets(loose)))));
    }
    List<Bullet> next = budget.bullets(targets);
    return new CvDocument(
        PlainText.oneLine(lake.owner().name()),
        PlainText.oneLine(lake.owner().headline()),
        ContactItem.of(lake.owner()),
        lake.owner().summary().map(PlainText::oneLine).filter(s -> !s.isEmpty()),
        sections,
        skills(lake, selection, options),
        next,
        budget.shown,
        budget.leftOut,
        bullets,
        budget.warnings());
  }

  /**
   * The titles of the capabilities a selected ACHIEVED entry demonstrates (one whose evidence
   * verified, when the options carry a report): the role's heaviest requirements first, then the
   * most demonstrated, then in lake order.
   */
  private static List<String> skills(Lake lake, Selection selection, RenderOptions options) {
    Map<String, Integer> backing = new HashMap<>();
    Map<String, Boolean> defensible = new HashMap<>();
    options.verification().ifPresent(report -> report.entries().forEach(e -> defensible.putIfAbsent(e.entryId(), e.isDefensible())));
    for (LakeEntry entry : selection.entries(StatusKind.ACHIEVED)) {
      if (options.verification().isPresent() && !defensible.getOrDefault(entry.id(), false)) {
        continue;
      }
      for (String id : new LinkedHashSet<>(entry.capabilities())) {
        backing.merge(id, 1, Integer::sum);
      }
    }
    Map<String, Double> weights = new HashMap<>();
    selection.role().ifPresent(role -> role.requires().forEach(w -> weights.merge(w.capability(), w.weight(), Math::max)));
    List<Capability> capabilities = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Capability capability : lake.capabilities()) {
      if (backing.containsKey(capability.id()) && seen.add(capability.id())) {
        capabilities.add(capability);
      }
    }
    capabilities.sort(Comparator.comparingDouble((Capability c) -> -weights.getOrDefault(c.id(), 0.0))
        .thenComparingInt(c -> -backing.get(c.id())));
    return capabilities.stream().map(c -> PlainText.oneLine(c.title())).filter(t -> !t.isEmpty()).collect(Collectors.toList());
  }

  /** Takes the best bullets of each group within the budget, and records what it shows and leaves out. */
  private static final class Budget {
    private final RenderOptions options;
    private final int bullets;
    private final Phrasing phrasing;
    final List<String> shown = new ArrayList<>();
    final List<LeftOut> leftOut = new ArrayList<>();

    Budget(RenderOptions options, int bullets, Phrasing phrasing) {
      this.options = options;
      this.bullets = bullets;
      this.phrasing = phrasing;
    }

    List<Bullet> bullets(List<LakeEntry> ranked) {
      List<Bullet> out = new ArrayList<>();
      for (int i = 0; i < ranked.size(); i++) {
        LakeEntry entry = ranked.get(i);
        if (i < bullets) {
          shown.add(entry.id());
          String text = PlainText.oneLine(entry.claim()) + (entry.status().kind() == StatusKind.TARGET ? ""
              : phrasing.extraFigure(entry).map(f -> " (" + f + ")").orElse(""));
          Optional<String> status = entry.status().kind() == StatusKind.ACHIEVED ? Optional.empty()
              : Optional.of(StatusLabels.of(entry.status(), phrasing));
          out.add(new Bullet(entry.id(), text, status));
        } else if (i < options.bulletsPerEngagement()) {
          leftOut.add(new LeftOut(entry.id(), "to fit the CV on " + pages(options.pages())));
        } else {
          int max = options.bulletsPerEngagement();
          leftOut.add(new LeftOut(entry.id(), "to keep to " + max + (max == 1 ? " bullet" : " bullets") + " per engagement"));
        }
      }
      return out;
    }

    List<Diagnostic> warnings() {
      Map<String, List<String>> byReason = new LinkedHashMap<>();
      for (LeftOut left : leftOut) {
        byReason.computeIfAbsent(left.reason(), k -> new ArrayList<>()).add("'" + left.entryId() + "'");
      }
      List<Diagnostic> warnings = new ArrayList<>();
      byReason.forEach((reason, ids) -> warnings.add(RenderDiagnostics.warning(RenderDiagnostics.OVER_BUDGET, "/entries",
          "the CV leaves out " + ids.size() + (ids.size() == 1 ? " entry " : " entries ") + reason + ": " + String.join(", ", ids),
          reason.startsWith("to fit") ? "raise the page limit, shorten the claims, or narrow the selection"
              : "raise bulletsPerEngagement, or narrow the selection to the entries that matter for this application")));
      return warnings;
    }
  }

  private static String pages(int pages) {
    return pages == 1 ? "1 page" : pages + " pages";
  }
}
