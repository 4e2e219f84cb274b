package io.experiencelake.core.check;

import io.experiencelake.core.Verbs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words rules 4 and 7 look for in a claim: past-tense achievement verbs (a plan must not read
 * as done), buzzwords, and signs of a measurable result.
 */
final class ClaimWords {

  /** A claim's opening verb when it reads as done: the word as written and its base form, if known. */
  record DoneVerb(String word, Optional<String> base) {

    /** The plan phrasing of the verb, e.g. {@code Will reduce}, or a generic example. */
    String asPlan() {
      return "'Will " + base.orElse("reduce") + " …'";
    }

    /** The in-progress phrasing of the verb, e.g. {@code Reducing}, or a generic example. */
    String asProgress() {
      String progress = participle(base.orElse("reduce"));
      return "'" + progress.substring(0, 1).toUpperCase(Locale.ROOT) + progress.substring(1) + " …'";
    }
  }

  /** Regular achievement verbs by base form; their past tense is derived. */
  private static final List<String> REGULAR = List.of(
      "accelerate", "achieve", "add", "align", "analyze", "architect", "audit", "automate", "boost",
      "cap", "capture", "centralize", "certify", "champion", "close", "coach", "complete", "consolidate",
      "containerize", "convert", "create", "debug", "decommission", "decouple", "decrease", "deduplicate",
      "define", "deliver", "deploy", "design", "detect", "develop", "diagnose", "document", "double",
      "drop", "eliminate", "enable", "engineer", "enforce", "establish", "expand", "extend", "fix",
      "found", "guide", "halve", "harden", "hire", "implement", "improve", "increase", "initiate",
      "instrument", "integrate", "introduce", "invent", "launch", "lower", "maintain", "manage",
      "mentor", "merge", "migrate", "minimize", "mitigate", "model", "modernize", "monitor", "negotiate",
      "onboard", "optimize", "orchestrate", "organize", "overhaul", "own", "partner", "pioneer", "port",
      "prevent", "productionize", "profile", "prototype", "prove", "publish", "raise", "rearchitect",
      "recover", "redesign", "reduce", "refactor", "release", "remediate", "remove", "replace",
      "rescue", "resolve", "restore", "restructure", "retire", "revamp", "roll", "save", "scale",
      "scrap", "secure", "ship", "shorten", "simplify", "slash", "solve", "spearhead", "stabilize",
      "standardize", "stop", "streamline", "strengthen", "test", "trim", "train",
      "transform", "triple", "troubleshoot", "tune", "unblock", "unify", "upgrade", "use", "validate",
      "verify");

  /** Base forms whose last consonant doubles before {@code -ed} and {@code -ing}. */
  private static final Set<String> DOUBLING = Set.of(
      "cap", "drop", "scrap", "ship", "stop", "trim", "cut", "run", "win", "begin", "spin", "get", "hit",
      "set", "plan", "tag", "map", "swap", "strip", "commit", "submit", "control");

  /**
   * Irregular past tenses that are also their base form and open plans as often as results
   * ({@code Set up a second region}): not read as done. ({@code Cut}, {@code Hit} and {@code Beat}
   * are, as claims use them for results.)
   */
  private static final Set<String> PLAN_OPENERS = Set.of("set", "reset", "put", "split", "shut", "let");

  /** Words ending in {@code -ed} that open claims as adjectives or nouns, not as past tenses. */
  private static final Set<String> NOT_VERBS = Set.of(
      "embedded", "distributed", "federated", "supervised", "unsupervised", "advanced", "detailed",
      "dedicated", "sophisticated", "complicated", "experienced", "skilled", "talented", "motivated",
      "seasoned", "related", "based", "interested", "tiered", "layered", "nested", "mixed", "hundred",
      "kindred", "sacred", "naked", "wicked", "rugged", "ragged", "jagged", "crooked", "beloved",
      "wretched", "infrared", "shred", "sled", "shed");

  /** Prefixes that keep a hyphenated word a verb ({@code co-led}, {@code re-architected}). */
  private static final Set<String> VERB_PREFIXES = Set.of("re", "co", "pre", "de", "un");

  /** Buzzwords and stock phrases of slogan-shaped claims, lowercase, hyphenated as usually written. */
  private static final List<String> BUZZWORDS = List.of(
      "world-class", "best-in-class", "best-of-breed", "cutting-edge", "bleeding-edge", "state-of-the-art",
      "next-generation", "next-gen", "game-changing", "game-changer", "synergy", "synergies",
      "synergistic", "synergize", "passionate", "passion", "robust", "seamless", "seamlessly", "leverage",
      "leveraged", "leveraging", "innovative", "innovation", "visionary", "disruptive", "paradigm",
      "rockstar", "rock-star", "ninja", "guru", "wizard", "results-driven", "results-oriented",
      "detail-oriented", "go-getter", "self-starter", "proactive", "proactively", "dynamic", "holistic",
      "holistically", "empower", "empowered", "empowering", "transformative", "transformational",
      "revolutionary", "revolutionized", "impactful", "high-impact", "top-notch", "first-class",
      "value-add", "value-added", "mission-driven", "thought leader", "thought leadership",
      "thought-leader", "thought-leadership", "move the needle", "moved the needle", "outside the box",
      "out-of-the-box", "excellence", "exceptional", "unparalleled", "best practices", "end-to-end ownership");

  /** Number words that make a result measurable without a digit. */
  private static final Set<String> NUMBER_WORDS = Set.of(
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "twenty", "thirty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million",
      "millions", "billion", "billions", "dozen", "dozens", "twice", "half", "halved", "doubled",
      "tripled", "quadrupled", "tenfold", "percent", "none");

  /** Each buzzword with a space either side, to find it between the words of a normalized claim. */
  private static final List<String> PADDED_BUZZWORDS = BUZZWORDS.stream().map(b -> " " + b + " ").toList();

  /** What separates the words of a normalized claim when looking for number words. */
  private static final Pattern NUMBER_WORD_SEPARATORS = Pattern.compile("[ -]+");

  private static final Map<String, String> PAST_TO_BASE = pastToBase();

  private ClaimWords() {}

  /** The claim's opening verb when it is a past-tense achievement verb ({@code Built}, {@code Reduced}). */
  static Optional<DoneVerb> doneVerb(String claim) {
    List<String> words = leadingWords(claim, 3);
    int i = 0;
    while (i < words.size() - 1 && i < 2 && isAdverb(words.get(i))) {
      i++;
    }
    if (i >= words.size()) {
      return Optional.empty();
    }
    String word = words.get(i);
    String whole = word.toLowerCase(Locale.ROOT);
    int hyphen = whole.lastIndexOf('-');
    if (hyphen >= 0 && !VERB_PREFIXES.contains(whole.substring(0, whole.indexOf('-')))) {
      return Optional.empty();
    }
    String lower = whole.substring(hyphen + 1);
    if (NOT_VERBS.contains(lower) || PLAN_OPENERS.contains(lower)) {
      return Optional.empty();
    }
    Optional<String> known = Optional.ofNullable(PAST_TO_BASE.get(lower)).or(() -> Verbs.irregularPast(lower));
    if (known.isEmpty() && !looksPastTense(lower)) {
      return Optional.empty();
    }
    return Optional.of(new DoneVerb(word, known.or(() -> Verbs.base(lower))));
  }

  /** The buzzwords in {@code claim}, in list order, each once. */
  static List<String> buzzwords(String claim) {
    String text = " " + normalize(claim) + " ";
    List<String> found = new ArrayList<>();
    for (int i = 0; i < BUZZWORDS.size(); i++) {
      if (text.contains(PADDED_BUZZWORDS.get(i))) {
        found.add(BUZZWORDS.get(i));
      }
    }
    return found;
  }

  /** Whether {@code claim} states a measurable result: a digit or a number word. */
  static boolean hasMeasure(String claim) {
    return claim.chars().anyMatch(Character::isDigit)
        || NUMBER_WORD_SEPARATORS.splitAsStream(normalize(claim)).anyMatch(NUMBER_WORDS::contains);
  }

  private static boolean looksPastTense(String lower) {
    return lower.length() >= 5 && lower.endsWith("ed") && !lower.endsWith("eed") && lower.chars().allMatch(Character::isLetter);
  }

  private static boolean isAdverb(String word) {
    return word.length() > 4 && word.toLowerCase(Locale.ROOT).endsWith("ly") && word.chars().noneMatch(Character::isDigit);
  }

  /** Up to {@code max} leading words: runs of letters, digits, hyphens and apostrophes. */
  private static List<String> leadingWords(String text, int max) {
    List<String> words = new ArrayList<>();
    int i = 0;
    while (words.size() < max && i < text.length()) {
      while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '\'')) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, i));
      }
    }
    return words;
  }

  /** Lowercase, with every run of characters other than letters, digits and hyphens made one space. */
  private static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '-') {
        out.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    return out.toString().strip();
  }

  private static Map<String, String> pastToBase() {
    Map<String, String> map = new HashMap<>();
    for (String base : REGULAR) {
      map.putIfAbsent(past(base), base);
      if (base.endsWith("ize") || base.endsWith("yze")) {
        // The British spelling: optimise, analyse.
        map.putIfAbsent(past(base.substring(0, base.length() - 2) + "se"), base);
      }
    }
    return Map.copyOf(map);
  }

  static String past(String base) {
    if (base.endsWith("e")) {
      return base + "d";
    }
    if (base.endsWith("y") && base.length() > 1 && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0) {
      return base.substring(0, base.length() - 1) + "ied";
    }
    if (DOUBLING.contains(base)) {
      return base + base.charAt(base.length() - 1) + "ed";
    }
    return base + "ed";
  }

  static String participle(String base) {
    if (base.endsWith("ie")) {
      return base.substring(0, base.length() - 2) + "ying";
    }
    if (base.endsWith("e") && !base.endsWith("ee")) {
      return base.substring(0, base.length() - 1) + "ing";
    }
    if (DOUBLING.contains(base)) {
      return base + base.charAt(base.length() - 1) + "ing";
    }
    return base + "ing";
  }
}
