package io.experiencelake.applications;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Application folder names: {@code <date>-<company slug>-<title slug>}, and the check every name read from a record passes. */
final class Slugs {

  /** The most characters a slug of the company or the title keeps. */
  static final int MAX_SLUG = 40;

  /** A date, then one or more runs of lowercase letters and digits, each after a '-'; at most 120 characters. */
  private static final Pattern FOLDER = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}(-[a-z0-9]+)+");

  private static final int MAX_FOLDER = 120;

  private Slugs() {}

  /** {@code 2026-11-27-acme-ml-platform-engineer}; a part with no letter or digit becomes {@code company} or is left out. */
  static String folderName(LocalDate date, String company, Optional<String> title) {
    String name = date + "-" + slug(company).orElse("company");
    Optional<String> titleSlug = title.flatMap(Slugs::slug);
    return titleSlug.map(t -> name + "-" + t).orElse(name);
  }

  /**
   * The text in lowercase ASCII letters and digits joined by single '-', accents dropped
   * ({@code Zürich Café} → {@code zurich-cafe}), cut at a '-' to at most {@value #MAX_SLUG} characters;
   * empty when no letter or digit is left.
   */
  static Optional<String> slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && out.length() > 0) {
          out.append('-');
        }
        out.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    String slug = out.toString();
    if (slug.length() > MAX_SLUG) {
      int cut = slug.lastIndexOf('-', MAX_SLUG);
      slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG);
    }
    return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
  }

  /** Whether {@code name} is a folder name apply could have written: no '/', no '..', never absolute. */
  static boolean isFolderName(String name) {
    return name.length() <= MAX_FOLDER && FOLDER.matcher(name).matches();
  }

  /** Text from a record quoted in a message: at most 80 characters. */
  static String shown(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
