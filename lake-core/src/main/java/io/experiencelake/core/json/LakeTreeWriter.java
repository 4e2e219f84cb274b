package io.experiencelake.core.json;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Alternative;
import io.experiencelake.core.CsvCell;
import io.experiencelake.core.Current;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.EvidenceAnchor;
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
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Target;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A lake's model written to its JSON tree by hand: the tree Jackson's {@code valueToTree} writes
 * from the annotated model, field for field and in the same order (empty texts, absent optionals and
 * empty lists left out), without the reflection that building Jackson's serializers costs a JVM on
 * every start. {@code LakeTreesProperties} holds it to Jackson's tree over generated lakes.
 */
final class LakeTreeWriter {

  private static final JsonNodeFactory NODES = Mappers.STRICT.getNodeFactory();

  private LakeTreeWriter() {}

  /** The lake's tree as Jackson's {@code valueToTree} writes it: fields in declaration order, empty ones left out. */
  static ObjectNode write(Lake lake) {
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
    put(o, "roles", lake.roles(), LakeTreeWriter::write);
    put(o, "engagements", lake.engagements(), LakeTreeWriter::write);
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
    put(o, "entries", lake.entries(), LakeTreeWriter::write);
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
    put(n, "evidence", e.evidence(), LakeTreeWriter::write);
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
