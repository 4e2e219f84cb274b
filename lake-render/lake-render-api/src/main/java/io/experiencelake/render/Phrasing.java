package io.experiencelake.render;

import io.experiencelake.core.Alternative;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.Current;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.Story;
import io.experiencelake.core.Verbs;
import java.lang.ref.WeakReference;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Joins the lake's phrases into prose a person would write, the same way in every output: a
 * phrase that continues a sentence loses the capital it had at its own start, unless it needs it
 * (an acronym, {@code I}, or a name the lake itself writes with a capital mid-sentence, such as
 * {@code Postgres}); an entry's line states a figure once; a claim can be told in the first
 * person or as a goal.
 *
 * <pre>{@code
 * Phrasing phrasing = Phrasing.of(lake);
 * phrasing.lowerFirst("A central database of phase states");  // "a central database of phase states"
 * phrasing.lowerFirst("TRIM_HORIZON on every start");         // unchanged: an acronym
 * phrasing.line(entry);      // "Bounded per-shard starvation to 3.7 s … (longest wait of any shard: at most 4 s)"
 * phrasing.goal(entry.claim());         // Optional["gate each of 6 run phases on a committed receipt"]
 * phrasing.firstPerson(entry.claim());  // "I gated each of 6 run phases on a committed receipt, …"
 * }</pre>
 *
 * <p>Every result is plain text on one line ({@link PlainText#oneLine}), ready to escape for the
 * output's format.
 */
public final class Phrasing {

  /** Words the lake writes with a capital in the middle of a sentence: names, which keep it. */
  private final Set<String> names;

  /** The last lake's phrasing (the lake weakly held): every renderer of one run asks for the same lake's. */
  private static final AtomicReference<Map.Entry<WeakReference<Lake>, Phrasing>> LAST = new AtomicReference<>();

  private Phrasing(Set<String> names) {
    this.names = names;
  }

  /**
   * The phrasing of {@code lake}'s text: its names are the capitalised words its prose uses
   * mid-sentence. The last lake's is remembered (compared by identity; a lake is immutable).
   */
  public static Phrasing of(Lake lake) {
    Map.Entry<WeakReference<Lake>, Phrasing> last = LAST.get();
    if (last != null && last.getKey().get() == lake) {
      return last.getValue();
    }
    Phrasing phrasing = new Phrasing(names(lake));
    LAST.set(Map.entry(new WeakReference<>(lake), phrasing));
    return phrasing;
  }

  private static Set<String> names(Lake lake) {
    Set<String> names = new HashSet<>();
    lake.owner().summary().ifPresent(text -> collectNames(text, names));
    for (RoleProfile role : lake.roles()) {
      role.letter().ifPresent(letter -> {
        letter.opening().ifPresent(text -> collectNames(text, names));
        letter.closing().ifPresent(text -> collectNames(text, names));
      });
    }
    for (Engagement engagement : lake.engagements()) {
      engagement.summary().ifPresent(text -> collectNames(text, names));
    }
    for (Story story : lake.stories()) {
      story.challenge().ifPresent(text -> collectNames(text, names));
    }
    for (Cluster cluster : lake.clusters()) {
      collectNames(cluster.why(), names);
    }
    for (LakeEntry entry : lake.entries()) {
      collectNames(entry.claim(), names);
      collectNames(entry.constraint(), names);
      collectNames(entry.decision().choice(), names);
      collectNames(entry.decision().consequence(), names);
      for (Alternative alternative : entry.decision().alternatives()) {
        collectNames(alternative.option(), names);
        collectNames(alternative.whyNot(), names);
      }
      if (entry.status() instanceof Current current) {
        collectNames(current.progress(), names);
      }
    }
    return Set.copyOf(names);
  }

  /** A phrasing that knows no names: only acronyms and {@code I} keep their capitals. */
  public static Phrasing plain() {
    return new Phrasing(Set.of());
  }

  /**
   * {@code phrase} on one line, to continue a sentence: its first word loses its capital unless it
   * is {@code I}, an acronym or a word with a capital inside ({@code READY}, {@code DuckDB}), a
   * word with a digit, or a name of the lake.
   */
  public String lowerFirst(String phrase) {
    String line = PlainText.oneLine(phrase);
    String word = firstWord(line);
    if (word.isEmpty() || !Character.isUpperCase(line.codePointAt(0))) {
      return line;
    }
    if (word.equals("I") || word.startsWith("I'") || word.startsWith("I\u2019") || keepsCapital(word) || names.contains(bare(word))) {
      return line;
    }
    return withFirst(line, Character.toLowerCase(line.codePointAt(0)));
  }

  /** {@code phrase} on one line, to start a sentence: a first word in lowercase letters only gets a capital. */
  public String upperFirst(String phrase) {
    String line = PlainText.oneLine(phrase);
    String word = firstWord(line);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        return line; // a name such as iOS or a code word such as additionalProperties keeps its spelling
      }
    }
    return word.isEmpty() ? line : withFirst(line, Character.toUpperCase(line.codePointAt(0)));
  }

  /** {@code line} with its first code point replaced by {@code first}. */
  private static String withFirst(String line, int first) {
    return new StringBuilder(line.length()).appendCodePoint(first)
        .append(line, Character.charCount(line.codePointAt(0)), line.length()).toString();
  }

  /** The first word of {@code line} (see {@link #wordEnd}); empty when it starts with no letter or digit. */
  private static String firstWord(String line) {
    return line.substring(0, wordEnd(line, 0));
  }

  /** {@code text} as a sentence: its first word capitalised as {@link #upperFirst} says, ending with a full stop. */
  public String sentence(String text) {
    return Prose.sentence(upperFirst(text));
  }

  /**
   * The strongest figure of {@code entry} (see {@link Figures#strongestStat}) as {@link
   * Figures#describe} words it, when the entry's claim (and, in progress, its progress) does not
   * already state its number; empty when it does, or the entry has no report stat. A line that
   * quotes the claim then gives each figure once.
   */
  public Optional<String> extraFigure(LakeEntry entry) {
    Optional<ReportStat> stat = Figures.strongestStat(entry);
    if (stat.isEmpty()) {
      return Optional.empty();
    }
    String said = entry.claim();
    if (entry.status() instanceof Current current) {
      said += " " + current.progress();
    }
    return Figures.mentions(PlainText.oneLine(said), stat.get().value()) > 0 ? Optional.empty() : Optional.of(Figures.describe(stat.get()));
  }

  /**
   * The entry's line for a CV, LinkedIn or a JSON Resume highlight: its claim, the figure it does
   * not state yet in brackets (see {@link #extraFigure}; a plan quotes none), and for a CURRENT or
   * TARGET entry its status label in brackets ({@link StatusLabels#of}); an ACHIEVED entry's line
   * reads as done.
   */
  public String line(LakeEntry entry) {
    StringBuilder line = new StringBuilder(PlainText.oneLine(entry.claim()));
    if (entry.status().kind() != StatusKind.TARGET) {
      extraFigure(entry).ifPresent(figure -> line.append(" (").append(figure).append(')'));
    }
    if (entry.status().kind() != StatusKind.ACHIEVED) {
      line.append(" (").append(StatusLabels.of(entry.status(), this)).append(')');
    }
    return line.toString();
  }

  /**
   * What {@code claim} set out to do, as an infinitive without {@code to}: its first clause with
   * its opening verb in the base form ({@code Gated each of 6 phases on a receipt, taking …} →
   * {@code gate each of 6 phases on a receipt}; {@code Scripting …}, {@code Will …} and
   * {@code Planning to …} likewise); empty when the claim does not open with a verb this can read.
   */
  public Optional<String> goal(String claim) {
    String head = firstClause(PlainText.oneLine(claim));
    String word = firstWord(head);
    if (word.isEmpty()) {
      return Optional.empty();
    }
    String rest = head.substring(word.length());
    if (word.equalsIgnoreCase("will") && rest.length() > 1) {
      return Optional.of(rest.substring(1));
    }
    if (Verbs.isParticiple(word) && rest.startsWith(" to ") && rest.length() > 4) {
      return Optional.of(rest.substring(4)); // Planning to, Aiming to, Working to
    }
    return Verbs.base(word).map(base -> base + rest);
  }

  /**
   * {@code claim} told in the first person: {@code I gated …} for a claim that opens with a past
   * tense, {@code I am scripting …} for one that opens with a participle, {@code I will …} for a
   * plan; any other claim as it is. On one line, with no full stop added.
   */
  public String firstPerson(String claim) {
    String line = PlainText.oneLine(claim);
    String word = firstWord(line);
    if (word.equalsIgnoreCase("will") || Verbs.isPast(word)) {
      return "I " + lowerFirst(line);
    }
    if (Verbs.isParticiple(word)) {
      return "I am " + lowerFirst(line);
    }
    return line;
  }

  /**
   * The start of {@code line} up to its first clause break: a comma, colon or semicolon before a
   * space (not the comma of {@code 1,000}), an opening bracket or a dash between spaces.
   */
  static String firstClause(String line) {
    int cut = line.length();
    for (String mark : new String[] {", ", ": ", "; ", " (", " \u2014 ", " \u2013 ", " - "}) {
      int at = line.indexOf(mark);
      if (at > 0 && at < cut) {
        cut = at;
      }
    }
    return line.substring(0, cut).strip();
  }

  /** Whether {@code word} keeps its capital whatever its place: a capital after its first letter, or a digit. */
  private static boolean keepsCapital(String word) {
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        return true;
      }
    }
    return false;
  }

  /** {@code word} without a possessive {@code 's}. */
  private static String bare(String word) {
    if (word.endsWith("'s") || word.endsWith("\u2019s")) {
      return word.substring(0, word.length() - 2);
    }
    return word;
  }

  /** The end of the word starting at {@code start}: letters, digits, and inner hyphens, underscores and apostrophes. */
  private static int wordEnd(String text, int start) {
    int i = start;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      boolean inner = (c == '-' || c == '_' || c == '\'' || c == '\u2019') && i > start && i + 1 < text.length()
          && Character.isLetterOrDigit(text.codePointAt(i + 1));
      if (!Character.isLetterOrDigit(c) && !inner) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  /** Adds the capitalised words {@code text} uses in the middle of a sentence to {@code names}. */
  private static void collectNames(String text, Set<String> names) {
    boolean sentenceStart = true;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        int end = wordEnd(text, i);
        String word = text.substring(i, end);
        if (!sentenceStart && Character.isUpperCase(c) && !keepsCapital(word) && word.length() > 1) {
          names.add(bare(word));
        }
        sentenceStart = false;
        i = end;
      } else {
        if (".!?:;".indexOf(c) >= 0 || c == '\n') {
          sentenceStart = true;
        }
        i += Character.charCount(c);
      }
    }
  }
}
