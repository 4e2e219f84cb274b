package io.experiencelake.render.jsonresume;

import io.experiencelake.core.Capability;
import io.experiencelake.core.Current;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.EngagementKind;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Owner;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.Target;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.Figures;
import io.experiencelake.render.JsonOutput;
import io.experiencelake.render.NamedRenderer;
import io.experiencelake.render.Phrasing;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.Selection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders {@code resume.json} for the JSON Resume schema ({@code @jsonresume/schema} 1.3), so its
 * themes render the lake.
 *
 * <p>The owner becomes {@code basics}; engagements map by kind: JOB to {@code work}, PROJECT to
 * {@code projects}, STUDY to {@code education}, VOLUNTEER to {@code volunteer}, in lake order.
 * Every engagement is listed; its best selected ACHIEVED and CURRENT entries (at most {@link
 * RenderOptions#bulletsPerEngagement()}, as {@link Selection#ranked()} orders them, like a CV's
 * bullets) become its {@code highlights}, each worded as {@link Phrasing#line} words it: the claim,
 * the figure it does not state, and for a CURRENT entry its status label ({@code in progress, as of
 * …}). Entries without an engagement go to a project called "Selected work". TARGET entries appear
 * only with {@link RenderOptions#includeTargets()}, and then only in a project called "Next".
 * Capabilities demonstrated by a selected ACHIEVED entry become {@code skills}, with those
 * entries' keywords. {@code meta} carries the lake's content hash ({@code lakeHash}, an extra
 * property the schema allows) and the render date.
 *
 * <pre>{@code
 * RenderRun run = Rendering.run(lake, RenderOptions.today(LocalDate.of(2026, 11, 27)), "jsonresume");
 * String json = run.artifact("resume.json").text();
 * }</pre>
 */
public final class JsonResumeRenderer extends NamedRenderer {

  /** The renderer's name. */
  public static final String NAME = "jsonresume";

  /** The path of {@code resume.json} in the output folder. */
  public static final String RESUME = "resume.json";

  /** The project name under which TARGET entries appear, the only place they may. */
  public static final String NEXT = "Next";

  /** The project name for entries without an engagement. */
  public static final String SELECTED_WORK = "Selected work";

  /** A simple address check, so an email the schema's {@code email} format would reject is left out. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  /** Makes the renderer; {@link java.util.ServiceLoader} calls this. */
  public JsonResumeRenderer() {
    super(NAME);
  }

  @Override
  public Rendition render(Lake lake, RenderOptions options) {
    Selection selection = Selection.of(lake, options);
    Set<String> used = new LinkedHashSet<>();
    ObjectNode root = JsonOutput.object();
    root.set("basics", basics(lake.owner()));

    ArrayNode work = JsonOutput.object().arrayNode();
    ArrayNode volunteer = JsonOutput.object().arrayNode();
    ArrayNode education = JsonOutput.object().arrayNode();
    ArrayNode projects = JsonOutput.object().arrayNode();
    Phrasing phrasing = Phrasing.of(lake);
    int most = options.bulletsPerEngagement();
    List<LakeEntry> ranked = selection.ranked();
    // The selected ACHIEVED and CURRENT entries of each engagement, best first: one pass, not one per engagement.
    Map<String, List<LakeEntry>> byEngagement = new HashMap<>();
    for (LakeEntry entry : ranked) {
      if (entry.status().kind() != StatusKind.TARGET) {
        entry.engagement().ifPresent(id -> byEngagement.computeIfAbsent(id, k -> new ArrayList<>()).add(entry));
      }
    }
    Set<String> engagementIds = new LinkedHashSet<>();
    for (Engagement engagement : lake.engagements()) {
      if (!engagementIds.add(engagement.id())) {
        continue;
      }
      List<LakeEntry> entries = best(byEngagement.getOrDefault(engagement.id(), List.of()), most);
      entries.forEach(e -> used.add(e.id()));
      ArrayNode highlights = highlights(entries, phrasing);
      switch (engagement.kind()) {
        case JOB:
          work.add(position("name", engagement, engagement.location(), highlights));
          break;
        case VOLUNTEER:
          volunteer.add(position("organization", engagement, Optional.empty(), highlights));
          break;
        case STUDY:
          education.add(study(engagement, highlights));
          break;
        default:
          projects.add(project(engagement, highlights));
      }
    }
    List<LakeEntry> loose = best(ranked.stream()
        .filter(e -> e.status().kind() != StatusKind.TARGET)
        .filter(e -> e.engagement().map(id -> !engagementIds.contains(id)).orElse(true))
        .collect(Collectors.toList()), most);
    if (!loose.isEmpty()) {
      loose.forEach(e -> used.add(e.id()));
      ObjectNode project = projects.addObject();
      project.put("name", SELECTED_WORK);
      project.set("highlights", highlights(loose, phrasing));
    }
    List<LakeEntry> targets = best(ranked.stream().filter(e -> e.status().kind() == StatusKind.TARGET).collect(Collectors.toList()), most);
    if (!targets.isEmpty()) {
      ObjectNode next = projects.addObject();
      next.put("name", NEXT);
      next.put("description", "Planned work, not yet done.");
      targets.forEach(e -> used.add(e.id()));
      next.set("highlights", highlights(targets, phrasing));
    }
    putIfNotEmpty(root, "work", work);
    putIfNotEmpty(root, "volunteer", volunteer);
    putIfNotEmpty(root, "education", education);
    putIfNotEmpty(root, "projects", projects);
    putIfNotEmpty(root, "skills", skills(lake, selection));

    ObjectNode meta = root.putObject("meta");
    meta.put("version", "v1.0.0");
    meta.put("lastModified", options.today().toString());
    meta.put("generator", "experience-lake");
    meta.put("lakeHash", LakeHashes.of(lake).toString());

    return Rendition.of(List.of(Artifact.utf8(RESUME, "application/json", JsonOutput.write(root))), List.of(), Rendition.inLakeOrder(lake, used));
  }

  private static ObjectNode basics(Owner owner) {
    ObjectNode basics = JsonOutput.object();
    basics.put("name", PlainText.oneLine(owner.name()));
    basics.put("label", PlainText.oneLine(owner.headline()));
    owner.email().map(PlainText::oneLine).filter(e -> EMAIL.matcher(e).matches()).ifPresent(e -> basics.put("email", e));
    owner.url().filter(u -> u.isAbsolute()).ifPresent(u -> basics.put("url", u.toString()));
    owner.summary().ifPresent(s -> basics.put("summary", PlainText.oneLine(s)));
    owner.location().ifPresent(l -> basics.putObject("location").put("address", PlainText.oneLine(l)));
    return basics;
  }

  /**
   * A {@code work} or {@code volunteer} item: the schema's two differ only in the key of the
   * organisation's name ({@code name}, {@code organization}) and in work's {@code location}.
   */
  private static ObjectNode position(String nameKey, Engagement engagement, Optional<String> location, ArrayNode highlights) {
    ObjectNode item = JsonOutput.object();
    item.put(nameKey, PlainText.oneLine(engagement.name()));
    item.put("position", PlainText.oneLine(engagement.role()));
    location.ifPresent(l -> item.put("location", PlainText.oneLine(l)));
    dates(item, engagement);
    engagement.summary().ifPresent(s -> item.put("summary", PlainText.oneLine(s)));
    putIfNotEmpty(item, "highlights", highlights);
    return item;
  }

  /** The schema's education items have no highlights; they go in an extra {@code highlights} property it allows. */
  private static ObjectNode study(Engagement engagement, ArrayNode highlights) {
    ObjectNode study = JsonOutput.object();
    study.put("institution", PlainText.oneLine(engagement.name()));
    study.put("area", PlainText.oneLine(engagement.role()));
    dates(study, engagement);
    putIfNotEmpty(study, "highlights", highlights);
    return study;
  }

  private static ObjectNode project(Engagement engagement, ArrayNode highlights) {
    ObjectNode project = JsonOutput.object();
    project.put("name", PlainText.oneLine(engagement.name()));
    engagement.summary().ifPresent(s -> project.put("description", PlainText.oneLine(s)));
    project.putArray("roles").add(PlainText.oneLine(engagement.role()));
    dates(project, engagement);
    putIfNotEmpty(project, "highlights", highlights);
    return project;
  }

  private static void dates(ObjectNode node, Engagement engagement) {
    node.put("startDate", engagement.start().toString());
    engagement.end().ifPresent(end -> node.put("endDate", end.toString()));
  }

  private static ArrayNode highlights(List<LakeEntry> entries, Phrasing phrasing) {
    ArrayNode highlights = JsonOutput.object().arrayNode();
    for (LakeEntry entry : entries) {
      highlights.add(phrasing.line(entry));
    }
    return highlights;
  }

  /** The first {@code most} of {@code ranked}. */
  private static List<LakeEntry> best(List<LakeEntry> ranked, int most) {
    return ranked.subList(0, Math.min(most, ranked.size()));
  }

  private static ArrayNode skills(Lake lake, Selection selection) {
    ArrayNode skills = JsonOutput.object().arrayNode();
    // The selected ACHIEVED entries demonstrating each capability, each once, in lake order: one pass.
    Map<String, List<LakeEntry>> byCapability = new HashMap<>();
    for (LakeEntry entry : selection.entries()) {
      if (entry.status().kind() == StatusKind.ACHIEVED) {
        for (String id : new LinkedHashSet<>(entry.capabilities())) {
          byCapability.computeIfAbsent(id, k -> new ArrayList<>()).add(entry);
        }
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Capability capability : lake.capabilities()) {
      if (!seen.add(capability.id())) {
        continue;
      }
      List<LakeEntry> demonstrating = byCapability.getOrDefault(capability.id(), List.of());
      if (demonstrating.isEmpty()) {
        continue;
      }
      ObjectNode skill = skills.addObject();
      skill.put("name", PlainText.oneLine(capability.title()));
      Set<String> keywords = new LinkedHashSet<>();
      demonstrating.forEach(e -> e.keywords().forEach(k -> keywords.add(PlainText.oneLine(k))));
      ArrayNode words = JsonOutput.object().arrayNode();
      keywords.forEach(words::add);
      putIfNotEmpty(skill, "keywords", words);
    }
    return skills;
  }

  private static void putIfNotEmpty(ObjectNode root, String name, ArrayNode items) {
    if (!items.isEmpty()) {
      root.set(name, items);
    }
  }
}
