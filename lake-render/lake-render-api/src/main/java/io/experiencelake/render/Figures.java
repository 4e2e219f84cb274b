package io.experiencelake.render;

import io.experiencelake.core.Comparison;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.ReportStat;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The figures renderers quote from evidence, written for a reader the same way everywhere and
 * never through the default locale: numbers grouped by thousands (or in millions when that is
 * exact), units that agree with their number, currencies as symbols.
 *
 * <pre>{@code
 * Figures.strongest(entry);            // Optional["partial promotions in gated runs: 0 runs"]
 * Figures.number(50000);               // "50,000"
 * Figures.quantity(41_600_000, "rows"); // "41.6 million rows"
 * Figures.quantity(1, "digests");      // "1 digest"
 * Figures.quantity(118, "GBP");        // "£118"
 * Figures.mentions("from 3,412 to 0", 3412); // 1
 * }</pre>
 */
public final class Figures {

  /** Currency codes written as their symbol before the number. */
  private static final Map<String, String> CURRENCIES = Map.of("GBP", "£", "USD", "$", "EUR", "€", "JPY", "¥", "INR", "₹");

  /** Lowercase units that are abbreviations, never inflected for number. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "min", "mins", "sec", "secs", "hrs", "kib", "mib", "gib", "tib", "kbps", "mbps", "gbps", "rps", "qps", "tps",
      "ops", "bps", "rpm", "mph", "kph", "cpu", "cpus", "gpu", "gpus", "vcpu", "vcpus", "fps", "dpi", "ppm", "ppb");

  /** Number words a claim may use instead of digits. */
  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("no", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("twenty", 20), Map.entry("hundred", 100), Map.entry("dozen", 12));

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

  private Figures() {}

  /**
   * The entry's strongest evidence-backed figure: the first report stat that pins its report with
   * a SHA-256, else the first report stat; empty when the entry has none.
   */
  public static Optional<ReportStat> strongestStat(LakeEntry entry) {
    ReportStat first = null;
    for (EvidenceAnchor anchor : entry.evidence()) {
      if (anchor instanceof ReportStat stat) {
        if (stat.sha256().isPresent()) {
          return Optional.of(stat);
        }
        if (first == null) {
          first = stat;
        }
      }
    }
    return Optional.ofNullable(first);
  }

  /** The strongest figure as text, e.g. {@code p99 latency: at most 250 ms}. */
  public static Optional<String> strongest(LakeEntry entry) {
    return strongestStat(entry).map(Figures::describe);
  }

  /** A report stat as text: {@code metric: [at most|at least|under|over] value unit}, on one line. */
  public static String describe(ReportStat stat) {
    return PlainText.oneLine(stat.metric()) + ": " + relation(stat.comparison()) + quantity(stat.value(), stat.unit());
  }

  /**
   * A value with its unit as a reader expects it: {@code 212 runs}, {@code 1 run} (a whole number
   * other than 1 takes the plural of a word unit, 1 its singular), {@code 99.5%}, {@code £118},
   * {@code 41.6 million rows}. Abbreviations ({@code ms}, {@code GiB}, {@code connections/min}'s
   * {@code min}) and units that are not plain lowercase words are left as written.
   */
  public static String quantity(double value, String unit) {
    String written = PlainText.oneLine(unit);
    String symbol = CURRENCIES.get(written.toUpperCase(Locale.ROOT));
    if (symbol != null) {
      return (value < 0 ? "-" : "") + symbol + readable(Math.abs(value));
    }
    if (written.isEmpty()) {
      return readable(value);
    }
    return readable(value) + (written.equals("%") ? "" : " ") + agree(value, written);
  }

  /**
   * A number in plain decimal notation, integer digits grouped by commas from 1,000 up, with no
   * trailing zeros: {@code 0}, {@code 1,873}, {@code 50,000}, {@code -2.5}.
   */
  public static String number(double value) {
    return number(BigDecimal.valueOf(value));
  }

  /**
   * A number as {@link #number} writes it, except that a whole number of millions or billions
   * with at most one decimal is written in words: {@code 41.6 million}, {@code 2 billion}; a
   * number that would lose digits that way is written in full.
   */
  public static String readable(double value) {
    BigDecimal exact = BigDecimal.valueOf(value);
    BigDecimal magnitude = exact.abs();
    for (BigDecimal unit : new BigDecimal[] {BILLION, MILLION}) {
      if (magnitude.compareTo(unit) >= 0) {
        BigDecimal scaled = exact.divide(unit).stripTrailingZeros();
        if (scaled.scale() <= 1) {
          return number(scaled) + (unit == BILLION ? " billion" : " million");
        }
        break;
      }
    }
    return number(exact);
  }

  /**
   * How many times {@code text} mentions {@code value}: as digits ({@code 3,412}, {@code 3412},
   * {@code 0.06}), with a multiplier ({@code 41.6 million}, {@code 41.6M}, {@code 50k}), after a
   * currency symbol, or as a number word ({@code five}, {@code zero}); digits inside a word such
   * as {@code p99} are not a number. The sign is ignored.
   */
  public static int mentions(String text, double value) {
    BigDecimal wanted = BigDecimal.valueOf(Math.abs(value));
    int count = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      if (isDigit(c) && (i == 0 || !(Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.'
          || text.charAt(i - 1) == ','))) {
        int end = i;
        while (end < n && isDigit(text.charAt(end))) {
          end++;
        }
        StringBuilder digits = new StringBuilder(text.substring(i, end));
        while (isGroup(text, end)) {
          digits.append(text, end + 1, end + 4);
          end += 4;
        }
        if (end + 1 < n && text.charAt(end) == '.' && isDigit(text.charAt(end + 1))) {
          digits.append('.');
          end++;
          while (end < n && isDigit(text.charAt(end))) {
            digits.append(text.charAt(end++));
          }
        }
        BigDecimal number = new BigDecimal(digits.toString());
        int[] multiplied = {end};
        BigDecimal factor = multiplier(text, end, multiplied);
        if (number.multiply(factor).compareTo(wanted) == 0 || number.compareTo(wanted) == 0) {
          count++;
        }
        i = multiplied[0];
        continue;
      }
      if (Character.isLetter(c) && startsWord) {
        int end = i;
        while (end < n && Character.isLetter(text.charAt(end))) {
          end++;
        }
        Integer word = WORDS.get(text.substring(i, end).toLowerCase(Locale.ROOT));
        if (word != null && BigDecimal.valueOf(word).compareTo(wanted) == 0) {
          count++;
        }
        i = end;
        continue;
      }
      i++;
    }
    return count;
  }

  /** Whether a thousands group ({@code ,ddd} not followed by another digit) starts at {@code comma}. */
  private static boolean isGroup(String text, int comma) {
    return comma + 3 < text.length() && text.charAt(comma) == ','
        && isDigit(text.charAt(comma + 1)) && isDigit(text.charAt(comma + 2)) && isDigit(text.charAt(comma + 3))
        && (comma + 4 == text.length() || !isDigit(text.charAt(comma + 4)));
  }

  private static BigDecimal multiplier(String text, int at, int[] end) {
    int n = text.length();
    int i = at;
    if (i < n && (text.charAt(i) == 'M' || text.charAt(i) == 'k' || text.charAt(i) == 'K')
        && (i + 1 == n || !Character.isLetter(text.charAt(i + 1)))) {
      end[0] = i + 1;
      return text.charAt(i) == 'M' ? MILLION : BigDecimal.valueOf(1_000);
    }
    if (text.startsWith("bn", i) && (i + 2 == n || !Character.isLetter(text.charAt(i + 2)))) {
      end[0] = i + 2;
      return BILLION;
    }
    if (i < n && text.charAt(i) == ' ') {
      for (String word : new String[] {"million", "billion", "thousand"}) {
        if (text.startsWith(word, i + 1) && (i + 1 + word.length() == n || !Character.isLetter(text.charAt(i + 1 + word.length())))) {
          end[0] = i + 1 + word.length();
          return word.equals("million") ? MILLION : word.equals("billion") ? BILLION : BigDecimal.valueOf(1_000);
        }
      }
    }
    return BigDecimal.ONE;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * {@code unit} agreeing with {@code value}: when the value is a whole number and the unit's
   * counted word (the last word, or the word before {@code /} or {@code per}) is a plain lowercase
   * word of three letters or more and no abbreviation, its singular for 1 and its plural otherwise.
   */
  static String agree(double value, String unit) {
    if (value != Math.rint(value) || Double.isInfinite(value)) {
      return unit;
    }
    int cut = unit.length();
    int slash = unit.indexOf('/');
    int per = unit.indexOf(" per ");
    if (slash > 0) {
      cut = slash;
    }
    if (per > 0 && per < cut) {
      cut = per;
    }
    String head = unit.substring(0, cut);
    int space = head.lastIndexOf(' ');
    String word = head.substring(space + 1);
    if (word.length() < 3 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z') || ABBREVIATIONS.contains(word)) {
      return unit;
    }
    String agreed = Math.abs(value) == 1 ? singular(word) : plural(word);
    return unit.substring(0, space + 1) + agreed + unit.substring(cut);
  }

  private static String singular(String word) {
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    for (String ending : new String[] {"sses", "xes", "ches", "shes", "zzes"}) {
      if (word.endsWith(ending)) {
        return word.substring(0, word.length() - 2);
      }
    }
    if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static String plural(String word) {
    if (word.endsWith("ss") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh") || word.endsWith("zz")) {
      return word + "es";
    }
    if (word.endsWith("s")) {
      return word; // already a plural
    }
    if (word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    return word + "s";
  }

  private static String number(BigDecimal value) {
    String plain = value.stripTrailingZeros().toPlainString();
    if (plain.equals("-0")) {
      plain = "0";
    }
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String fraction = dot < 0 ? "" : digits.substring(dot);
    if (whole.length() > 3) {
      StringBuilder grouped = new StringBuilder();
      int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
      grouped.append(whole, 0, lead);
      for (int i = lead; i < whole.length(); i += 3) {
        grouped.append(',').append(whole, i, i + 3);
      }
      whole = grouped.toString();
    }
    return (negative ? "-" : "") + whole + fraction;
  }

  private static String relation(Comparison comparison) {
    switch (comparison) {
      case LE:
        return "at most ";
      case GE:
        return "at least ";
      case LT:
        return "under ";
      case GT:
        return "over ";
      default:
        return "";
    }
  }
}
