package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The id of a story in the bank: a number such as {@code 110}, or a sub-entry such as {@code 46AA}
 * (story 46, sub-entry AA).
 *
 * <p>Ids are ordered by number, then by suffix, so {@code 46 < 46AA < 46AQ < 110}. Ranges such as
 * {@code 46AA–46AQ} (en dash) or {@code 46AA-46AQ} expand to every id between the two ends:
 * <pre>{@code
 * StoryId.parse("46AA").parent();        // Optional[46]
 * StoryId.expand("46AA–46AC");           // [46AA, 46AB, 46AC]
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class StoryId implements Comparable<StoryId> {

  /** The largest number of ids one range may expand to. */
  public static final int MAX_RANGE = 10_000;

  private static final Comparator<StoryId> ORDER =
      Comparator.comparingLong(StoryId::number).thenComparing(StoryId::suffix);

  /** The story number, at least 1. */
  @Value.Parameter
  public abstract long number();

  /** The sub-entry suffix: empty, or two capital letters such as {@code AA}. */
  @Value.Parameter
  public abstract String suffix();

  /** Makes the id of story {@code number}. */
  public static StoryId of(long number) {
    return ImmutableStoryId.of(number, "");
  }

  /** Makes the id of sub-entry {@code suffix} of story {@code number}. */
  public static StoryId of(long number, String suffix) {
    return ImmutableStoryId.of(number, suffix);
  }

  /**
   * Parses {@code 110} or {@code 46AA}.
   *
   * @throws LakeException with a {@link Rule#BAD_FORMAT} diagnostic saying at which character the
   *     text goes wrong
   */
  @JsonCreator
  public static StoryId parse(String text) {
    Parsed parsed = tryParse(text);
    if (parsed.id() == null) {
      throw bad(text, parsed.column(), parsed.why());
    }
    return parsed.id();
  }

  /**
   * Expands one id or a range of ids: {@code 46AA–46AQ}, {@code 46AA-46AQ} or {@code 120-125}.
   *
   * @throws LakeException when either end is not an id, the ends belong to different stories, or
   *     the range runs backwards
   */
  public static List<StoryId> expand(String text) {
    int dash = text.indexOf('\u2013');
    if (dash < 0) {
      dash = text.indexOf('-');
    }
    if (dash < 0) {
      return List.of(parse(text.strip()));
    }
    StoryId first = parseAt(text, text.substring(0, dash), 0);
    StoryId last = parseAt(text, text.substring(dash + 1), dash + 1);
    if (first.suffix().isEmpty() != last.suffix().isEmpty()
        || (!first.suffix().isEmpty() && first.number() != last.number())) {
      throw bad(text, dash + 2, "a range joins sub-entries of one story (46AA–46AQ) or plain story numbers (120–125)");
    }
    if (first.compareTo(last) > 0) {
      throw bad(text, 1, "the range runs backwards; write the smaller id first");
    }
    List<StoryId> ids = new ArrayList<>();
    if (first.suffix().isEmpty()) {
      if (last.number() - first.number() >= MAX_RANGE) {
        throw bad(text, 1, "the range covers more than " + MAX_RANGE + " ids");
      }
      for (long n = first.number(); n <= last.number(); n++) {
        ids.add(of(n));
      }
    } else {
      int from = suffixIndex(first.suffix());
      int to = suffixIndex(last.suffix());
      for (int k = from; k <= to; k++) {
        ids.add(of(first.number(), suffixOf(k)));
      }
    }
    return List.copyOf(ids);
  }

  /** The parent story of a sub-entry ({@code 46} for {@code 46AA}); empty for a plain story. */
  public Optional<StoryId> parent() {
    return suffix().isEmpty() ? Optional.empty() : Optional.of(of(number()));
  }

  /** Whether this is a sub-entry such as {@code 46AA}. */
  public boolean isSubEntry() {
    return !suffix().isEmpty();
  }

  @Override
  public int compareTo(StoryId other) {
    return ORDER.compare(this, other);
  }

  /** The id as written: {@code 110}, {@code 46AA}. */
  @JsonValue
  @Override
  public String toString() {
    return number() + suffix();
  }

  @Value.Check
  void check() {
    if (number() < 1) {
      throw bad(toString(), 1, "a story number starts at 1");
    }
    if (!suffix().isEmpty() && !(suffix().length() == 2 && suffix().chars().allMatch(c -> c >= 'A' && c <= 'Z'))) {
      throw bad(toString(), 1, "a sub-entry suffix is exactly two capital letters, as in 46AA");
    }
  }

  /** An id, or where and why the text is not one. */
  private record Parsed(StoryId id, int column, String why) {
    static Parsed failure(int column, String why) {
      return new Parsed(null, column, why);
    }
  }

  private static Parsed tryParse(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i == 0) {
      return Parsed.failure(1, "must start with a story number");
    }
    if (text.charAt(0) == '0') {
      return Parsed.failure(1, "a story number starts at 1 and has no leading zero");
    }
    if (i > 12) {
      return Parsed.failure(13, "the story number is too long (at most 12 digits)");
    }
    String suffix = text.substring(i);
    for (int j = 0; j < suffix.length(); j++) {
      char c = suffix.charAt(j);
      if (c < 'A' || c > 'Z') {
        return Parsed.failure(i + j + 1, "a sub-entry suffix is capital letters A-Z");
      }
    }
    if (!suffix.isEmpty() && suffix.length() != 2) {
      return Parsed.failure(i + 1, "a sub-entry suffix is exactly two capital letters, as in 46AA");
    }
    return new Parsed(of(Long.parseLong(text.substring(0, i)), suffix), 0, "");
  }

  private static StoryId parseAt(String whole, String part, int offset) {
    int lead = part.length() - part.stripLeading().length();
    Parsed parsed = tryParse(part.strip());
    if (parsed.id() == null) {
      throw bad(whole, offset + lead + parsed.column(), parsed.why());
    }
    return parsed.id();
  }

  private static int suffixIndex(String suffix) {
    return (suffix.charAt(0) - 'A') * 26 + (suffix.charAt(1) - 'A');
  }

  private static String suffixOf(int index) {
    return new String(new char[] {(char) ('A' + index / 26), (char) ('A' + index % 26)});
  }

  private static LakeException bad(String text, int column, String why) {
    return LakeException.of(Rule.BAD_FORMAT, "",
        "story id '" + Texts.abbreviate(text) + "' is invalid at character " + column + ": " + why,
        "write a story number such as 110, a sub-entry such as 46AA, or a range such as 46AA–46AQ");
  }
}
