package io.experiencelake.render.coverletter;

import io.experiencelake.core.Alternative;
import io.experiencelake.core.Capability;
import io.experiencelake.core.CapabilityWeight;
import io.experiencelake.core.Current;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Owner;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.Target;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ImmutableRendition;
import io.experiencelake.render.Markdown;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.Prose;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Renderer;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.Selection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders {@code cover-letter.md}: a Markdown letter for one role profile, one paragraph per
 * selected entry, the strongest match first.
 *
 * <p>The role is {@link RenderOptions#role()}; without one, the lake's first role profile; a lake
 * with no role profiles gets a general letter. Entries come as {@link Selection#strongestFirst}
 * orders them: by how much of the role's required capability weight they demonstrate, then
 * ACHIEVED before CURRENT, then by evidence strength (verifiable anchors, plus one when the
 * strongest figure pins its report's SHA-256), then by id. Each paragraph is prose: claim, then
 * the constraint, the decision (with the alternatives set aside and the cost), then the evidence.
 * A CURRENT entry opens with {@code In progress (as of YYYY-MM-DD: progress):}; a TARGET entry
 * appears only when {@link RenderOptions#includeTargets()} is set, and then only under the heading
 * "Next", as a plan.
 *
 * <pre>{@code
 * RenderOptions options = ImmutableRenderOptions.builder().today(today).role("data-platform").build();
 * String letter = Rendering.run(lake, options, "cover-letter").artifact("cover-letter.md").text();
 * }</pre>
 */
public final class CoverLetterRenderer implements Renderer {

  /** The renderer's name. */
  public static final String NAME = "cover-letter";

  /** The letter's path in the output folder. */
  public static final String PATH = "cover-letter.md";

  /** Makes the renderer; {@link java.util.ServiceLoader} calls this. */
  public CoverLetterRenderer() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Rendition render(Lake lake, RenderOptions options) {
    Selection selection = Selection.of(lake, options);
    Optional<RoleProfile> role = selection.role().or(() -> lake.roles().stream().findFirst());
    List<LakeEntry> ranked = rank(selection.entries().stream()
        .filter(e -> e.status().kind() != StatusKind.TARGET).collect(Collectors.toList()), role);
    List<LakeEntry> targets = selection.entries(StatusKind.TARGET);

    Owner owner = lake.owner();
    StringBuilder out = new StringBuilder();
    out.append("# ").append(Markdown.escape(owner.name())).append("\n\n");
    List<String> contact = new ArrayList<>();
    contact.add(Markdown.escape(owner.headline()));
    owner.location().map(Markdown::escape).ifPresent(contact::add);
    owner.email().map(Markdown::escape).ifPresent(contact::add);
    owner.url().map(u -> Markdown.escape(u.toString())).ifPresent(contact::add);
    out.append(String.join(" · ", contact)).append("\n\n");
    role.ifPresent(r -> out.append("**Re: ").append(Markdown.escape(r.title())).append("**\n\n"));
    out.append("Dear hiring manager,\n\n");
    out.append(opening(lake, role)).append("\n");
    for (LakeEntry entry : ranked) {
      out.append('\n').append(paragraph(entry)).append('\n');
    }
    if (!targets.isEmpty()) {
      out.append("\n## Next\n");
      for (LakeEntry entry : targets) {
        out.append('\n').append(plan(entry)).append('\n');
      }
    }
    out.append("\nKind regards,\n\n").append(Markdown.escape(owner.name())).append('\n');

    List<String> used = new ArrayList<>();
    for (LakeEntry entry : selection.entries()) {
      used.add(entry.id());
    }
    return ImmutableRendition.builder()
        .addArtifacts(Artifact.utf8(PATH, "text/markdown; charset=utf-8", out.toString()))
        .addAllEntriesUsed(used)
        .build();
  }

  /** The entries, strongest match for {@code role} first (see the class comment). */
  static List<LakeEntry> rank(List<LakeEntry> entries, Optional<RoleProfile> role) {
    return Selection.strongestFirst(entries, role);
  }

  private static String opening(Lake lake, Optional<RoleProfile> role) {
    StringBuilder out = new StringBuilder();
    role.ifPresentOrElse(
        r -> out.append("I am applying for the ").append(Markdown.escape(r.title())).append(" role."),
        () -> out.append("I am writing to introduce my work."));
    lake.owner().summary().ifPresent(s -> out.append(' ').append(Markdown.escape(Prose.sentence(s))));
    List<String> needs = role.map(r -> needs(lake, r)).orElse(List.of());
    if (needs.isEmpty()) {
      out.append(" Below is the work I can stand behind, each piece with its evidence.");
    } else {
      out.append(" The role asks for ").append(join(needs.stream().map(Markdown::escape).collect(Collectors.toList())))
          .append("; below is the work that shows it, the closest match first, each piece with its evidence.");
    }
    return out.toString();
  }

  /** The titles of the role's required capabilities, heaviest first. */
  private static List<String> needs(Lake lake, RoleProfile role) {
    List<CapabilityWeight> required = new ArrayList<>(role.requires());
    required.sort(Comparator.comparingDouble((CapabilityWeight w) -> -w.weight()));
    List<String> titles = new ArrayList<>();
    for (CapabilityWeight weight : required) {
      titles.add(lake.capabilities().stream().filter(c -> c.id().equals(weight.capability())).findFirst()
          .map(Capability::title).map(PlainText::oneLine).orElse(weight.capability()));
    }
    return titles;
  }

  /** One entry as prose: claim, constraint, decision, evidence. */
  private static String paragraph(LakeEntry entry) {
    StringBuilder out = new StringBuilder();
    if (entry.status() instanceof Current current) {
      out.append("In progress (as of ").append(current.asOf()).append(": ")
          .append(Markdown.escape(current.progress())).append("): ");
    }
    out.append(Markdown.escape(entry.claim()));
    if (!Prose.sentence(entry.claim()).equals(PlainText.oneLine(entry.claim()))) {
      out.append('.');
    }
    out.append(" The constraint: ").append(Markdown.escape(Prose.sentence(entry.constraint())));
    decision(entry, out);
    List<String> evidence = Prose.evidence(entry);
    if (!evidence.isEmpty()) {
      out.append(" Evidence: ").append(evidence.stream().map(Markdown::escape).collect(Collectors.joining("; "))).append('.');
    }
    return out.toString();
  }

  /** A TARGET entry as a plan, never as done. */
  private static String plan(LakeEntry entry) {
    Target target = (Target) entry.status();
    StringBuilder out = new StringBuilder("Planned").append(target.by().map(by -> " (by " + by + ")").orElse("")).append(": ");
    out.append(Markdown.escape(entry.claim()));
    if (!Prose.sentence(entry.claim()).equals(PlainText.oneLine(entry.claim()))) {
      out.append('.');
    }
    out.append(" The constraint: ").append(Markdown.escape(Prose.sentence(entry.constraint())));
    decision(entry, out);
    return out.toString();
  }

  private static void decision(LakeEntry entry, StringBuilder out) {
    out.append(" The decision: ").append(Markdown.escape(Prose.sentence(entry.decision().choice())));
    List<Alternative> alternatives = entry.decision().alternatives();
    if (!alternatives.isEmpty()) {
      out.append(" Set aside: ").append(alternatives.stream()
          .map(a -> Markdown.escape(PlainText.oneLine(a.option())) + " (" + Markdown.escape(PlainText.oneLine(a.whyNot())) + ")")
          .collect(Collectors.joining("; "))).append('.');
    }
    out.append(" The cost: ").append(Markdown.escape(Prose.sentence(entry.decision().consequence())));
  }

  private static String join(List<String> items) {
    if (items.size() <= 2) {
      return String.join(" and ", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
