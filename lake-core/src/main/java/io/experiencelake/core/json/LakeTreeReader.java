package io.experiencelake.core.json;

import io.experiencelake.core.Cluster;
import io.experiencelake.core.Comparison;
import io.experiencelake.core.Decision;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.EngagementKind;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.EvidenceKind;
import io.experiencelake.core.ImmutableAchieved;
import io.experiencelake.core.ImmutableAlternative;
import io.experiencelake.core.ImmutableCapability;
import io.experiencelake.core.ImmutableCapabilityWeight;
import io.experiencelake.core.ImmutableCluster;
import io.experiencelake.core.ImmutableCsvCell;
import io.experiencelake.core.ImmutableCurrent;
import io.experiencelake.core.ImmutableDecision;
import io.experiencelake.core.ImmutableEngagement;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableLetter;
import io.experiencelake.core.ImmutableLink;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.ImmutableReceipt;
import io.experiencelake.core.ImmutableReportStat;
import io.experiencelake.core.ImmutableReproStep;
import io.experiencelake.core.ImmutableRoleProfile;
import io.experiencelake.core.ImmutableRunOutput;
import io.experiencelake.core.ImmutableStory;
import io.experiencelake.core.ImmutableTarget;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.Status;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Tier;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A lake's model read from its JSON tree by hand: what the Jackson annotations on the model describe,
 * for the model's twenty types, without the reflection a JVM pays for on every start (building
 * Jackson's deserializers and serializers was a quarter of {@code lake render}'s start-up; {@link
 * LakeTreeWriter} is the other direction).
 *
 * <p>It reads a tree the schema has accepted, and only what it reads exactly as Jackson would;
 * anything else (a value the model's own check refuses, a number out of an {@code int}'s range, a
 * field it does not know, {@code null}) gives an empty result, and the caller lets Jackson bind the
 * tree, so every binding error keeps Jackson's words and place. {@code LakeTreesProperties} holds it
 * to Jackson's binding over generated lakes.
 */
final class LakeTreeReader {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private LakeTreeReader() {}

  /** Something the tree holds that this reader leaves to Jackson. */
  private static final class Unusual extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unusual() {
      super(null, null, false, false);
    }
  }

  /** The lake in {@code body} (a lake's tree without {@code $schema}), or empty when Jackson must bind it. */
  static Optional<Lake> read(JsonNode body) {
    try {
      return Optional.of(lake(new Fields(body, "owner", "capabilities", "roles", "engagements", "stories", "clusters", "entries")));
    } catch (RuntimeException unusualOrRefused) {
      // Unusual, a value's check (LakeException) or a parse the model refuses: Jackson binds it and says why.
      return Optional.empty();
    }
  }

  private static Lake lake(Fields f) {
    Fields owner = f.object("owner", "name", "headline", "email", "location", "summary", "url", "site");
    return ImmutableLake.builder()
        .owner(ImmutableOwner.builder().name(owner.text("name")).headline(owner.text("headline"))
            .email(owner.optionalText("email")).location(owner.optionalText("location")).summary(owner.optionalText("summary"))
            .url(owner.optional("url", LakeTreeReader::uri)).site(owner.optional("site", LakeTreeReader::uri)).build())
        .addAllCapabilities(f.list("capabilities", node -> {
          Fields c = new Fields(node, "id", "title", "description");
          return ImmutableCapability.builder().id(c.text("id")).title(c.text("title")).description(c.optionalText("description")).build();
        }))
        .addAllRoles(f.list("roles", LakeTreeReader::role))
        .addAllEngagements(f.list("engagements", LakeTreeReader::engagement))
        .addAllStories(f.list("stories", LakeTreeReader::story))
        .addAllClusters(f.list("clusters", LakeTreeReader::cluster))
        .addAllEntries(f.list("entries", LakeTreeReader::entry))
        .build();
  }

  private static RoleProfile role(JsonNode node) {
    Fields r = new Fields(node, "id", "title", "band", "requires", "keywords", "letter");
    return ImmutableRoleProfile.builder().id(r.text("id")).title(r.text("title")).band(r.optionalText("band"))
        .addAllRequires(r.list("requires", weight -> {
          Fields w = new Fields(weight, "capability", "weight");
          return ImmutableCapabilityWeight.builder().capability(w.text("capability")).weight(w.decimal("weight")).build();
        }))
        .addAllKeywords(r.list("keywords", LakeTreeReader::text))
        .letter(r.optional("letter", letter -> {
          Fields l = new Fields(letter, "opening", "closing");
          return ImmutableLetter.builder().opening(l.optionalText("opening")).closing(l.optionalText("closing")).build();
        }))
        .build();
  }

  private static Engagement engagement(JsonNode node) {
    Fields e = new Fields(node, "id", "kind", "name", "role", "start", "end", "location", "summary");
    return ImmutableEngagement.builder().id(e.text("id")).kind(EngagementKind.fromJson(e.text("kind")))
        .name(e.text("name")).role(e.text("role")).start(month(e.required("start")))
        .end(e.optional("end", LakeTreeReader::month)).location(e.optionalText("location")).summary(e.optionalText("summary"))
        .build();
  }

  private static Story story(JsonNode node) {
    Fields s = new Fields(node, "id", "title", "challenge", "start", "end", "tags");
    return ImmutableStory.builder().id(StoryId.parse(s.text("id"))).title(s.text("title"))
        .challenge(s.optionalText("challenge")).start(s.optional("start", LakeTreeReader::month)).end(s.optional("end", LakeTreeReader::month))
        .addAllTags(s.list("tags", LakeTreeReader::text))
        .build();
  }

  private static Cluster cluster(JsonNode node) {
    Fields c = new Fields(node, "id", "rank", "tier", "title", "why", "stories", "capabilities");
    return ImmutableCluster.builder().id(c.text("id")).rank(c.integer("rank")).tier(Tier.valueOf(c.text("tier")))
        .title(c.text("title")).why(c.text("why"))
        .addAllStories(c.list("stories", id -> StoryId.parse(text(id))))
        .addAllCapabilities(c.list("capabilities", LakeTreeReader::text))
        .build();
  }

  private static LakeEntry entry(JsonNode node) {
    Fields e = new Fields(node, "id", "cluster", "engagement", "stories", "claim", "constraint", "decision", "evidence", "status",
        "capabilities", "keywords");
    Fields d = e.object("decision", "choice", "alternatives", "consequence");
    Decision decision = ImmutableDecision.builder().choice(d.text("choice")).consequence(d.text("consequence"))
        .addAllAlternatives(d.list("alternatives", alternative -> {
          Fields a = new Fields(alternative, "option", "whyNot");
          return ImmutableAlternative.builder().option(a.text("option")).whyNot(a.text("whyNot")).build();
        }))
        .build();
    return ImmutableLakeEntry.builder().id(e.text("id")).cluster(e.text("cluster")).claim(e.text("claim"))
        .constraint(e.text("constraint")).decision(decision).status(status(e.required("status")))
        .engagement(e.optionalText("engagement"))
        .addAllStories(e.list("stories", id -> StoryId.parse(text(id))))
        .addAllEvidence(e.list("evidence", LakeTreeReader::anchor))
        .addAllCapabilities(e.list("capabilities", LakeTreeReader::text))
        .addAllKeywords(e.list("keywords", LakeTreeReader::text))
        .build();
  }

  private static Status status(JsonNode node) {
    String state = text(node.get("state"));
    return switch (state) {
      case "ACHIEVED" -> ImmutableAchieved.builder().on(date(new Fields(node, "state", "on").required("on"))).build();
      case "CURRENT" -> {
        Fields c = new Fields(node, "state", "asOf", "progress");
        yield ImmutableCurrent.builder().asOf(date(c.required("asOf"))).progress(c.text("progress")).build();
      }
      case "TARGET" -> ImmutableTarget.builder().by(new Fields(node, "state", "by").optional("by", LakeTreeReader::date)).build();
      default -> throw new Unusual();
    };
  }

  private static EvidenceAnchor anchor(JsonNode node) {
    EvidenceKind kind = EvidenceKind.ofJsonName(text(node.get("kind"))).orElseThrow(Unusual::new);
    return switch (kind) {
      case RUN_OUTPUT -> {
        Fields r = new Fields(node, "kind", "path", "sha256", "description");
        yield ImmutableRunOutput.builder().path(r.text("path")).sha256(r.text("sha256")).description(r.optionalText("description")).build();
      }
      case RECEIPT -> {
        Fields r = new Fields(node, "kind", "path", "id", "sha256", "attests");
        yield ImmutableReceipt.builder().sha256(r.text("sha256")).attests(r.text("attests"))
            .path(r.optionalText("path")).id(r.optionalText("id")).build();
      }
      case REPORT_STAT -> reportStat(new Fields(node, "kind", "path", "pointer", "cell", "metric", "value", "unit", "comparison",
          "tolerance", "sha256"));
      case REPRO_STEP -> {
        Fields r = new Fields(node, "kind", "argv", "workingDir", "expectedExit", "outputSha256", "outputContains");
        ImmutableReproStep.Builder step = ImmutableReproStep.builder().addAllArgv(r.list("argv", LakeTreeReader::text))
            .outputSha256(r.optionalText("outputSha256")).outputContains(r.optionalText("outputContains"));
        if (r.has("workingDir")) {
          step.workingDir(r.text("workingDir"));
        }
        if (r.has("expectedExit")) {
          step.expectedExit(r.integer("expectedExit"));
        }
        yield step.build();
      }
      case LINK -> {
        Fields l = new Fields(node, "kind", "uri", "title");
        yield ImmutableLink.builder().uri(uri(l.required("uri"))).title(l.optionalText("title")).build();
      }
    };
  }

  private static ReportStat reportStat(Fields r) {
    ImmutableReportStat.BuildFinal stat = ImmutableReportStat.builder().path(r.text("path")).metric(r.text("metric"))
        .value(r.decimal("value")).unit(r.text("unit"))
        .pointer(r.optionalText("pointer"))
        .cell(r.optional("cell", cell -> {
          Fields c = new Fields(cell, "column", "keyColumn", "key");
          return ImmutableCsvCell.builder().column(c.text("column")).keyColumn(c.text("keyColumn")).key(c.text("key")).build();
        }))
        .tolerance(r.optional("tolerance", LakeTreeReader::decimal))
        .sha256(r.optionalText("sha256"));
    if (r.has("comparison")) {
      stat.comparison(Comparison.fromSymbol(r.text("comparison")));
    }
    return stat.build();
  }

  /** Text as Jackson reads it into a {@code String}: only from a JSON string, here. */
  private static String text(JsonNode node) {
    if (node == null || !node.isString()) {
      throw new Unusual();
    }
    return node.asString();
  }

  private static double decimal(JsonNode node) {
    if (node == null || !node.isNumber()) {
      throw new Unusual();
    }
    return node.doubleValue();
  }

  private static URI uri(JsonNode node) {
    String text = text(node);
    if (text.isEmpty()) {
      throw new Unusual();
    }
    return URI.create(text);
  }

  private static LocalDate date(JsonNode node) {
    String text = text(node);
    if (!DATE.matcher(text).matches()) {
      throw new Unusual();
    }
    return LocalDate.parse(text);
  }

  private static YearMonth month(JsonNode node) {
    String text = text(node);
    if (!MONTH.matcher(text).matches()) {
      throw new Unusual();
    }
    return YearMonth.parse(text);
  }

  /** An object's fields, each named in the list it may hold, none of them {@code null}. */
  private static final class Fields {
    private final JsonNode node;

    Fields(JsonNode node, String... names) {
      if (node == null || !node.isObject()) {
        throw new Unusual();
      }
      Set<String> known = Set.of(names);
      for (var field : node.properties()) {
        if (!known.contains(field.getKey()) || field.getValue().isNull()) {
          throw new Unusual();
        }
      }
      this.node = node;
    }

    boolean has(String name) {
      return node.has(name);
    }

    JsonNode required(String name) {
      JsonNode value = node.get(name);
      if (value == null) {
        throw new Unusual();
      }
      return value;
    }

    Fields object(String name, String... names) {
      return new Fields(required(name), names);
    }

    String text(String name) {
      return LakeTreeReader.text(required(name));
    }

    double decimal(String name) {
      return LakeTreeReader.decimal(required(name));
    }

    int integer(String name) {
      JsonNode value = required(name);
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        throw new Unusual();
      }
      return value.intValue();
    }

    Optional<String> optionalText(String name) {
      return optional(name, LakeTreeReader::text);
    }

    <T> Optional<T> optional(String name, Function<JsonNode, T> read) {
      JsonNode value = node.get(name);
      return value == null ? Optional.empty() : Optional.of(read.apply(value));
    }

    <T> List<T> list(String name, Function<JsonNode, T> read) {
      JsonNode value = node.get(name);
      if (value == null) {
        return List.of();
      }
      if (!value.isArray()) {
        throw new Unusual();
      }
      List<T> list = new ArrayList<>(value.size());
      for (JsonNode element : value) {
        if (element.isNull()) {
          throw new Unusual();
        }
        list.add(read.apply(element));
      }
      return list;
    }
  }
}
