package io.experiencelake.render;

import io.experiencelake.core.hash.ContentHash;
import java.nio.charset.StandardCharsets;
import org.immutables.value.Value;

/**
 * One file a renderer produced, held in memory: its path inside the output folder, its media
 * type and its bytes.
 *
 * <pre>{@code
 * Artifact cv = Artifact.utf8("cv.md", "text/markdown; charset=utf-8", markdown);
 * }</pre>
 */
@Value.Immutable
public interface Artifact {

  /** The path inside the output folder, with {@code /} separators, e.g. {@code cv.md}. */
  String path();

  /** The media type, e.g. {@code text/markdown; charset=utf-8}. */
  String mediaType();

  /** The file's content; a copy on every call. */
  byte[] bytes();

  /** The SHA-256 of the bytes. */
  @Value.Lazy
  default ContentHash sha256() {
    return ContentHash.sha256Of(bytes());
  }

  /** An artifact of {@code bytes}. */
  static Artifact of(String path, String mediaType, byte[] bytes) {
    return ImmutableArtifact.builder().path(path).mediaType(mediaType).bytes(bytes).build();
  }

  /** An artifact of {@code text} encoded in UTF-8. */
  static Artifact utf8(String path, String mediaType, String text) {
    return of(path, mediaType, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The bytes read as UTF-8 text. */
  default String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** Rejects a path that is empty, absolute, uses backslashes, or climbs out with {@code ..}. */
  @Value.Check
  default void check() {
    String path = path();
    boolean bad = path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf(':') >= 0
        || path.endsWith("/");
    for (String segment : path.split("/", -1)) {
      bad |= segment.isEmpty() || segment.equals(".") || segment.equals("..");
    }
    if (bad) {
      throw new IllegalArgumentException("artifact path '" + path + "' must be relative, with '/' separators and no '.' or '..' segments");
    }
  }
}
