package io.experiencelake.applications;

import io.experiencelake.core.LakeException;
import io.experiencelake.core.hash.ContentHash;
import io.experiencelake.core.hash.LakeHashes;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The content of the head file: the seq and hash of the last record appended, written as one line
 * of canonical JSON, {@code {"hash":"sha256:…","seq":7}}.
 */
record Head(long seq, ContentHash hash) {

  /** The head of {@code record}. */
  static Head of(LedgerRecord record) {
    return new Head(record.seq(), record.hash());
  }

  /** The file's text, with its line break. */
  String text() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("hash", hash.toString());
    node.put("seq", seq);
    return LakeHashes.canonicalJson(node) + "\n";
  }

  /** The head the text holds, when it is exactly what {@link #text()} writes. */
  static Optional<Head> parse(String text) {
    try {
      JsonNode node = RecordJson.MAPPER.readTree(text);
      if (node == null || !node.isObject() || node.size() != 2 || !node.path("seq").canConvertToLong() || !node.path("seq").isIntegralNumber()
          || !node.path("hash").isString()) {
        return Optional.empty();
      }
      Head head = new Head(node.get("seq").longValue(), ContentHash.parse(node.get("hash").stringValue()));
      return head.seq() >= 1 && head.text().equals(text) ? Optional.of(head) : Optional.empty();
    } catch (JacksonException | LakeException e) {
      return Optional.empty();
    }
  }
}
