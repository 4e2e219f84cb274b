package io.experiencelake.core.json;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Alternative;
import io.experiencelake.core.Capability;
import io.experiencelake.core.CapabilityWeight;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.Comparison;
import io.experiencelake.core.CsvCell;
import io.experiencelake.core.Current;
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
import io.experiencelake.core.Letter;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A lake's model to and from its JSON tree, written out for the model's twenty types: what the
 * Jackson annotations on the model describe, without the reflection a JVM pays for on every start
 * (building Jackson's deserializers and serializers was a quarter of {@code lake render}'s start-up).
 *
 * <p>{@link #toLake} reads a tree the schema has accepted. It reads only what it reads exactly as
 * Jackson would; anything else (a value the model's own check refuses, a number out of an
 * {@code int}'s range, a field it does not know) gives an empty result, and the caller lets Jackson
 * bind the tree, so every binding error keeps Jackson's words and place. {@link #toTree} writes the
 * tree Jackson's {@code valueToTree} writes, field for field and in the same order. The property
 * tests hold both to Jackson's binding over generated lakes.
 */
final class LakeTrees {

  private static final JsonNodeFactory NODES = Mappers.STRICT.getNodeFactory();
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private LakeTrees() {}

  /** Something the tree holds that this reader leaves to Jackson. */
  private static final class Unusual extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unusual() {
      super(null, null, false, false);
    }
  }

  /** The lake in {@code body} (a lake's tree without {@code $schema}), or empty when Jackson must bind it. */
  static Optional<Lake> toLake(JsonNode body) {
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
            .url(owner.optional("url", LakeTrees::uri)).site(owner.optional("site", LakeTrees::uri)).build())
        .addAllCapabilities(f.list("capabilities", node -> {
          Fields c = new Fields(node, "id", "title", "description");
          return ImmutableCapability.builder().id(c.text("id")).title(c.text("title")).description(c.optionalText("description")).build();
        }))
        .addAllRoles(f.list("roles", LakeTrees::role))
        .addAllEngagements(f.list("engagements", LakeTrees::engagement))
        .addAllStories(f.list("stories", LakeTrees::story))
        .addAllClusters(f.list("clusters", LakeTrees::cluster))
        .addAllEntries(f.list("entries", LakeTrees::entry))
        .build();
  }

  private static RoleProfile role(JsonNode node) {
    Fields r = new Fields(node, "id", "title", "band", "requires", "keywords", "letter");
    return ImmutableRoleProfile.builder().id(r.text("id")).title(r.text("title")).band(r.optionalText("band"))
        .addAllRequires(r.list("requires", weight -> {
          Fields w = new Fields(weight, "capability", "weight");
          return ImmutableCapabilityWeight.builder().capability(w.text("capability")).weight(w.decimal("weight")).build();
        }))
        .addAllKeywords(r.list("keywords", LakeTrees::text))
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
        .end(e.optional("end", LakeTrees::month)).location(e.optionalText("location")).summary(e.optionalText("summary"))
        .build();
  }

  private static Story story(JsonNode node) {
    Fields s = new Fields(node, "id", "title", "challenge", "start", "end", "tags");
    return ImmutableStory.builder().id(StoryId.parse(s.text("id"))).title(s.text("title"))
        .challenge(s.optionalText("challenge")).start(s.optional("start", LakeTrees::month)).end(s.optional("end", LakeTrees::month))
        .addAllTags(s.list("tags", LakeTrees::text))
        .build();
  }

  private static Cluster cluster(JsonNode node) {
    Fields c = new Fields(node, "id", "rank", "tier", "title", "why", "stories", "capabilities");
    return ImmutableCluster.builder().id(c.text("id")).rank(c.integer("rank")).tier(Tier.valueOf(c.text("tier")))
        .title(c.text("title")).why(c.text("why"))
        .addAllStories(c.list("stories", id -> StoryId.parse(text(id))))
        .addAllCapabilities(c.list("capabilities", LakeTrees::text))
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
        .addAllEvidence(e.list("evidence", LakeTrees::anchor))
        .addAllCapabilities(e.list("capabilities", LakeTrees::text))
        .addAllKeywords(e.list("keywords", LakeTrees::text))
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
      case "TARGET" -> ImmutableTarget.builder().by(new Fields(node, "state", "by").optional("by", LakeTrees::date)).build();
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
        ImmutableReproStep.Builder step = ImmutableReproStep.builder().addAllArgv(r.list("argv", LakeTrees::text))
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
        .tolerance(r.optional("tolerance", LakeTrees::decimal))
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
      return LakeTrees.text(required(name));
    }

    double decimal(String name) {
      return LakeTrees.decimal(required(name));
    }

    int integer(String name) {
      JsonNode value = required(name);
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        throw new Unusual();
      }
      return value.intValue();
    }

    Optional<String> optionalText(String name) {
      return optional(name, LakeTrees::text);
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

  /** The lake's tree as Jackson's {@code valueToTree} writes it: fields in declaration order, empty ones left out. */
  static ObjectNode toTree(Lake lake) {
    ObjectNode o = NODES.objectNode();
    Owner owner = lake.owner();
    ObjectNode ownerNode = o.putObject("owner");
    put(ownerNode, "name", owner.name());
    put(ownerNode, "headline", owner.headline());
    put(ownerNode, "email", owner.email());
    put(ownerNode, "location", owner.location());
    put(ownerNode, "summary", owner.summary());
    put(ownerNode, "url", owner.url().map(URI::toString));
    put(ownerNode, "site", owner.site().map(URI::toString));
    put(o, "capabilities", lake.capabilities(), (c, n) -> {
      put(n, "id", c.id());
      put(n, "title", c.title());
      put(n, "description", c.description());
    });
    put(o, "roles", lake.roles(), LakeTrees::write);
    put(o, "engagements", lake.engagements(), LakeTrees::write);
    put(o, "stories", lake.stories(), (s, n) -> {
      put(n, "id", s.id().toString());
      put(n, "title", s.title());
      put(n, "challenge", s.challenge());
      put(n, "start", s.start().map(YearMonth::toString));
      put(n, "end", s.end().map(YearMonth::toString));
      putTexts(n, "tags", s.tags());
    });
    put(o, "clusters", lake.clusters(), (c, n) -> {
      put(n, "id", c.id());
      n.put("rank", c.rank());
      put(n, "tier", c.tier().name());
      put(n, "title", c.title());
      put(n, "why", c.why());
      putTexts(n, "stories", c.stories().stream().map(StoryId::toString).toList());
      putTexts(n, "capabilities", c.capabilities());
    });
    put(o, "entries", lake.entries(), LakeTrees::write);
    return o;
  }

  private static void write(RoleProfile r, ObjectNode n) {
    put(n, "id", r.id());
    put(n, "title", r.title());
    put(n, "band", r.band());
    put(n, "requires", r.requires(), (w, wn) -> {
      put(wn, "capability", w.capability());
      wn.put("weight", w.weight());
    });
    putTexts(n, "keywords", r.keywords());
    if (r.letter().isPresent()) {
      Letter letter = r.letter().get();
      ObjectNode l = NODES.objectNode();
      put(l, "opening", letter.opening());
      put(l, "closing", letter.closing());
      n.set("letter", l);
    }
  }

  private static void write(Engagement e, ObjectNode n) {
    put(n, "id", e.id());
    put(n, "kind", e.kind().jsonName());
    put(n, "name", e.name());
    put(n, "role", e.role());
    put(n, "start", e.start().toString());
    put(n, "end", e.end().map(YearMonth::toString));
    put(n, "location", e.location());
    put(n, "summary", e.summary());
  }

  private static void write(LakeEntry e, ObjectNode n) {
    put(n, "id", e.id());
    put(n, "cluster", e.cluster());
    put(n, "engagement", e.engagement());
    putTexts(n, "stories", e.stories().stream().map(StoryId::toString).toList());
    put(n, "claim", e.claim());
    put(n, "constraint", e.constraint());
    ObjectNode d = n.putObject("decision");
    put(d, "choice", e.decision().choice());
    put(d, "alternatives", e.decision().alternatives(), (Alternative a, ObjectNode an) -> {
      put(an, "option", a.option());
      put(an, "whyNot", a.whyNot());
    });
    put(d, "consequence", e.decision().consequence());
    put(n, "evidence", e.evidence(), LakeTrees::write);
    ObjectNode s = n.putObject("status");
    put(s, "state", e.status().kind().name());
    if (e.status() instanceof Achieved achieved) {
      put(s, "on", achieved.on().toString());
    } else if (e.status() instanceof Current current) {
      put(s, "asOf", current.asOf().toString());
      put(s, "progress", current.progress());
    } else {
      put(s, "by", ((Target) e.status()).by().map(LocalDate::toString));
    }
    putTexts(n, "capabilities", e.capabilities());
    putTexts(n, "keywords", e.keywords());
  }

  private static void write(EvidenceAnchor anchor, ObjectNode n) {
    put(n, "kind", anchor.kind().toString());
    if (anchor instanceof RunOutput r) {
      put(n, "path", r.path());
      put(n, "sha256", r.sha256());
      put(n, "description", r.description());
    } else if (anchor instanceof Receipt r) {
      put(n, "path", r.path());
      put(n, "id", r.id());
      put(n, "sha256", r.sha256());
      put(n, "attests", r.attests());
    } else if (anchor instanceof ReportStat r) {
      put(n, "path", r.path());
      put(n, "pointer", r.pointer());
      if (r.cell().isPresent()) {
        CsvCell cell = r.cell().get();
        ObjectNode c = n.putObject("cell");
        put(c, "column", cell.column());
        put(c, "keyColumn", cell.keyColumn());
        put(c, "key", cell.key());
      }
      put(n, "metric", r.metric());
      n.put("value", r.value());
      put(n, "unit", r.unit());
      put(n, "comparison", r.comparison().symbol());
      r.tolerance().ifPresent(t -> n.put("tolerance", t));
      put(n, "sha256", r.sha256());
    } else if (anchor instanceof ReproStep r) {
      putTexts(n, "argv", r.argv());
      put(n, "workingDir", r.workingDir());
      n.put("expectedExit", r.expectedExit());
      put(n, "outputSha256", r.outputSha256());
      put(n, "outputContains", r.outputContains());
    } else {
      Link link = (Link) anchor;
      put(n, "uri", link.uri().toString());
      put(n, "title", link.title());
    }
  }

  /** A text field; an empty text is left out, as Jackson's {@code NON_EMPTY} leaves it out. */
  private static void put(ObjectNode n, String name, String value) {
    if (!value.isEmpty()) {
      n.put(name, value);
    }
  }

  private static void put(ObjectNode n, String name, Optional<String> value) {
    value.ifPresent(text -> put(n, name, text));
  }

  private static void putTexts(ObjectNode n, String name, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = n.putArray(name);
      values.forEach(array::add);
    }
  }

  /** A list of objects, each written by {@code write}; an empty list is left out. */
  private static <T> void put(ObjectNode n, String name, List<T> values, java.util.function.BiConsumer<T, ObjectNode> write) {
    if (!values.isEmpty()) {
      ArrayNode array = n.putArray(name);
      for (T value : values) {
        write.accept(value, array.addObject());
      }
    }
  }
}
