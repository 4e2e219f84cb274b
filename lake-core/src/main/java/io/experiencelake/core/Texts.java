package io.experiencelake.core;

import java.util.regex.Pattern;

/** Small text rules shared by the values' checks. */
final class Texts {

  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private Texts() {}

  static boolean isBlank(String text) {
    return text.strip().isEmpty();
  }

  /** Throws a located {@link LakeException} when {@code text} is blank. */
  static void requireText(String text, String pointer, String what) {
    if (isBlank(text)) {
      throw LakeException.of(Rule.BLANK_PART, pointer, what + " is blank", "write the " + what + " in words; blank text is not a part");
    }
  }

  static void requireSlug(String id, String pointer, String what) {
    if (!SLUG.matcher(id).matches()) {
      throw LakeException.of(Rule.BAD_ID, pointer, what + " id '" + id + "' is not a slug",
          "use lowercase letters, digits and single hyphens, e.g. 'phase-gates'");
    }
  }

  static void requireDigest(String digest, String pointer) {
    if (!SHA256.matcher(digest).matches()) {
      throw LakeException.of(Rule.BAD_DIGEST, pointer, "sha256 '" + abbreviate(digest) + "' is not 64 lowercase hex characters",
          "paste the output of 'sha256sum FILE' (64 characters, 0-9 and a-f)");
    }
  }

  /** Returns the reason {@code path} is unsafe as an evidence path, or {@code null} when it is fine. */
  static String unsafePathReason(String path) {
    if (isBlank(path)) {
      return "is blank";
    }
    if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
      return "is absolute";
    }
    if (path.indexOf('\\') >= 0) {
      return "uses a backslash";
    }
    if (path.indexOf('\0') >= 0) {
      return "contains a NUL character";
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        return "climbs out with '..'";
      }
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
