package io.experiencelake.render;

import io.experiencelake.core.json.LakeJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON renderers produce the same way on every platform: fields in the order they were
 * added, two-space indentation, {@code "name": value}, LF line ends and one trailing newline.
 *
 * <pre>{@code
 * ObjectNode root = JsonOutput.object();
 * root.put("name", "Alex Example");
 * String text = JsonOutput.write(root);   // {\n  "name": "Alex Example"\n}\n
 * }</pre>
 */
public final class JsonOutput {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectWriter WRITER = MAPPER.writer().with(LakeJson.layout());

  private JsonOutput() {}

  /** A new, empty JSON object to fill. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The tree as deterministic JSON text with a trailing newline. */
  public static String write(JsonNode tree) {
    return WRITER.writeValueAsString(tree) + "\n";
  }
}
