package io.experiencelake.render.pdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a typeset document was made from, written into its XMP metadata: the lake's content hash
 * and the id and content hash of every entry it shows, so a PDF found later can be matched to
 * the exact claims it made.
 *
 * @param lakeHash the lake's hash, e.g. {@code sha256:3f0c…}
 * @param entries each shown entry's id and hash, in the order the document shows them
 */
record Provenance(String lakeHash, Map<String, String> entries) {

  /** The XMP namespace of the provenance properties. */
  static final String NAMESPACE = "https://experiencelake.io/ns/provenance/1.0/";

  /** The namespace's prefix in the XMP packet. */
  static final String PREFIX = "lake";

  /** Copies the map, keeping its order. */
  Provenance {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }
}
