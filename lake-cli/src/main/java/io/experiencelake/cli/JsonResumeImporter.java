package io.experiencelake.cli;

import io.experiencelake.core.Capability;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.EngagementKind;
import io.experiencelake.core.ImmutableCapability;
import io.experiencelake.core.ImmutableCluster;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.ImmutableEngagement;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.ImmutableStory;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Owner;
import io.experiencelake.core.Rule;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Tier;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns a JSON Resume ({@code https://jsonresume.org/schema}) into a starting lake: only what the
 * resume says, nothing invented.
 *
 * <ul>
 *   <li>the owner from {@code basics}: name, label as the headline, email, location, summary, url;
 *   <li>an engagement for each {@code work} (a job), {@code projects} item, {@code education} item
 *       (a study) and {@code volunteer} item, with its role and start and end months;
 *   <li>a story for each highlight, numbered 1, 2, 3… in resume order, tagged with its engagement;
 *   <li>one cluster holding every story, for the person to regroup;
 *   <li>a capability for each {@code skills} item.
 * </ul>
 *
 * <p>No entry and no evidence is made: those are the person's own claims, to be written and backed.
 * What cannot be carried over honestly (a project with no role, a date with only a year, a start
 * after today) is left out with a {@link Rule#IMPORT_SKIPPED} note that says what to add by hand.
 */
final class JsonResumeImporter {

  /** The id of the one cluster that holds the imported stories. */
  static final String CLUSTER_ID = "imported";

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final int MAX_SLUG = 40;

  /** The lake made from a resume, and the notes on what was left out. */
  record Result(Lake lake, List<Diagnostic> notes) {}

  private final String source;
  private final LocalDate today;
  private final List<Diagnostic> notes = new ArrayList<>();
  private final Set<String> engagementIds = new HashSet<>();
  private final Set<String> capabilityIds = new HashSet<>();
  private final List<Engagement> engagements = new ArrayList<>();
  private final List<Story> stories = new ArrayList<>();

  private JsonResumeImporter(String source, LocalDate today) {
    this.source = source;
    this.today = today;
  }

  /**
   * The starting lake of {@code resume}, read from {@code source}; {@code headline} stands in for a
   * missing {@code basics.label}.
   *
   * @throws LakeException when the resume has no name, or no headline and none is given
   */
  static Result toLake(JsonNode resume, String source, Optional<String> headline, LocalDate today) {
    return new JsonResumeImporter(source, today).convert(resume, headline);
  }

  private Result convert(JsonNode resume, Optional<String> headline) {
    if (!resume.isObject()) {
      throw fatal(Rule.SCHEMA, "", "the resume is not a JSON object", "a JSON Resume is one object with basics, work, projects, …");
    }
    Owner owner = owner(resume.path("basics"), headline);
    items(resume, "work", EngagementKind.JOB, "name", "position");
    items(resume, "projects", EngagementKind.PROJECT, "name", "roles");
    items(resume, "education", EngagementKind.STUDY, "institution", "studyType");
    items(resume, "volunteer", EngagementKind.VOLUNTEER, "organization", "position");
    var lake = ImmutableLake.builder().owner(owner).addAllEngagements(engagements).addAllStories(stories);
    if (!stories.isEmpty()) {
      lake.addClusters(cluster());
    }
    lake.addAllCapabilities(capabilities(resume.path("skills")));
    return new Result(lake.build(), List.copyOf(notes));
  }

  private Owner owner(JsonNode basics, Optional<String> headline) {
    Optional<String> name = text(basics, "name");
    if (name.isEmpty()) {
      throw fatal(Rule.MISSING_FIELD, "/basics/name", "the resume has no basics.name, and a lake needs its owner's name",
          "add \"basics\": {\"name\": …} to the resume");
    }
    Optional<String> label = text(basics, "label").or(() -> headline.map(String::strip).filter(h -> !h.isEmpty()));
    if (label.isEmpty()) {
      throw fatal(Rule.MISSING_FIELD, "/basics/label", "the resume has no basics.label, and a lake needs a one-line headline",
          "add \"label\" to the resume's basics, or pass --headline \"ML platform engineer\"");
    }
    var owner = ImmutableOwner.builder().name(name.get()).headline(label.get());
    text(basics, "email").ifPresent(owner::email);
    text(basics, "summary").ifPresent(owner::summary);
    JsonNode location = basics.path("location");
    List<String> parts = new ArrayList<>();
    for (String field : List.of("city", "region", "countryCode")) {
      text(location, field).ifPresent(parts::add);
    }
    if (!parts.isEmpty()) {
      owner.location(String.join(", ", parts));
    }
    text(basics, "url").ifPresent(url -> {
      try {
        owner.url(new URI(url));
      } catch (URISyntaxException e) {
        note("/basics/url", "basics.url " + quote(url) + " is not a URI, so the owner has no url", "add the owner's url to lake.json by hand");
      }
    });
    return owner.build();
  }

  /** One engagement per item of {@code section}, and one story per highlight of each item. */
  private void items(JsonNode resume, String section, EngagementKind kind, String nameField, String roleField) {
    JsonNode items = resume.path(section);
    if (items.isMissingNode() || items.isNull()) {
      return;
    }
    if (!items.isArray()) {
      note("/" + section, section + " is not a list, so nothing of it was imported", "make it a JSON array");
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String at = "/" + section + "/" + i;
      if (!item.isObject()) {
        note(at, section + " item " + i + " is not an object, so it was not imported", "make it a JSON object");
        continue;
      }
      Optional<String> engagement = engagement(item, at, kind, nameField, roleField);
      highlights(item, at, engagement);
    }
  }

  /** The engagement of one item, when it has a name, a role and honest months; its id if made. */
  private Optional<String> engagement(JsonNode item, String at, EngagementKind kind, String nameField, String roleField) {
    String what = kind.jsonName() + " " + at;
    Optional<String> name = text(item, nameField).or(() -> kind == EngagementKind.JOB ? text(item, "company") : Optional.empty());
    if (name.isEmpty()) {
      return skip(item, at, what + " has no " + nameField, "add it to lake.json by hand, with a name");
    }
    what = kind.jsonName() + " " + quote(name.get());
    Optional<String> role = role(item, kind, roleField);
    if (role.isEmpty()) {
      String from = kind == EngagementKind.STUDY ? "studyType or area" : roleField;
      return skip(item, at, what + " has no " + from + " to take the role from", "add it to lake.json by hand, with your role in it");
    }
    Optional<String> startText = text(item, "startDate");
    if (startText.isEmpty()) {
      return skip(item, at, what + " has no startDate", "add it to lake.json by hand, with the month it started");
    }
    Optional<YearMonth> start = month(startText.get());
    if (start.isEmpty()) {
      return skip(item, at, what + " starts on " + quote(startText.get()) + ", which is not a month", "add it to lake.json by hand, with the start as YYYY-MM");
    }
    if (start.get().isAfter(YearMonth.from(today))) {
      return skip(item, at, what + " starts in " + start.get() + ", after today (" + today + ")", "add it once it has started");
    }
    Optional<YearMonth> end = Optional.empty();
    Optional<String> endText = text(item, "endDate");
    if (endText.isPresent()) {
      end = month(endText.get());
      if (end.isEmpty()) {
        return skip(item, at, what + " ends on " + quote(endText.get()) + ", which is not a month", "add it to lake.json by hand, with the end as YYYY-MM");
      }
      if (end.get().isBefore(start.get())) {
        return skip(item, at, what + " ends (" + end.get() + ") before it starts (" + start.get() + ")", "correct the dates and add it by hand");
      }
      if (end.get().isAfter(YearMonth.from(today))) {
        note(at + "/endDate", what + " ends in " + end.get() + ", after today, so it was imported as still going on",
            "add its end month once it has ended");
        end = Optional.empty();
      }
    }
    String id = uniqueId(slug(name.get(), kind.jsonName()), engagementIds);
    var engagement = ImmutableEngagement.builder()
        .id(id).kind(kind).name(name.get()).role(role.get()).start(start.get()).end(end);
    text(item, "location").ifPresent(engagement::location);
    text(item, "summary").or(() -> text(item, "description")).ifPresent(engagement::summary);
    try {
      engagements.add(engagement.build());
    } catch (LakeException e) {
      return skip(item, at, what + " cannot be an engagement: " + e.diagnostics().get(0).message(), "add it to lake.json by hand");
    }
    return Optional.of(id);
  }

  /** The role: a job's position, a project's roles, a study's type and area. */
  private static Optional<String> role(JsonNode item, EngagementKind kind, String roleField) {
    if (kind == EngagementKind.PROJECT) {
      List<String> roles = texts(item.path(roleField));
      return roles.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", roles));
    }
    if (kind == EngagementKind.STUDY) {
      Optional<String> type = text(item, "studyType");
      Optional<String> area = text(item, "area");
      if (type.isPresent() && area.isPresent()) {
        return Optional.of(type.get() + ", " + area.get());
      }
      return type.or(() -> area);
    }
    return text(item, roleField);
  }

  private void highlights(JsonNode item, String at, Optional<String> engagement) {
    JsonNode highlights = item.path("highlights");
    if (highlights.isMissingNode() || highlights.isNull()) {
      return;
    }
    if (!highlights.isArray()) {
      note(at + "/highlights", "the highlights are not a list, so none was imported", "make them a JSON array of strings");
      return;
    }
    for (int j = 0; j < highlights.size(); j++) {
      JsonNode highlight = highlights.get(j);
      if (!highlight.isString() || highlight.asString().strip().isEmpty()) {
        note(at + "/highlights/" + j, "highlight " + j + " is not text, so it was not imported", "write each highlight as a string");
        continue;
      }
      var story = ImmutableStory.builder()
          .id(StoryId.of(stories.size() + 1L))
          .title(highlight.asString().strip());
      engagement.ifPresent(story::addTags);
      stories.add(story.build());
    }
  }

  private Cluster cluster() {
    List<StoryId> ids = new ArrayList<>();
    stories.forEach(s -> ids.add(s.id()));
    return ImmutableCluster.builder()
        .id(CLUSTER_ID)
        .rank(1)
        .tier(Tier.CORE)
        .title("Imported highlights")
        .why("Every highlight of " + source + ", one story each, waiting to be regrouped: split them into clusters and say why each is heavy.")
        .addAllStories(ids)
        .build();
  }

  private List<Capability> capabilities(JsonNode skills) {
    List<Capability> out = new ArrayList<>();
    if (skills.isMissingNode() || skills.isNull()) {
      return out;
    }
    if (!skills.isArray()) {
      note("/skills", "skills is not a list, so no capability was imported", "make it a JSON array");
      return out;
    }
    for (int i = 0; i < skills.size(); i++) {
      Optional<String> name = text(skills.get(i), "name");
      if (name.isEmpty()) {
        note("/skills/" + i, "skill " + i + " has no name, so it was not imported", "give it a name");
        continue;
      }
      var capability = ImmutableCapability.builder()
          .id(uniqueId(slug(name.get(), "skill"), capabilityIds))
          .title(name.get());
      List<String> keywords = texts(skills.get(i).path("keywords"));
      if (!keywords.isEmpty()) {
        capability.description(String.join(", ", keywords));
      }
      out.add(capability.build());
    }
    return out;
  }

  /** {@code 2024-09}, {@code 2024-09-15} → the month; {@code 2024} alone, or nonsense → empty. */
  static Optional<YearMonth> month(String date) {
    Matcher m = DATE.matcher(date.strip());
    if (!m.matches() || m.group(2) == null) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    if (m.group(3) != null) {
      int day = Integer.parseInt(m.group(3));
      if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
        return Optional.empty();
      }
    }
    return Optional.of(YearMonth.of(year, month));
  }

  /** A slug of {@code name}: {@code Pied Piper, Inc.} → {@code pied-piper-inc}; {@code fallback} when nothing is left. */
  static String slug(String name, String fallback) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_SLUG) {
      slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? fallback : slug;
  }

  /** {@code id}, or {@code id-2}, {@code id-3}… when taken; remembers the one returned. */
  private static String uniqueId(String id, Set<String> taken) {
    String candidate = id;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }

  private Optional<String> skip(JsonNode item, String at, String why, String hint) {
    boolean highlights = item.path("highlights").isArray() && !item.path("highlights").isEmpty();
    note(at, why + ", so it was not imported as an engagement" + (highlights ? " (its highlights still became stories)" : ""), hint);
    return Optional.empty();
  }

  private void note(String pointer, String message, String hint) {
    notes.add(ImmutableDiagnostic.copyOf(Diagnostic.of(Rule.IMPORT_SKIPPED, pointer, message, hint)).withSource(source));
  }

  private LakeException fatal(Rule rule, String pointer, String message, String hint) {
    return new LakeException(List.of(ImmutableDiagnostic.copyOf(Diagnostic.of(rule, pointer, message, hint)).withSource(source)));
  }

  /** The stripped text of {@code node.field}, when it is a non-blank string. */
  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isString()) {
      return Optional.empty();
    }
    String text = value.asString().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** The non-blank strings of an array, stripped. */
  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array.isArray()) {
      for (JsonNode value : array) {
        if (value.isString() && !value.asString().strip().isEmpty()) {
          out.add(value.asString().strip());
        }
      }
    }
    return out;
  }

  private static String quote(String text) {
    return "'" + (text.length() <= 60 ? text : text.substring(0, 57) + "...") + "'";
  }
}
