package io.experiencelake.core;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The base form of the verb a claim opens with, so a claim such as {@code Gated each phase …}
 * can be told as a goal ({@code gate each phase …}) or in the first person, and a plan that reads
 * as done can be given its plan phrasing ({@code Will gate …}).
 *
 * <p>English spelling is regular enough for the verbs claims open with: a past tense or a present
 * participle loses its ending, a doubled consonant is undoubled, and the silent {@code e} is put
 * back where the spelling shows it was dropped (a one-syllable word ending in a single vowel and
 * a consonant, since without an {@code e} it would have doubled: {@code gated} from {@code gate},
 * not {@code gat}; endings such as {@code -ate}, {@code -ute}, {@code -ize}, {@code -ce}). Common
 * irregular verbs are listed. A word none of this recognises gives no base form, and callers
 * fall back to wording that needs none.
 *
 * <pre>{@code
 * Verbs.base("Gated");          // Optional[gate]
 * Verbs.base("Scripting");      // Optional[script]
 * Verbs.irregularPast("Sent");  // Optional[send]
 * Verbs.base("Distributed");    // Optional.empty: an adjective
 * }</pre>
 */
public final class Verbs {

  /** Irregular past tenses (and the {@code -eed} pasts that keep their {@code e}), each with its base form. */
  private static final Map<String, String> IRREGULAR_PAST = Map.ofEntries(
      Map.entry("made", "make"), Map.entry("cut", "cut"), Map.entry("held", "hold"), Map.entry("ran", "run"),
      Map.entry("built", "build"), Map.entry("rebuilt", "rebuild"), Map.entry("wrote", "write"), Map.entry("rewrote", "rewrite"),
      Map.entry("led", "lead"), Map.entry("kept", "keep"), Map.entry("took", "take"), Map.entry("brought", "bring"),
      Map.entry("set", "set"), Map.entry("reset", "reset"), Map.entry("put", "put"), Map.entry("split", "split"),
      Map.entry("shut", "shut"), Map.entry("spun", "spin"), Map.entry("got", "get"), Map.entry("gave", "give"),
      Map.entry("grew", "grow"), Map.entry("drove", "drive"), Map.entry("chose", "choose"), Map.entry("sped", "speed"),
      Map.entry("shrank", "shrink"), Map.entry("taught", "teach"), Map.entry("fought", "fight"), Map.entry("paid", "pay"),
      Map.entry("laid", "lay"), Map.entry("met", "meet"), Map.entry("won", "win"), Map.entry("began", "begin"),
      Map.entry("hit", "hit"), Map.entry("let", "let"), Map.entry("beat", "beat"), Map.entry("sold", "sell"),
      Map.entry("told", "tell"), Map.entry("stood", "stand"), Map.entry("understood", "understand"),
      Map.entry("undertook", "undertake"), Map.entry("oversaw", "oversee"), Map.entry("overcame", "overcome"),
      Map.entry("upheld", "uphold"), Map.entry("withdrew", "withdraw"), Map.entry("bought", "buy"), Map.entry("caught", "catch"),
      Map.entry("sent", "send"), Map.entry("spent", "spend"), Map.entry("lent", "lend"), Map.entry("dealt", "deal"),
      Map.entry("felt", "feel"), Map.entry("left", "leave"), Map.entry("lost", "lose"), Map.entry("meant", "mean"),
      Map.entry("saw", "see"), Map.entry("thought", "think"), Map.entry("found", "find"), Map.entry("fed", "feed"),
      Map.entry("struck", "strike"), Map.entry("swept", "sweep"), Map.entry("rode", "ride"), Map.entry("rose", "rise"),
      Map.entry("broke", "break"), Map.entry("spoke", "speak"), Map.entry("froze", "freeze"), Map.entry("forgot", "forget"),
      Map.entry("hid", "hide"), Map.entry("shook", "shake"), Map.entry("threw", "throw"), Map.entry("knew", "know"),
      Map.entry("drew", "draw"), Map.entry("did", "do"), Map.entry("redid", "redo"), Map.entry("went", "go"),
      Map.entry("came", "come"), Map.entry("became", "become"), Map.entry("sat", "sit"), Map.entry("fell", "fall"),
      Map.entry("dug", "dig"), Map.entry("stuck", "stick"), Map.entry("hung", "hang"), Map.entry("outgrew", "outgrow"),
      Map.entry("freed", "free"), Map.entry("agreed", "agree"), Map.entry("guaranteed", "guarantee"));

  /** Present participles the rules below would misread, each with its base form. */
  private static final Map<String, String> IRREGULAR_PARTICIPLE = Map.ofEntries(
      Map.entry("being", "be"), Map.entry("seeing", "see"), Map.entry("agreeing", "agree"), Map.entry("freeing", "free"),
      Map.entry("lying", "lie"), Map.entry("dying", "die"), Map.entry("tying", "tie"));

  /** Words ending in {@code -ed} or {@code -ing} that open claims as adjectives or nouns, not as verbs. */
  private static final Set<String> NOT_VERBS = Set.of(
      "embedded", "distributed", "federated", "supervised", "unsupervised", "advanced", "detailed", "dedicated",
      "sophisticated", "complicated", "experienced", "skilled", "seasoned", "related", "based", "interested",
      "tiered", "layered", "nested", "mixed", "hundred", "thing",
      "string", "spring", "king", "ring", "wing", "during", "something", "nothing", "anything", "everything",
      "morning", "evening", "ceiling", "building", "ongoing", "pricing", "engineering", "tooling", "onboarding");

  /** Base forms ending in a doubled consonant, which must not be undoubled. */
  private static final Set<String> DOUBLED = Set.of("add", "err", "ebb", "egg", "odd", "buzz", "fizz", "putt");

  /** Verb stems (base form without its final {@code e}) that the rules below would misread, with their base form. */
  private static final Map<String, String> STEMS = Map.ofEntries(
      Map.entry("creat", "create"), Map.entry("recreat", "recreate"), Map.entry("rout", "route"), Map.entry("rerout", "reroute"),
      Map.entry("guid", "guide"), Map.entry("writ", "write"), Map.entry("rewrit", "rewrite"), Map.entry("invit", "invite"),
      Map.entry("unit", "unite"), Map.entry("excit", "excite"), Map.entry("ignit", "ignite"), Map.entry("expedit", "expedite"),
      Map.entry("cit", "cite"), Map.entry("recit", "recite"), Map.entry("incit", "incite"), Map.entry("ignor", "ignore"),
      Map.entry("cach", "cache"), Map.entry("pivot", "pivot"), Map.entry("focus", "focus"), Map.entry("bias", "bias"));

  /** Prefixes left aside when counting a stem's syllables, so {@code define} counts as {@code fine}. */
  private static final String[] PREFIXES = {"over", "under", "out", "pre", "pro", "dis", "sub", "re", "de", "un", "ex"};

  private static final String VOWELS = "aeiou";

  private Verbs() {}

  /**
   * The base form of {@code word} when it is the past tense or present participle of a verb
   * ({@code Gated} → {@code gate}, {@code Made} → {@code make}, {@code Scripting} → {@code script},
   * lowercase); empty for a word that does not read as either.
   */
  public static Optional<String> base(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.isEmpty() || !w.chars().allMatch(c -> c >= 'a' && c <= 'z') || NOT_VERBS.contains(w)) {
      return Optional.empty();
    }
    String irregular = IRREGULAR_PAST.getOrDefault(w, IRREGULAR_PARTICIPLE.get(w));
    if (irregular != null) {
      return Optional.of(irregular);
    }
    if (w.endsWith("ied") && w.length() > 4) {
      return Optional.of(w.substring(0, w.length() - 3) + "y");
    }
    if (w.endsWith("ed") && w.length() > 3) {
      return Optional.of(restore(w.substring(0, w.length() - 2)));
    }
    if (w.endsWith("ing") && w.length() > 4) {
      return Optional.of(restore(w.substring(0, w.length() - 3)));
    }
    return Optional.empty();
  }

  /**
   * The base form of {@code word} when it is one of the irregular past tenses listed here
   * ({@code Sent} → {@code send}, {@code Cut} → {@code cut}, lowercase); empty for any other word,
   * a regular past tense included.
   */
  public static Optional<String> irregularPast(String word) {
    return Optional.ofNullable(IRREGULAR_PAST.get(word.toLowerCase(Locale.ROOT)));
  }

  /** Whether {@code word} reads as a past tense ({@code Gated}, {@code Made}), not a participle. */
  public static boolean isPast(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return base(word).isPresent() && !w.endsWith("ing");
  }

  /** Whether {@code word} reads as a present participle ({@code Scripting}). */
  public static boolean isParticiple(String word) {
    return word.toLowerCase(Locale.ROOT).endsWith("ing") && base(word).isPresent();
  }

  /** The base form of a stem its {@code -ed} or {@code -ing} was taken from. */
  static String restore(String stem) {
    String known = STEMS.get(stem);
    if (known != null) {
      return known;
    }
    int n = stem.length();
    char last = stem.charAt(n - 1);
    char prev = n >= 2 ? stem.charAt(n - 2) : ' ';
    if (n >= 3 && last == prev && !isVowel(last) && !DOUBLED.contains(stem)) {
      if ("sfz".indexOf(last) >= 0) {
        return stem;
      }
      if (last == 'l') {
        // Stressed final syllables (control, patrol, cancel, label) undouble; short words (call, roll, scroll) keep it.
        boolean undouble = (stem.endsWith("ell") && n >= 6) || (stem.endsWith("oll") && n >= 7);
        return undouble ? stem.substring(0, n - 1) : stem;
      }
      return stem.substring(0, n - 1);
    }
    if (last == 'e' || isVowel(last) && last != 'u') {
      return stem;
    }
    return needsE(stem) ? stem + "e" : stem;
  }

  /** Whether the base form of {@code stem} ends with a silent {@code e} the ending removed. */
  private static boolean needsE(String stem) {
    int n = stem.length();
    char last = stem.charAt(n - 1);
    char prev = n >= 2 ? stem.charAt(n - 2) : ' ';
    char before = n >= 3 ? stem.charAt(n - 3) : ' ';
    switch (last) {
      case 'c': case 'v': case 'u': case 'z':
        return true;
      case 's':
        if (isVowel(prev) || prev == 'y') {
          // focus, bonus keep no e; use, cause, close, raise do.
          return !(prev == 'u' && n > 2 && !isVowel(before));
        }
        return "rnpl".indexOf(prev) >= 0;
      case 'g':
        // merge, bulge, hedge, change, challenge; a single a before it too (manage, leverage, stage):
        // a word such as tag or flag doubles its g, so its stem never ends in a single one.
        return "rld".indexOf(prev) >= 0 || (prev == 'n' && (before == 'a' || before == 'e')) || prev == 'a';
      case 'l':
        if (!isVowel(prev)) {
          return "bcdgkpstz".indexOf(prev) >= 0; // enable, cycle, handle, toggle, tackle, sample, tussle, settle, puzzle
        }
        break;
      default:
        break;
    }
    // The u of qu is a consonant: require, acquire.
    boolean vowelBefore = isVowel(before) && !(before == 'u' && n >= 4 && stem.charAt(n - 4) == 'q');
    if (!isVowel(prev) || vowelBefore || "wxy".indexOf(last) >= 0) {
      return false; // two consonants (script, guard), a vowel pair (load, claim), or w x y
    }
    // A single vowel and a consonant.
    String ending = "" + prev + last;
    switch (ending) {
      case "at": case "ut": case "id": case "ud": case "od": case "ad": case "ib": case "ob": case "ub":
      case "ak": case "ik": case "ok": case "uk": case "am": case "im": case "om": case "um": case "in":
      case "un": case "ar": case "ir": case "ur": case "il": case "ul": case "ap": case "ip":
        return true;
      case "et":
        return stem.endsWith("let") || stem.endsWith("pet");
      case "it": case "en": case "er": case "an": case "el": case "up": case "ep": case "eb": case "ek": case "ed":
        return false;
      default:
        // ot, on, or, ol, al, op: the e only on a one-syllable stem (vote, clone, store, scope), prefix aside.
        return syllables(withoutPrefix(stem)) == 1;
    }
  }

  private static String withoutPrefix(String stem) {
    for (String prefix : PREFIXES) {
      if (stem.startsWith(prefix) && stem.length() > prefix.length() + 2) {
        return stem.substring(prefix.length());
      }
    }
    return stem;
  }

  private static int syllables(String stem) {
    int groups = 0;
    boolean inVowels = false;
    for (int i = 0; i < stem.length(); i++) {
      boolean vowel = isVowel(stem.charAt(i));
      if (vowel && !inVowels) {
        groups++;
      }
      inVowels = vowel;
    }
    return groups;
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }
}
