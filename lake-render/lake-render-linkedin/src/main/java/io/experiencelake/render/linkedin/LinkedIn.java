package io.experiencelake.render.linkedin;

import io.experiencelake.core.Capability;
import io.experiencelake.core.Current;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.Target;
import io.experiencelake.render.Figures;
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
  private final Set<String> used = new LinkedHashSet<>();

  LinkedIn(Lake lake, RenderOptions options) {
    Selection selection = Selection.of(lake, options);
    List<LakeEntry> inOrder = selection.entries().stream().filter(e -> e.status().kind() != StatusKind.TARGET).collect(Collectors.toList());
    List<LakeEntry> shown = selection.role().isPresent() ? Selection.strongestFirst(inOrder, selection.role()) : inOrder;

    List<Budget.Part> headline = new ArrayList<>();
    headline.add(new Budget.Part(PlainText.oneLine(lake.owner().headline()), "", "the owner's headline", null));
    String separator = " | ";
    for (Capability capability : strongestCapabilities(lake, shown)) {
      headline.add(new Budget.Part(PlainText.oneLine(capability.title()), separator, "capability '" + capability.id() + "'", null));
      separator = " · ";
    }
    add("Headline", "/owner/headline", headline, HEADLINE);

    List<Budget.Part> about = new ArrayList<>();
    lake.owner().summary().ifPresent(s -> about.add(new Budget.Part(PlainText.oneLine(s), "", "the owner's summary", null)));
    String first = "\n\n";
    for (LakeEntry entry : shown) {
      about.add(new Budget.Part(() -> bullet(entry), first, "entry '" + entry.id() + "'", entry.id()));
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
      for (LakeEntry entry : entries) {
        parts.add(new Budget.Part(() -> bullet(entry), before, "entry '" + entry.id() + "'", entry.id()));
        before = "\n";
      }
      String title = "Experience: " + PlainText.oneLine(engagement.role()) + " — " + PlainText.oneLine(engagement.name())
          + " (" + PlainText.month(engagement.start()) + " – " + engagement.end().map(PlainText::month).orElse("present") + ")";
      add(title, "/engagements/" + engagementIndex.get(engagement), parts, EXPERIENCE);
    }

    List<LakeEntry> targets = selection.entries(StatusKind.TARGET);
    if (!targets.isEmpty()) {
      List<Budget.Part> parts = new ArrayList<>();
      for (LakeEntry entry : targets) {
        Target target = (Target) entry.status();
        parts.add(new Budget.Part(() -> "• " + PlainText.oneLine(entry.claim()) + target.by().map(by -> " (target, by " + by + ")").orElse(" (target)"),
            "\n", "entry '" + entry.id() + "'", entry.id()));
      }
      add("Next", "/entries", parts, NEXT);
    }
    // An entry cut short or left out of some section is still used when its claim appears in a
    // section: surely when its part went whole into another (every entry's part holds its claim on
    // one line), else when a search of all the sections finds it (in another's part, say).
    List<String> unplacedClaims = new ArrayList<>();
    for (LakeEntry entry : selection.entries()) {
      if (dropped.contains(entry.id()) && !placed.contains(entry.id())) {
        unplacedClaims.add(PlainText.oneLine(entry.claim()));
      }
    }
    boolean[] appears = Occurrences.in(unplacedClaims, sections.stream().map(Section::body).collect(Collectors.toList()));
    int next = 0;
    for (LakeEntry entry : selection.entries()) {
      if (!dropped.contains(entry.id()) || placed.contains(entry.id()) || appears[next++]) {
        used.add(entry.id());
      }
    }
  }

  /** An entry's line: its claim with its strongest figure, or labelled in progress. */
  private static String bullet(LakeEntry entry) {
    String claim = PlainText.oneLine(entry.claim());
    if (entry.status() instanceof Current current) {
      return "• " + claim + " (in progress, as of " + current.asOf() + ": " + PlainText.oneLine(current.progress()) + ")";
    }
    return "• " + claim + Figures.strongest(entry).map(f -> " (" + PlainText.oneLine(f) + ")").orElse("");
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

  /** The ids of the entries cut short or left out of some section. */
  Set<String> dropped() {
    return Set.copyOf(dropped);
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
