package io.experiencelake.render.linkedin;

import io.experiencelake.core.Capability;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StatusKind;
import io.experiencelake.render.Figures;
import io.experiencelake.render.Phrasing;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.RenderDiagnostics;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Selection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The LinkedIn sections of a lake, each fitted to its budget, with the warnings for what was left out. */
final class LinkedIn {

  /** The headline's budget in code points. */
  static final int HEADLINE = 220;

  /** The About section's budget in code points. */
  static final int ABOUT = 2_600;

  /** Each experience's budget in code points. */
  static final int EXPERIENCE = 2_000;

  /** The budget of the "Next" section (plans, for the end of About or a post), as an experience's. */
  static final int NEXT = 2_000;

  /** The most entries About highlights, and the most bullets under one experience (and under "Next"). */
  static final int HIGHLIGHTS = 5;

  /** One section: its title, its fitted body and its budget. */
  record Section(String title, String body, int budget) {

    /** The body's length in code points. */
    int length() {
      return Budget.length(body);
    }
  }

  private final List<Section> sections = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();
  private final Set<String> dropped = new LinkedHashSet<>();
  private final Set<String> placed = new HashSet<>();
  private final Set<String> cut = new HashSet<>();
  private final Set<String> offered = new HashSet<>();
  private final Set<String> selected = new LinkedHashSet<>();
  private final Set<String> used = new LinkedHashSet<>();

  LinkedIn(Lake lake, RenderOptions options) {
    Selection selection = Selection.of(lake, options);
    Phrasing phrasing = Phrasing.of(lake);
    List<LakeEntry> shown = selection.ranked().stream().filter(e -> e.status().kind() != StatusKind.TARGET).collect(Collectors.toList());

    List<Budget.Part> headline = new ArrayList<>();
    headline.add(new Budget.Part(PlainText.oneLine(lake.owner().headline()), "", "the owner's headline", null));
    String separator = " | ";
    // Only capabilities achieved work backs, like a CV's skills: a plan or work in progress is no headline.
    for (Capability capability : strongestCapabilities(lake, shown.stream().filter(e -> e.status().kind() == StatusKind.ACHIEVED).collect(Collectors.toList()))) {
      headline.add(new Budget.Part(PlainText.oneLine(capability.title()), separator, "capability '" + capability.id() + "'", null));
      separator = " · ";
    }
    add("Headline", "/owner/headline", headline, HEADLINE);

    List<Budget.Part> about = new ArrayList<>();
    lake.owner().summary().ifPresent(s -> about.add(new Budget.Part(PlainText.oneLine(s), "", "the owner's summary", null)));
    String first = "\n\n";
    for (LakeEntry entry : shown.subList(0, Math.min(HIGHLIGHTS, shown.size()))) {
      offered.add(entry.id());
      about.add(new Budget.Part(() -> "\u2022 " + phrasing.line(entry), first, "entry '" + entry.id() + "'", entry.id()));
      first = "\n";
    }
    add("About", "/owner", about, ABOUT);

    List<Engagement> engagements = new ArrayList<>(lake.engagements());
    engagements.sort(Comparator.comparing((Engagement e) -> e.end().orElse(java.time.YearMonth.of(9999, 12))).reversed()
        .thenComparing(Comparator.comparing(Engagement::start).reversed()));
    // The shown entries of each engagement, in the order shown, and where each engagement first
    // appears in the lake (as List.indexOf finds it): one pass each, not one per engagement.
    Map<String, List<LakeEntry>> byEngagement = new HashMap<>();
    for (LakeEntry entry : shown) {
      entry.engagement().ifPresent(id -> byEngagement.computeIfAbsent(id, k -> new ArrayList<>()).add(entry));
    }
    Map<Engagement, Integer> engagementIndex = new HashMap<>();
    for (int i = 0; i < lake.engagements().size(); i++) {
      engagementIndex.putIfAbsent(lake.engagements().get(i), i);
    }
    Set<String> listed = new LinkedHashSet<>();
    for (Engagement engagement : engagements) {
      List<LakeEntry> entries = byEngagement.getOrDefault(engagement.id(), List.of());
      if (entries.isEmpty() || !listed.add(engagement.id())) {
        continue;
      }
      List<Budget.Part> parts = new ArrayList<>();
      engagement.summary().ifPresent(s -> parts.add(new Budget.Part(PlainText.oneLine(s), "", "the summary of engagement '" + engagement.id() + "'", null)));
      String before = "\n\n";
      for (LakeEntry entry : entries.subList(0, Math.min(HIGHLIGHTS, entries.size()))) {
        offered.add(entry.id());
        parts.add(new Budget.Part(() -> "\u2022 " + phrasing.line(entry), before, "entry '" + entry.id() + "'", entry.id()));
        before = "\n";
      }
      String title = "Experience: " + PlainText.oneLine(engagement.role()) + " — " + PlainText.oneLine(engagement.name())
          + " (" + PlainText.month(engagement.start()) + " – " + engagement.end().map(PlainText::month).orElse("present") + ")";
      add(title, "/engagements/" + engagementIndex.get(engagement), parts, EXPERIENCE);
    }

    List<LakeEntry> targets = selection.ranked().stream().filter(e -> e.status().kind() == StatusKind.TARGET).collect(Collectors.toList());
    if (!targets.isEmpty()) {
      List<Budget.Part> parts = new ArrayList<>();
      for (LakeEntry entry : targets.subList(0, Math.min(HIGHLIGHTS, targets.size()))) {
        offered.add(entry.id());
        parts.add(new Budget.Part(() -> "\u2022 " + phrasing.line(entry), "\n", "entry '" + entry.id() + "'", entry.id()));
      }
      add("Next", "/entries", parts, NEXT);
    }
    // An entry is used when some of its line went into a section, or when it was offered to a
    // section, left out to keep its length, and its claim appears in one anyway (in another entry's
    // line, say): a plain search of the sections, for the few entries offered and left out. An entry
    // never offered (beyond the best five of each section) was not sent, whatever its words.
    List<String> bodies = sections.stream().map(Section::body).collect(Collectors.toList());
    selection.entries().forEach(e -> selected.add(e.id()));
    for (LakeEntry entry : selection.entries()) {
      boolean sent = placed.contains(entry.id()) || cut.contains(entry.id())
          || (offered.contains(entry.id()) && appears(PlainText.oneLine(entry.claim()), bodies));
      if (sent) {
        used.add(entry.id());
      }
    }
  }

  /** Whether one of {@code bodies} contains {@code claim}. */
  private static boolean appears(String claim, List<String> bodies) {
    for (String body : bodies) {
      if (body.contains(claim)) {
        return true;
      }
    }
    return false;
  }

  /** The capabilities the shown entries demonstrate, most entries first, then in lake order. */
  private static List<Capability> strongestCapabilities(Lake lake, List<LakeEntry> shown) {
    // How many shown entries demonstrate each capability, in one pass over the entries.
    Map<String, Long> demonstrated = new HashMap<>();
    for (LakeEntry entry : shown) {
      for (String id : new HashSet<>(entry.capabilities())) {
        demonstrated.merge(id, 1L, Long::sum);
      }
    }
    List<Capability> capabilities = new ArrayList<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Capability capability : lake.capabilities()) {
      long count = demonstrated.getOrDefault(capability.id(), 0L);
      if (count > 0 && !counts.containsKey(capability.id())) {
        counts.put(capability.id(), count);
        capabilities.add(capability);
      }
    }
    capabilities.sort(Comparator.comparingLong((Capability c) -> -counts.get(c.id())));
    return capabilities;
  }

  private void add(String title, String pointer, List<Budget.Part> parts, int budget) {
    Budget.Fit fit = Budget.fit(parts, budget);
    sections.add(new Section(title, fit.text(), budget));
    dropped.addAll(fit.droppedEntries());
    placed.addAll(fit.placedEntries());
    cut.addAll(fit.cutEntries());
    if (!fit.dropped().isEmpty()) {
      warnings.add(RenderDiagnostics.warning(RenderDiagnostics.OVER_BUDGET, pointer,
          "LinkedIn " + title + " would run over " + Figures.number(budget) + " characters; left out: " + String.join(", ", fit.dropped()),
          "shorten the text, or narrow the selection so fewer entries compete for the section"));
    }
  }

  List<Section> sections() {
    return List.copyOf(sections);
  }

  List<Diagnostic> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * The ids of the selected entries cut short or left out of some section to keep its length, or
   * never offered to one (beyond the {@value #HIGHLIGHTS} best of About or of their experience).
   */
  Set<String> dropped() {
    Set<String> all = new HashSet<>(dropped);
    for (String id : selected) {
      if (!offered.contains(id)) {
        all.add(id);
      }
    }
    return Set.copyOf(all);
  }

  /** The ids of the entries offered to some section: the best {@value #HIGHLIGHTS} of About, of each experience and of "Next". */
  Set<String> offered() {
    return Set.copyOf(offered);
  }

  /** The ids of the entries whose content appears, in lake order. */
  List<String> used() {
    return List.copyOf(used);
  }

  /** All sections as one text: a title line with the length and budget, then the body. */
  String text() {
    StringBuilder out = new StringBuilder();
    for (Section section : sections) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append("== ").append(section.title()).append(" (").append(Figures.number(section.length()))
          .append(" of ").append(Figures.number(section.budget())).append(" characters) ==\n");
      out.append(section.body()).append('\n');
    }
    return out.toString();
  }
}
