package io.experiencelake.core.hash;

import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Owner;
import io.experiencelake.core.Rule;
import io.experiencelake.core.json.LakeJson;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/**
 * Canonical JSON and content hashes: the RFC 8785 (JSON Canonicalization Scheme) form of a lake's
 * JSON, and the SHA-256 of its UTF-8 bytes.
 *
 * <p>Same content, same hash: field order, whitespace and number spelling in the input never
 * change it, on any platform. Each entry is hashed alone as well, so a render manifest can record
 * exactly which version of each entry it used.
 *
 * <pre>{@code
 * ContentHash whole = LakeHashes.of(lake);                    // sha256:…
 * Map<String, ContentHash> byEntry = LakeHashes.entries(lake); // entry id -> sha256:…
 * }</pre>
 */
public final class LakeHashes {

  /** A stand-in owner for a lake that only carries one entry to the JSON writer. */
  private static final Owner NOBODY = ImmutableOwner.builder().name("-").headline("-").build();

  private static final AtomicReference<Hashed> LAST = new AtomicReference<>();

  private LakeHashes() {}

  /** The RFC 8785 canonical JSON of the lake's JSON form ({@code $schema} included). */
  public static String canonicalJson(Lake lake) {
    return canonicalJson(LakeJson.toTree(lake));
  }

  /** The RFC 8785 canonical JSON of one entry's JSON form, as it appears in {@code entries}. */
  public static String canonicalJson(LakeEntry entry) {
    return canonicalJson(entryTree(entry));
  }

  /**
   * The RFC 8785 canonical JSON of any JSON tree: properties sorted by UTF-16 code units, numbers
   * written as ECMAScript does, no whitespace.
   *
   * @throws LakeException with a {@link Rule#BAD_FORMAT} diagnostic at the offending JSON Pointer
   *     when the tree holds {@code NaN} or an infinity, which JSON cannot express
   */
  public static String canonicalJson(JsonNode tree) {
    requireFinite(tree, new ArrayDeque<>());
    return CanonicalJson.write(tree).text();
  }

  /**
   * The SHA-256 of the lake's canonical JSON in UTF-8.
   *
   * <p>The last lake hashed is remembered with its hash and its entries' hashes (the lake weakly
   * held, compared by identity): every renderer of one run asks for the same lake's hashes, and a
   * lake is immutable.
   */
  public static ContentHash of(Lake lake) {
    return hashed(lake).hash();
  }

  /** A lake, weakly held, with its hash and its entries' hashes. */
  private record Hashed(WeakReference<Lake> lake, ContentHash hash, Map<String, ContentHash> entries) {}

  /** The lake's hashes: the last lake's if it is that lake, else made from one JSON form of it and remembered. */
  private static Hashed hashed(Lake lake) {
    Objects.requireNonNull(lake, "lake");
    Hashed last = LAST.get();
    if (last != null && last.lake().get() == lake) {
      return last;
    }
    JsonNode tree = LakeJson.toTree(lake);
    requireFinite(tree, new ArrayDeque<>()); // a number JSON cannot express is reported at its place in the lake
    // Each entry's canonical JSON is the stretch of the lake's that its element of 'entries' takes.
    CanonicalJson.Written canonical = CanonicalJson.write(tree);
    ContentHash whole = hash(canonical.text());
    List<LakeEntry> entries = lake.entries();
    Map<String, ContentHash> hashes = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      if (!hashes.containsKey(entries.get(i).id())) {
        CanonicalJson.Span span = canonical.entries().get(i);
        hashes.put(entries.get(i).id(), hash(canonical.text().substring(span.start(), span.end())));
      }
    }
    Hashed hashed = new Hashed(new WeakReference<>(lake), whole, Collections.unmodifiableMap(hashes));
    LAST.set(hashed);
    return hashed;
  }

  /** The SHA-256 of one entry's canonical JSON in UTF-8; the same as its value in {@link #entries(Lake)}. */
  public static ContentHash of(LakeEntry entry) {
    return hash(canonicalJson(entry));
  }

  /** The SHA-256 of any JSON tree's canonical JSON in UTF-8. */
  public static ContentHash of(JsonNode tree) {
    return hash(canonicalJson(tree));
  }

  /**
   * Every entry's id with its content hash, in entry order; when an id repeats, the first entry
   * keeps it. Remembered with the last lake, as {@link #of(Lake)}.
   */
  public static Map<String, ContentHash> entries(Lake lake) {
    return hashed(lake).entries();
  }

  private static JsonNode entryTree(LakeEntry entry) {
    Lake carrier = ImmutableLake.builder().owner(NOBODY).addEntries(entry).build();
    return LakeJson.toTree(carrier).path("entries").get(0);
  }

  private static ContentHash hash(String canonical) {
    return ContentHash.sha256Of(canonical.getBytes(StandardCharsets.UTF_8));
  }

  /** Throws at the first non-finite number; builds the JSON Pointer only then. */
  private static void requireFinite(JsonNode node, Deque<String> path) {
    if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
      StringBuilder pointer = new StringBuilder();
      path.descendingIterator().forEachRemaining(token -> pointer.append('/').append(token.replace("~", "~0").replace("/", "~1")));
      throw LakeException.of(Rule.BAD_FORMAT, pointer.toString(),
          "the number at " + (pointer.length() == 0 ? "/" : pointer) + " is " + node.doubleValue() + ", which JSON cannot express",
          "use a finite number");
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        path.push(property.getKey());
        requireFinite(property.getValue(), path);
        path.pop();
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        path.push(Integer.toString(i));
        requireFinite(node.get(i), path);
        path.pop();
      }
    }
  }
}
