package io.experiencelake.core.hash;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.immutables.value.Value;

/**
 * A content hash: an algorithm and its digest in lowercase hex, written {@code sha256:<64 hex>}.
 *
 * <pre>{@code
 * ContentHash hash = ContentHash.parse("sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
 * hash.hex();          // "2cf24d…"
 * hash.toString();     // "sha256:2cf24d…"
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class ContentHash {

  /** The name of the one algorithm the library uses, as written before the colon. */
  public static final String SHA256 = "sha256";

  private static final String PREFIX = SHA256 + ":";
  private static final int HEX_LENGTH = 64;

  /** The algorithm, {@code sha256}. */
  @Value.Parameter
  public abstract String algorithm();

  /** The digest: 64 lowercase hex characters. */
  @Value.Parameter
  public abstract String hex();

  /**
   * The SHA-256 hash of {@code hex}, a digest already computed.
   *
   * @throws LakeException when {@code hex} is not 64 lowercase hex characters
   */
  public static ContentHash sha256(String hex) {
    return ImmutableContentHash.of(SHA256, hex);
  }

  /** The SHA-256 hash of {@code bytes}. */
  public static ContentHash sha256Of(byte[] bytes) {
    try {
      return sha256(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Reads {@code sha256:<64 lowercase hex>}.
   *
   * @throws LakeException with a diagnostic saying at which character the text goes wrong
   */
  @JsonCreator
  public static ContentHash parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw bad(Rule.BAD_FORMAT, text, 1, "a content hash starts with 'sha256:'");
    }
    if (!text.substring(0, colon).equals(SHA256)) {
      throw bad(Rule.BAD_FORMAT, text, 1, "unknown algorithm '" + abbreviate(text.substring(0, colon)) + "'; only sha256 is supported");
    }
    String hex = text.substring(PREFIX.length());
    for (int i = 0; i < hex.length() && i < HEX_LENGTH; i++) {
      char c = hex.charAt(i);
      if (!isLowerHex(c)) {
        throw bad(Rule.BAD_DIGEST, text, PREFIX.length() + i + 1, "'" + c + "' is not a lowercase hex digit (0-9, a-f)");
      }
    }
    if (hex.length() != HEX_LENGTH) {
      throw bad(Rule.BAD_DIGEST, text, PREFIX.length() + Math.min(hex.length(), HEX_LENGTH) + 1,
          "the digest has " + hex.length() + " hex digits; a SHA-256 digest has 64");
    }
    return sha256(hex);
  }

  /** The hash as written: {@code sha256:<hex>}. */
  @JsonValue
  @Override
  public String toString() {
    return algorithm() + ":" + hex();
  }

  @Value.Check
  void check() {
    if (!algorithm().equals(SHA256)) {
      throw LakeException.of(Rule.BAD_FORMAT, "", "unknown hash algorithm '" + abbreviate(algorithm()) + "'", "use sha256");
    }
    if (hex().length() != HEX_LENGTH || !hex().chars().allMatch(c -> isLowerHex((char) c))) {
      throw LakeException.of(Rule.BAD_DIGEST, "", "digest '" + abbreviate(hex()) + "' is not 64 lowercase hex characters",
          "give the 64 characters (0-9, a-f) of a SHA-256 digest");
    }
  }

  private static boolean isLowerHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }

  private static LakeException bad(Rule rule, String text, int column, String why) {
    return LakeException.of(rule, "", "content hash '" + abbreviate(text) + "' is invalid at character " + column + ": " + why,
        "write 'sha256:' followed by the 64 lowercase hex characters of the digest");
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
