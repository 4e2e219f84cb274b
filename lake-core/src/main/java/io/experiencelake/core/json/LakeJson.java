package io.experiencelake.core.json;

import io.experiencelake.core.Lake;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@code lake.json}.
 *
 * <p>Writing is deterministic: {@code $schema} first, then fields in declaration order, absent
 * optionals and empty lists left out, two-space indentation, UTF-8, a trailing newline.
 */
public final class LakeJson {

  private LakeJson() {}

  /** The lake as a JSON tree, {@code $schema} first. */
  public static ObjectNode toTree(Lake lake) {
    ObjectNode root = Mappers.STRICT.createObjectNode();
    root.put("$schema", Lake.SCHEMA_URI);
    JsonNode body = Mappers.STRICT.valueToTree(lake);
    root.setAll((ObjectNode) body);
    return root;
  }

  /** The lake's JSON text: deterministic, with a trailing newline. */
  public static String write(Lake lake) {
    return Mappers.STRICT.writeValueAsString(toTree(lake)) + "\n";
  }

  /** The lake's JSON text as UTF-8 bytes. */
  public static byte[] writeBytes(Lake lake) {
    return write(lake).getBytes(StandardCharsets.UTF_8);
  }
}
