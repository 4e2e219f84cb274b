package io.experiencelake.core;

import java.util.regex.Pattern;

/** Small text rules shared by the values' checks. */
final class Texts {

  /** A Windows drive at the start of a path, {@code C:}; compiled once, as every value check runs per value. */
  private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern CLIMB = Pattern.compile("(^|/)\\.\\.(/|$)");

  private Texts() {}

  /** Throws a located {@link LakeException} when {@code text} is blank. */
  static void requireText(String text, String pointer, String what) {
    if (text.isBlank()) {
      throw LakeException.of(Rule.BLANK_PART, pointer, what + " is blank", "write the " + what + " in words; blank text is not a part");
    }
  }

  static void requireSlug(String id, String pointer, String what) {
    if (!isSlug(id)) {
      throw LakeException.of(Rule.BAD_ID, pointer, what + " id '" + id + "' is not a slug",
          "use lowercase letters, digits and single hyphens, e.g. 'phase-gates'");
    }
  }

  static void requireDigest(String digest, String pointer) {
    if (!isSha256(digest)) {
      throw LakeException.of(Rule.BAD_DIGEST, pointer, "sha256 '" + abbreviate(digest) + "' is not 64 lowercase hex characters",
          "paste the output of 'sha256sum FILE' (64 characters, 0-9 and a-f)");
    }
  }

  /** Whether {@code id} is a slug: lowercase letters and digits in runs joined by single hyphens. */
  static boolean isSlug(String id) {
    return SLUG.matcher(id).matches();
  }

  /** Whether {@code digest} is 64 lowercase hexadecimal characters. */
  static boolean isSha256(String digest) {
    return SHA256.matcher(digest).matches();
  }

  /** Returns the reason {@code path} is unsafe as an evidence path, or {@code null} when it is fine. */
  static String unsafePathReason(String path) {
    if (path.isBlank()) {
      return "is blank";
    }
    if (path.startsWith("/") || path.startsWith("\\") || DRIVE.matcher(path).lookingAt()) {
      return "is absolute";
    }
    if (path.indexOf('\\') >= 0) {
      return "uses a backslash";
    }
    if (path.indexOf('\0') >= 0) {
      return "contains a NUL character";
    }
    if (CLIMB.matcher(path).find()) {
      return "climbs out with '..'";
    }
    return null;
  }

  static void requireRelativePath(String path, String pointer) {
    String reason = unsafePathReason(path);
    if (reason != null) {
      throw LakeException.of(Rule.UNSAFE_PATH, pointer, "evidence path '" + abbreviate(path) + "' " + reason,
          "write the path relative to the evidence root with '/' separators and no '..'");
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
