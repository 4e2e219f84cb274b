package io.experiencelake.render.cv;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Current;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.EngagementKind;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Owner;
import io.experiencelake.core.Status;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.Target;
import io.experiencelake.render.Figures;
import io.experiencelake.render.Markdown;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.Selection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The CV's content, laid out once and written as Markdown and as plain text. */
final class Cv {

  /** The heading of the only section TARGET entries may appear in. */
  static final String NEXT = "Next";

  /** A section: a heading, then groups (an engagement each) or loose bullets. */
  private static final class Section {
    final String heading;
    final List<Group> groups = new ArrayList<>();

    Section(String heading) {
      this.heading = heading;
    }
  }

  /** One engagement (or none, for loose bullets) with its bullets. */
  private static final class Group {
    final Optional<Engagement> engagement;
    final List<Bullet> bullets;

    Group(Optional<Engagement> engagement, List<Bullet> bullets) {
      this.engagement = engagement;
      this.bullets = bullets;
    }
  }

  /** One entry's line: the user's parts (escaped in Markdown) and the renderer's labels (never escaped). */
  private static final class Bullet {
    final String claim;
    final Optional<String> figure;
    final String label;

    Bullet(String claim, Optional<String> figure, String label) {
      this.claim = claim;
      this.figure = figure;
      this.label = label;
    }
  }

  private final Owner owner;
  private final List<Section> sections;
  private final Set<String> used;

  private Cv(Owner owner, List<Section> sections, Set<String> used) {
    this.owner = owner;
    this.sections = sections;
    this.used = used;
  }

  static Cv of(Lake lake, Selection selection) {
    Map<String, Engagement> engagements = lake.engagements().stream()
        .collect(Collectors.toMap(Engagement::id, Function.identity(), (a, b) -> a));
    List<LakeEntry> shown = selection.entries().stream()
        .filter(e -> e.status().kind() != StatusKind.TARGET)
        .collect(Collectors.toList());
    Set<String> used = new LinkedHashSet<>();

    Section experience = new Section("Experience");
    Section education = new Section("Education");
    List<Engagement> ordered = new ArrayList<>(lake.engagements());
    ordered.sort(Comparator.comparing((Engagement e) -> e.end().orElse(YearMonth.of(9999, 12))).reversed()
        .thenComparing(Comparator.comparing(Engagement::start).reversed()));
    // The shown entries of each engagement, in lake order: one pass, not one per engagement.
    Map<String, List<LakeEntry>> byEngagement = new HashMap<>();
    for (LakeEntry entry : shown) {
      entry.engagement().ifPresent(id -> byEngagement.computeIfAbsent(id, k -> new ArrayList<>()).add(entry));
    }
    Set<String> listed = new LinkedHashSet<>();
    for (Engagement engagement : ordered) {
      if (!listed.add(engagement.id())) {
        continue;
      }
      List<LakeEntry> entries = byEngagement.getOrDefault(engagement.id(), List.of());
      Section section = engagement.kind() == EngagementKind.STUDY ? education : experience;
      section.groups.add(new Group(Optional.of(engagement), bullets(entries, used)));
    }
    Section selected = new Section("Selected work");
    List<LakeEntry> loose = shown.stream()
        .filter(e -> e.engagement().map(id -> !engagements.containsKey(id)).orElse(true))
        .collect(Collectors.toList());
    if (!loose.isEmpty()) {
      selected.groups.add(new Group(Optional.empty(), bullets(loose, used)));
    }
    Section next = new Section(NEXT);
    List<LakeEntry> targets = selection.entries(StatusKind.TARGET);
    if (!targets.isEmpty()) {
      List<Bullet> bullets = new ArrayList<>();
      for (LakeEntry entry : targets) {
        Target target = (Target) entry.status();
        used.add(entry.id());
        bullets.add(new Bullet(entry.claim(), Optional.empty(),
            target.by().map(by -> " (target, by " + by + ")").orElse(" (target)")));
      }
      next.groups.add(new Group(Optional.empty(), bullets));
    }
    List<Section> sections = new ArrayList<>();
    for (Section section : List.of(experience, education, selected, next)) {
      if (!section.groups.isEmpty()) {
        sections.add(section);
      }
    }
    return new Cv(lake.owner(), sections, used);
  }

  /** The entries' bullets, latest first; entries of the same date keep their lake order. */
  private static List<Bullet> bullets(List<LakeEntry> entries, Set<String> used) {
    List<LakeEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing((LakeEntry e) -> date(e.status())).reversed());
    List<Bullet> bullets = new ArrayList<>();
    for (LakeEntry entry : sorted) {
      used.add(entry.id());
      String label = "";
      if (entry.status() instanceof Current current) {
        label = " (in progress, as of " + current.asOf() + ": " + PlainText.oneLine(current.progress()) + ")";
      }
      bullets.add(new Bullet(entry.claim(), Figures.strongest(entry), label));
    }
    return bullets;
  }

  private static LocalDate date(Status status) {
    if (status instanceof Achieved achieved) {
      return achieved.on();
    }
    if (status instanceof Current current) {
      return current.asOf();
    }
    return ((Target) status).by().orElse(LocalDate.MAX);
  }

  List<String> entriesUsed() {
    return List.copyOf(used);
  }

  /** The Markdown CV: user text escaped, LF line ends, one trailing newline. */
  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(Markdown.escape(owner.name())).append("\n\n");
    out.append(contact(Markdown::escape, " · ")).append("\n");
    owner.summary().ifPresent(s -> out.append('\n').append(Markdown.escape(s)).append('\n'));
    for (Section section : sections) {
      out.append("\n## ").append(section.heading).append('\n');
      for (Group group : section.groups) {
        group.engagement.ifPresent(e -> {
          out.append("\n### ").append(Markdown.escape(e.role())).append(" — ").append(Markdown.escape(e.name())).append("\n\n");
          out.append(period(e, Markdown::escape, " · ")).append('\n');
          e.summary().ifPresent(s -> out.append('\n').append(Markdown.escape(s)).append('\n'));
        });
        if (!group.bullets.isEmpty()) {
          out.append('\n');
        }
        for (Bullet bullet : group.bullets) {
          out.append("- ").append(line(bullet, Markdown::escape)).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** The plain-text CV: one column, headings on lines of their own, "- " bullets, no tables. */
  String text() {
    StringBuilder out = new StringBuilder();
    out.append(PlainText.oneLine(owner.name())).append('\n');
    out.append(contact(PlainText::oneLine, " | ")).append('\n');
    owner.summary().ifPresent(s -> out.append('\n').append(PlainText.oneLine(s)).append('\n'));
    for (Section section : sections) {
      out.append('\n').append(section.heading).append('\n');
      for (Group group : section.groups) {
        group.engagement.ifPresent(e -> {
          out.append('\n').append(PlainText.oneLine(e.role())).append(" — ").append(PlainText.oneLine(e.name())).append('\n');
          out.append(period(e, PlainText::oneLine, " | ")).append('\n');
          e.summary().ifPresent(s -> out.append(PlainText.oneLine(s)).append('\n'));
        });
        if (group.engagement.isEmpty()) {
          out.append('\n');
        }
        for (Bullet bullet : group.bullets) {
          out.append("- ").append(line(bullet, PlainText::oneLine)).append('\n');
        }
      }
    }
    return out.toString();
  }

  private String contact(Function<String, String> escape, String separator) {
    List<String> parts = new ArrayList<>();
    parts.add(escape.apply(owner.headline()));
    owner.location().map(escape).ifPresent(parts::add);
    owner.email().map(escape).ifPresent(parts::add);
    owner.url().map(u -> escape.apply(u.toString())).ifPresent(parts::add);
    return String.join(separator, parts);
  }

  private static String period(Engagement engagement, Function<String, String> escape, String separator) {
    String period = PlainText.month(engagement.start()) + " – " + engagement.end().map(PlainText::month).orElse("present");
    return engagement.location().map(l -> period + separator + escape.apply(l)).orElse(period);
  }

  private static String line(Bullet bullet, Function<String, String> escape) {
    return escape.apply(bullet.claim) + bullet.figure.map(f -> " (" + escape.apply(f) + ")").orElse("") + escapeLabel(bullet.label, escape);
  }

  /** The status label, escaped as a whole since its progress text is the user's. */
  private static String escapeLabel(String label, Function<String, String> escape) {
    return label.isEmpty() ? "" : " " + escape.apply(label.strip());
  }
}
