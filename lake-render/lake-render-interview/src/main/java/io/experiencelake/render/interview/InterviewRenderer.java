package io.experiencelake.render.interview;

import io.experiencelake.core.Alternative;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.Current;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Target;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.Figures;
import io.experiencelake.render.Markdown;
import io.experiencelake.render.NamedRenderer;
import io.experiencelake.render.Phrasing;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.Prose;
import io.experiencelake.render.RenderDiagnostics;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.Selection;
import io.experiencelake.render.StatusLabels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders {@code interview.md}: one STAR answer per selected entry, in cluster rank order, each
 * followed by the follow-up questions an interviewer is likely to ask.
 *
 * <p>The four parts come from the entry, in the owner's words joined into sentences
 * ({@link Phrasing}): the Situation from its constraint and the challenge of each story it draws
 * on; the Task from what its claim set out to do ({@link Phrasing#goal}: {@code I set out to gate
 * each run phase …}); the Action from the decision, why each alternative lost ({@code Longer
 * timers? They only hide the crash.}) and what the choice cost; the Result from the claim, the figures its report stats give beyond it, and its status
 * ({@link StatusLabels}). No evidence paths, pointers or digests: the portfolio carries those.
 * Each alternative considered becomes a follow-up {@code Why not x?}, sentence-cased, answered
 * with its why-not. An answer (the four STAR parts) over {@value #WORDS} words, about two minutes
 * spoken, gets a {@code LAKE-R003} warning ({@link RenderDiagnostics#TOO_LONG}); nothing is cut.
 * TARGET entries appear only when {@link RenderOptions#includeTargets()} is set, and then only under
 * the heading "Next", as plans not done yet.
 *
 * <pre>{@code
 * RenderRun run = Rendering.run(lake, RenderOptions.today(LocalDate.of(2026, 11, 27)), "interview");
 * String answers = run.artifact("interview.md").text();
 * }</pre>
 */
public final class InterviewRenderer extends NamedRenderer {

  /** The renderer's name. */
  public static final String NAME = "interview";

  /** The answers' path in the output folder. */
  public static final String PATH = "interview.md";

  /** Words that open a noun phrase, after which a decision reads as what was chosen. */
  private static final Set<String> DETERMINERS = Set.of(
      "a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
      "sixteen", "twenty", "each", "every", "no", "some", "all", "both", "per", "our", "my", "their", "its", "this", "that");

  /** The most words an answer should run to: about two minutes spoken at 150 words a minute. */
  public static final int WORDS = 300;

  /** Makes the renderer; {@link java.util.ServiceLoader} calls this. */
  public InterviewRenderer() {
    super(NAME);
  }

  /** One answer: its four parts in plain text, ready to escape. */
  record Answer(String situation, String task, String action, String result) {

    /** The words of the four parts: the runs of characters other than a regular expression's {@code \s}. */
    int words() {
      return words(situation) + words(task) + words(action) + words(result);
    }

    private static int words(String text) {
      int words = 0;
      boolean inWord = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        if (!space && !inWord) {
          words++;
        }
        inWord = !space;
      }
      return words;
    }
  }

  @Override
  public Rendition render(Lake lake, RenderOptions options) {
    Selection selection = Selection.of(lake, options);
    // Each cluster by id (the first, where an id repeats), so no entry scans every cluster.
    Map<String, Cluster> clusters = new HashMap<>();
    for (Cluster cluster : lake.clusters()) {
      clusters.putIfAbsent(cluster.id(), cluster);
    }
    Function<LakeEntry, Optional<Cluster>> clusterOf = e -> Optional.ofNullable(clusters.get(e.cluster()));
    List<LakeEntry> ordered = new ArrayList<>(selection.entries());
    ordered.sort(Comparator.comparingInt((LakeEntry e) -> clusterOf.apply(e).map(Cluster::rank).orElse(Integer.MAX_VALUE)));
    Pointers pointers = new Pointers(lake);
    Phrasing phrasing = Phrasing.of(lake);
    List<Diagnostic> warnings = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    out.append("# Interview answers: ").append(Markdown.escape(lake.owner().name())).append("\n\n");
    out.append("One STAR answer per piece of work (Situation, Task, Action, Result), then the follow-ups an interviewer is likely to ask. "
        + "Each answer should take about two minutes to say (" + WORDS + " words); the evidence behind each is on the portfolio.\n");
    List<LakeEntry> done = ordered.stream().filter(e -> e.status().kind() != StatusKind.TARGET).collect(Collectors.toList());
    List<LakeEntry> targets = ordered.stream().filter(e -> e.status().kind() == StatusKind.TARGET).collect(Collectors.toList());
    if (!done.isEmpty()) {
      out.append("\n## Answers\n");
      for (LakeEntry entry : done) {
        write(lake, entry, clusterOf.apply(entry), phrasing, pointers, out, warnings);
      }
    }
    if (!targets.isEmpty()) {
      out.append("\n## Next\n\nPlans, not done yet: answer these as what you intend and why.\n");
      for (LakeEntry entry : targets) {
        write(lake, entry, clusterOf.apply(entry), phrasing, pointers, out, warnings);
      }
    }
    return Rendition.of(List.of(Artifact.utf8(PATH, "text/markdown; charset=utf-8", out.toString())), warnings, selection.ids());
  }

  /** The STAR answer for {@code entry}. */
  static Answer answer(Lake lake, LakeEntry entry) {
    return answer(lake, entry, Phrasing.of(lake));
  }

  /** The STAR answer for {@code entry}, in the words of {@code phrasing}. */
  private static Answer answer(Lake lake, LakeEntry entry, Phrasing phrasing) {
    List<String> situation = new ArrayList<>();
    situation.add(phrasing.sentence(entry.constraint()));
    for (StoryId id : entry.stories()) {
      lake.storyBank().find(id).flatMap(Story::challenge).map(phrasing::sentence)
          .filter(challenge -> !situation.contains(challenge)).ifPresent(situation::add);
    }

    boolean plan = entry.status() instanceof Target;
    String task = Prose.sentence(phrasing.goal(entry.claim())
        .map(goal -> (plan ? "I plan to " : "I set out to ") + goal)
        .orElseGet(() -> "The goal: " + phrasing.lowerFirst(entry.claim())));

    StringBuilder action = new StringBuilder();
    String choice = phrasing.lowerFirst(entry.decision().choice());
    action.append(plan ? "The plan: " + choice : opensWithDeterminer(choice) ? "I chose " + choice : "My decision: " + choice);
    stop(action);
    for (Alternative alternative : entry.decision().alternatives()) {
      // As people say it: "Longer timers? They only hide the crash." It reads for an option named and one phrased as a verb alike.
      action.append(' ').append(phrasing.upperFirst(alternative.option())).append("? ").append(phrasing.sentence(alternative.whyNot()));
    }
    action.append(" The trade-off: ").append(phrasing.lowerFirst(entry.decision().consequence()));
    stop(action);

    StringBuilder result = new StringBuilder();
    if (entry.status().kind() == StatusKind.ACHIEVED) {
      result.append(phrasing.sentence(phrasing.firstPerson(entry.claim())));
    }
    if (!plan) {
      for (EvidenceAnchor anchor : entry.evidence()) {
        if (anchor instanceof ReportStat stat && Figures.mentions(said(entry), stat.value()) == 0) {
          result.append(' ').append(phrasing.sentence(Figures.describe(stat)));
        }
      }
    }
    if (result.length() > 0) {
      result.append(' ');
    }
    result.append(plan ? "Not done yet (" + StatusLabels.brief(entry.status()) + ")." : phrasing.sentence(StatusLabels.of(entry.status(), phrasing)));
    return new Answer(String.join(" ", situation), task, action.toString(), result.toString());
  }

  /** What the entry's own words say: its claim, and its progress when in progress. */
  private static String said(LakeEntry entry) {
    String said = PlainText.oneLine(entry.claim());
    return entry.status() instanceof Current current ? said + " " + PlainText.oneLine(current.progress()) : said;
  }

  /** Whether {@code phrase} opens with an article, a determiner or a number word, so it reads after "I chose". */
  private static boolean opensWithDeterminer(String phrase) {
    String first = phrase.split(" ", 2)[0].toLowerCase(Locale.ROOT);
    return DETERMINERS.contains(first) || (!first.isEmpty() && Character.isDigit(first.charAt(0)));
  }

  private static void stop(StringBuilder text) {
    if (text.length() > 0 && ".!?".indexOf(text.charAt(text.length() - 1)) < 0) {
      text.append('.');
    }
  }

  private static void write(Lake lake, LakeEntry entry, Optional<Cluster> cluster, Phrasing phrasing, Pointers pointers, StringBuilder out,
      List<Diagnostic> warnings) {
    Answer answer = answer(lake, entry, phrasing);
    int words = answer.words();
    out.append("\n### ").append(Markdown.escape(entry.claim())).append("\n\n");
    List<String> meta = new ArrayList<>();
    cluster.ifPresent(c -> meta.add(Markdown.escape(c.title())));
    meta.add(StatusLabels.brief(entry.status()));
    meta.add(words + " words, about " + minutes(words));
    out.append('*').append(String.join(" · ", meta)).append("*\n\n");
    out.append("**Situation.** ").append(answer.situation().isEmpty() ? "—" : Markdown.escape(answer.situation())).append("\n\n");
    out.append("**Task.** ").append(Markdown.escape(answer.task())).append("\n\n");
    out.append("**Action.** ").append(Markdown.escape(answer.action())).append("\n\n");
    out.append("**Result.** ").append(Markdown.escape(answer.result())).append('\n');
    List<Alternative> alternatives = entry.decision().alternatives();
    if (!alternatives.isEmpty()) {
      out.append("\nLikely follow-ups:\n\n");
      for (Alternative alternative : alternatives) {
        out.append("- **Why not ").append(Markdown.escape(phrasing.lowerFirst(alternative.option()))).append("?** ")
            .append(Markdown.escape(phrasing.sentence(alternative.whyNot()))).append('\n');
      }
    }
    if (words > WORDS) {
      warnings.add(RenderDiagnostics.warning(RenderDiagnostics.TOO_LONG, pointers.of(entry),
          "the interview answer for entry '" + entry.id() + "' runs to " + words + " words, over about two minutes spoken (" + WORDS + " words)",
          "shorten the stories' challenges, the constraint or the decision, or tell it as two answers"));
    }
  }

  /** Speaking time at 150 words a minute, to the half minute: {@code half a minute}, {@code 1 minute}, {@code 2.5 minutes}. */
  private static String minutes(int words) {
    int halves = Math.max(1, Math.round(words / 75f));
    if (halves == 1) {
      return "half a minute";
    }
    String number = halves % 2 == 0 ? Integer.toString(halves / 2) : (halves / 2) + ".5";
    return number + (halves == 2 ? " minute" : " minutes");
  }

  /**
   * The JSON Pointer of an entry, {@code /entries/N} with N as {@code List.indexOf} gives it; the
   * index of the lake's entries is built on the first warning only, so a render without one never
   * hashes an entry.
   */
  private static final class Pointers {
    private final Lake lake;
    private Map<LakeEntry, Integer> index;

    Pointers(Lake lake) {
      this.lake = lake;
    }

    String of(LakeEntry entry) {
      if (index == null) {
        index = new HashMap<>();
        for (int i = 0; i < lake.entries().size(); i++) {
          index.putIfAbsent(lake.entries().get(i), i);
        }
      }
      return "/entries/" + index.getOrDefault(entry, -1);
    }
  }

}
