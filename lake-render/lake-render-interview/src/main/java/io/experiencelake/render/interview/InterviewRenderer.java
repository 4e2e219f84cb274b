package io.experiencelake.render.interview;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Alternative;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.Current;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Target;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ImmutableRendition;
import io.experiencelake.render.Markdown;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.Prose;
import io.experiencelake.render.RenderDiagnostics;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Renderer;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.Selection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders {@code interview.md}: one STAR answer per selected entry, in cluster rank order, each
 * followed by the follow-up questions an interviewer is likely to ask.
 *
 * <p>Situation comes from the entry's cluster (why it is heavy) and the stories the entry draws on
 * (title and challenge); Task from the entry's constraint; Action from the decision (the choice and
 * what it cost); Result from the claim, its status and its evidence. Each alternative considered
 * becomes a follow-up "Why not X?" answered with its why-not. An answer (the four STAR parts) over
 * {@value #WORDS} words, about two minutes spoken, gets a {@code LAKE-R003} warning
 * ({@link RenderDiagnostics#TOO_LONG}); nothing is cut. An ACHIEVED result reads as done with its
 * date; a CURRENT one is labelled {@code In progress (as of YYYY-MM-DD: progress)}; TARGET entries
 * appear only when {@link RenderOptions#includeTargets()} is set, and then only under the heading
 * "Next", as not done yet.
 *
 * <pre>{@code
 * RenderRun run = Rendering.run(lake, RenderOptions.today(LocalDate.of(2026, 11, 27)), "interview");
 * String answers = run.artifact("interview.md").text();
 * }</pre>
 */
public final class InterviewRenderer implements Renderer {

  /** The renderer's name. */
  public static final String NAME = "interview";

  /** The answers' path in the output folder. */
  public static final String PATH = "interview.md";

  /** The most words an answer should run to: about two minutes spoken at 150 words a minute. */
  public static final int WORDS = 300;

  /** Makes the renderer; {@link java.util.ServiceLoader} calls this. */
  public InterviewRenderer() {}

  @Override
  public String name() {
    return NAME;
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
    List<Diagnostic> warnings = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    out.append("# Interview answers: ").append(Markdown.escape(lake.owner().name())).append("\n\n");
    out.append("One STAR answer per piece of work (Situation, Task, Action, Result), then the follow-ups an interviewer is likely to ask. "
        + "Each answer should take about two minutes to say (" + WORDS + " words).\n");
    List<LakeEntry> done = ordered.stream().filter(e -> e.status().kind() != StatusKind.TARGET).collect(Collectors.toList());
    List<LakeEntry> targets = ordered.stream().filter(e -> e.status().kind() == StatusKind.TARGET).collect(Collectors.toList());
    if (!done.isEmpty()) {
      out.append("\n## Answers\n");
      for (LakeEntry entry : done) {
        write(lake, entry, clusterOf.apply(entry), pointers, out, warnings);
      }
    }
    if (!targets.isEmpty()) {
      out.append("\n## Next\n\nPlans, not done yet: answer these as what you intend and why.\n");
      for (LakeEntry entry : targets) {
        write(lake, entry, clusterOf.apply(entry), pointers, out, warnings);
      }
    }
    return ImmutableRendition.builder()
        .addArtifacts(Artifact.utf8(PATH, "text/markdown; charset=utf-8", out.toString()))
        .addAllWarnings(warnings)
        .addAllEntriesUsed(selection.ids())
        .build();
  }

  /** The STAR answer for {@code entry}. */
  static Answer answer(Lake lake, LakeEntry entry) {
    return answer(lake, entry, cluster(lake, entry));
  }

  /** The STAR answer for {@code entry}, whose cluster is {@code cluster}. */
  private static Answer answer(Lake lake, LakeEntry entry, Optional<Cluster> cluster) {
    List<String> situation = new ArrayList<>();
    cluster.ifPresent(c -> situation.add(Prose.sentence(c.why())));
    for (StoryId id : entry.stories()) {
      lake.storyBank().find(id).ifPresent(story -> situation.add(story(story)));
    }
    String task = Prose.sentence(entry.constraint());
    String action = (entry.status() instanceof Target ? "The plan: " : "I chose: ") + Prose.sentence(entry.decision().choice()) + " The cost: " + Prose.sentence(entry.decision().consequence());
    List<String> evidence = Prose.evidence(entry);
    String claim = Prose.sentence(entry.claim());
    String result;
    if (entry.status() instanceof Achieved achieved) {
      result = claim + " Done on " + achieved.on() + ".";
      if (!evidence.isEmpty()) {
        result += " Evidence: " + String.join("; ", evidence) + ".";
      }
    } else if (entry.status() instanceof Current current) {
      result = "In progress (as of " + current.asOf() + ": " + PlainText.oneLine(current.progress()) + "): " + claim;
      if (!evidence.isEmpty()) {
        result += " Evidence so far: " + String.join("; ", evidence) + ".";
      }
    } else {
      Target target = (Target) entry.status();
      result = "Not done yet" + target.by().map(by -> ", planned by " + by).orElse("") + ": " + claim;
    }
    return new Answer(String.join(" ", situation), task, action, result);
  }

  private static String story(Story story) {
    String title = PlainText.oneLine(story.title());
    return story.challenge().map(c -> title + ": " + Prose.sentence(c)).orElse(Prose.sentence(title));
  }

  private static void write(Lake lake, LakeEntry entry, Optional<Cluster> cluster, Pointers pointers, StringBuilder out,
      List<Diagnostic> warnings) {
    Answer answer = answer(lake, entry, cluster);
    int words = answer.words();
    out.append("\n### ").append(Markdown.escape(entry.claim())).append("\n\n");
    List<String> meta = new ArrayList<>();
    cluster.ifPresent(c -> meta.add(Markdown.escape(c.title())));
    meta.add(status(entry));
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
        out.append("- **Why not ").append(Markdown.escape(alternative.option())).append("?** ")
            .append(Markdown.escape(Prose.sentence(alternative.whyNot()))).append('\n');
      }
    }
    if (words > WORDS) {
      warnings.add(RenderDiagnostics.warning(RenderDiagnostics.TOO_LONG, pointers.of(entry),
          "the interview answer for entry '" + entry.id() + "' runs to " + words + " words, over about two minutes spoken (" + WORDS + " words)",
          "shorten the stories' challenges, the constraint or the decision, or tell it as two answers"));
    }
  }

  private static String status(LakeEntry entry) {
    if (entry.status() instanceof Achieved achieved) {
      return "achieved " + achieved.on();
    }
    if (entry.status() instanceof Current current) {
      return "in progress, as of " + current.asOf();
    }
    return ((Target) entry.status()).by().map(by -> "target, by " + by).orElse("target");
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

  private static Optional<Cluster> cluster(Lake lake, LakeEntry entry) {
    return lake.clusters().stream().filter(c -> c.id().equals(entry.cluster())).findFirst();
  }
}
