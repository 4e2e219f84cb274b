package io.experiencelake.tailor;

import io.experiencelake.core.Alternative;
import io.experiencelake.core.Capability;
import io.experiencelake.core.ImmutableCapability;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StatusKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Ranks a lake's entries against a job and keeps the best, each with an explanation.
 *
 * <p>Each entry is one document made of its claim, constraint, decision (choice, alternatives and
 * why not, consequence), keywords and the titles of its capabilities; the job's texts are the
 * query. Both go through the same Lucene analysis (see {@code TermAnalysis}: stop words, Porter
 * stemming, words and adjacent word pairs), and entries are scored with BM25 (k1 = 1.2, b = 0.75;
 * see {@code Bm25}) over the entries being ranked. The highest scores win; equal scores go to the
 * smaller entry id, so the same lake and job always give the same choice. An entry that matches
 * no term of the job is never chosen.
 *
 * <pre>{@code
 * Tailoring tailoring = Tailor.of(lake).tailor(JobAds.read(Path.of("job.json")), TailorOptions.top(5));
 * Files.writeString(Path.of("tailoring.md"), TailoringMarkdown.render(tailoring));
 * }</pre>
 */
public final class Tailor {

  private final List<LakeEntry> entries;
  /** Term counts of each entry's document, in the lake's order. */
  private final List<Map<String, Integer>> documents = new ArrayList<>();
  /** Each entry's capabilities with the terms of their title and id. */
  private final List<Map<Capability, Set<String>>> capabilityTerms = new ArrayList<>();

  private Tailor(Lake lake) {
    this.entries = lake.entries();
    Map<String, Capability> capabilities = new HashMap<>();
    lake.capabilities().forEach(c -> capabilities.putIfAbsent(c.id(), c));
    Map<String, Set<String>> termsOfCapability = new HashMap<>();
    for (LakeEntry entry : entries) {
      Map<String, Integer> counts = new TreeMap<>();
      for (String text : texts(entry, capabilities)) {
        for (Term term : TermAnalysis.terms(text)) {
          counts.merge(term.key(), 1, Integer::sum);
        }
      }
      documents.add(counts);
      Map<Capability, Set<String>> own = new LinkedHashMap<>();
      for (String id : entry.capabilities()) {
        Capability capability = capabilities.computeIfAbsent(id, k -> ImmutableCapability.builder().id(k).title(k).build());
        own.put(capability, termsOfCapability.computeIfAbsent(id, k -> capabilityKeys(capability)));
      }
      capabilityTerms.add(own);
    }
  }

  /** A tailor for {@code lake}: its entries are analyzed once, here. */
  public static Tailor of(Lake lake) {
    return new Tailor(lake);
  }

  /** The best entries for {@code job} with the default options: at most 5, TARGET entries left out. */
  public Tailoring tailor(JobAd job) {
    return tailor(job, ImmutableTailorOptions.builder().build());
  }

  /** The best entries for {@code job}, as many as {@code options} allows, best first. */
  public Tailoring tailor(JobAd job, TailorOptions options) {
    Map<String, String> query = new LinkedHashMap<>();
    for (String text : job.texts()) {
      for (Term term : TermAnalysis.terms(text)) {
        query.putIfAbsent(term.key(), term.surface());
      }
    }
    List<Integer> candidates = new ArrayList<>();
    List<Map<String, Integer>> collection = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (options.includeTargets() || entries.get(i).status().kind() != StatusKind.TARGET) {
        candidates.add(i);
        collection.add(documents.get(i));
      }
    }
    Bm25 bm25 = new Bm25(collection);
    List<Scored> scored = new ArrayList<>();
    for (int d = 0; d < candidates.size(); d++) {
      scored.add(score(bm25, d, candidates.get(d), query));
    }
    scored.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparing(s -> entries.get(s.entry()).id()));

    ImmutableTailoring.BuildFinal tailoring = ImmutableTailoring.builder().ranked(candidates.size())
        .includesTargets(options.includeTargets());
    job.title().ifPresent(tailoring::jobTitle);
    tailoring.addAllJobTerms(query.values().stream().distinct().toList());
    int rank = 0;
    for (Scored s : scored) {
      if (rank == options.top() || s.score() <= 0) {
        break;
      }
      LakeEntry entry = entries.get(s.entry());
      List<Capability> matchedCapabilities = new ArrayList<>();
      capabilityTerms.get(s.entry()).forEach((capability, keys) -> {
        if (keys.stream().anyMatch(query::containsKey)) {
          matchedCapabilities.add(capability);
        }
      });
      tailoring.addEntries(ImmutableTailoredEntry.builder()
          .rank(++rank)
          .entryId(entry.id())
          .claim(entry.claim())
          .status(entry.status())
          .score(s.score())
          .addAllMatchedTerms(s.matched().stream().map(query::get).distinct().toList())
          .addAllMatchedCapabilities(matchedCapabilities)
          .build());
    }
    return tailoring.build();
  }

  /** An entry's score and the query keys it matched, most contributing first. */
  private record Scored(int entry, double score, List<String> matched) {}

  private static Scored score(Bm25 bm25, int document, int entry, Map<String, String> query) {
    // Summed in key order, so the same terms always add up to the same double.
    Map<String, Double> contributions = new TreeMap<>();
    for (String key : query.keySet()) {
      double c = bm25.contribution(key, document);
      if (c > 0) {
        contributions.put(key, c);
      }
    }
    double score = 0;
    for (double c : contributions.values()) {
      score += c;
    }
    List<String> matched = new ArrayList<>(contributions.keySet());
    matched.sort(Comparator.comparingDouble((String k) -> -contributions.get(k)).thenComparing(k -> k));
    return new Scored(entry, score, matched);
  }

  /** The texts of an entry's document, each analyzed on its own. */
  private static List<String> texts(LakeEntry entry, Map<String, Capability> capabilities) {
    List<String> texts = new ArrayList<>();
    texts.add(entry.claim());
    texts.add(entry.constraint());
    texts.add(entry.decision().choice());
    for (Alternative alternative : entry.decision().alternatives()) {
      texts.add(alternative.option());
      texts.add(alternative.whyNot());
    }
    texts.add(entry.decision().consequence());
    texts.addAll(entry.keywords());
    for (String id : entry.capabilities()) {
      Capability capability = capabilities.get(id);
      texts.add(capability == null ? id.replace('-', ' ') : capability.title());
    }
    return texts;
  }

  private static Set<String> capabilityKeys(Capability capability) {
    Set<String> keys = new HashSet<>();
    for (Term term : TermAnalysis.terms(capability.title())) {
      keys.add(term.key());
    }
    for (Term term : TermAnalysis.terms(capability.id().replace('-', ' '))) {
      keys.add(term.key());
    }
    return keys;
  }
}
