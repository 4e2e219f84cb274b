package io.experiencelake.applications;

import io.experiencelake.core.Rule;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.Severity;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.hash.ContentHash;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.core.verify.EntryVerification;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Renderer;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendition;
import io.experiencelake.tailor.TailoredRendering;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What one application sends, rendered in memory: the lake tailored to the job, the documents
 * ({@code cv}, {@code cover-letter}, and {@code pdf} and {@code docx} when those renderers are on
 * the class path), {@code interview.md} for exactly the entries the documents used,
 * {@code tailoring.md}, the job ad's copy, and the manifest listing them all.
 */
final class Sending {

  /** The renderers of the documents an application sends, when found. */
  static final List<String> DOCUMENTS = List.of("cv", "cover-letter", "pdf", "docx");

  /** The documents every application needs. */
  private static final List<String> REQUIRED = List.of("cv", "cover-letter");

  /** The renderer of the STAR answers. */
  static final String INTERVIEW = "interview";

  /** The manifest's name for the renderer of the job ad's copy. */
  static final String JOB = "job";

  /** The render, the entries sent, and the warnings (the render's, and each entry refused for its evidence). */
  record Prepared(RenderRun run, List<SentEntry> sent, List<Diagnostic> warnings) {}

  private Sending() {}

  /**
   * Renders what the application sends.
   *
   * @throws LakeException when the lake has errors, no entry matches the job, or (with evidence) no entry's evidence verified
   */
  static Prepared prepare(Lake lake, JobFile job, ApplyOptions options) {
    RenderOptions base = ImmutableRenderOptions.copyOf(RenderOptions.today(options.today())).withContact(options.contact());
    List<Diagnostic> warnings = new ArrayList<>();
    if (options.evidence().isPresent()) {
      VerificationReport report = Verifier.of(options.evidence().get()).verify(lake);
      base = ImmutableRenderOptions.copyOf(base).withVerification(report);
      Set<String> refused = new HashSet<>();
      for (EntryVerification entry : report.indefensible()) {
        refused.add(entry.entryId());
        warnings.add(Diagnostic.of(Rule.ENTRY_NOT_SENT, entry.pointer(), "entry '" + entry.entryId() + "' was not sent, because its evidence did not verify: "
            + String.join("; ", entry.problems()), "fix the evidence or the anchor (lake verify shows every anchor), then apply again"));
      }
      List<String> defensible = lake.entries().stream().map(LakeEntry::id).filter(id -> !refused.contains(id)).collect(Collectors.toList());
      if (defensible.isEmpty()) {
        throw new LakeException(List.of(ImmutableDiagnostic.copyOf(Diagnostic.of(Rule.ENTRY_NOT_SENT, Severity.ERROR, "/entries", "no entry's evidence verified, so there is nothing to send",
            "check the evidence folder (lake verify shows every anchor)"))));
      }
      if (!refused.isEmpty()) {
        base = ImmutableRenderOptions.copyOf(base).withEntries(defensible);
      }
    }
    Map<String, Renderer> found = new HashMap<>();
    Renderers.all().forEach(r -> found.put(r.name(), r));
    for (String name : concat(REQUIRED, List.of(INTERVIEW))) {
      if (!found.containsKey(name)) {
        throw new IllegalStateException("the renderer '" + name + "' is not on the class path; lake-applications depends on it");
      }
    }
    List<Memo> documents = DOCUMENTS.stream().filter(found::containsKey).map(name -> new Memo(found.get(name))).collect(Collectors.toList());
    List<Renderer> renderers = new ArrayList<>(documents);
    renderers.add(new SentOnly(found.get(INTERVIEW), documents));
    renderers.add(jobCopy(job));
    RenderRun run = TailoredRendering.run(lake, job.ad(), options.top(), base, renderers);
    warnings.addAll(run.warnings());
    return new Prepared(run, sent(lake, documents), warnings);
  }

  /** The entries the documents used, in lake order, each with the documents it appeared in. */
  private static List<SentEntry> sent(Lake lake, List<Memo> documents) {
    List<SentEntry> sent = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (LakeEntry entry : lake.entries()) {
      TreeSet<String> in = new TreeSet<>();
      for (Memo document : documents) {
        if (document.used().contains(entry.id())) {
          in.add(document.name());
        }
      }
      if (!in.isEmpty() && seen.add(entry.id())) {
        sent.add(ImmutableSentEntry.builder()
            .id(entry.id())
            .hash(LakeHashes.of(entry))
            .claim(entry.claim())
            .status(entry.status())
            .evidence(evidenceHash(entry))
            .addAllDocuments(in)
            .build());
      }
    }
    return sent;
  }

  /** The SHA-256 of the canonical JSON of the entry's evidence anchors (an empty array when it has none). */
  static ContentHash evidenceHash(LakeEntry entry) {
    JsonNode evidence = RecordJson.MAPPER.readTree(LakeHashes.canonicalJson(entry)).get("evidence");
    return LakeHashes.of(evidence == null ? JsonNodeFactory.instance.arrayNode() : evidence);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** A document renderer that renders once per lake and options, and remembers which entries it used. */
  private static final class Memo implements Renderer {
    private final Renderer renderer;
    private Lake lake;
    private RenderOptions options;
    private Rendition rendition;

    Memo(Renderer renderer) {
      this.renderer = renderer;
    }

    @Override
    public String name() {
      return renderer.name();
    }

    @Override
    public synchronized Rendition render(Lake lake, RenderOptions options) {
      if (rendition == null || lake != this.lake || !options.equals(this.options)) {
        rendition = renderer.render(lake, options);
        this.lake = lake;
        this.options = options;
      }
      return rendition;
    }

    synchronized List<String> used() {
      return rendition == null ? List.of() : rendition.entriesUsed();
    }
  }

  /** The interview renderer, given only the entries the documents used: the answers to prepare are for exactly what was sent. */
  private static final class SentOnly implements Renderer {
    private final Renderer interview;
    private final List<Memo> documents;

    SentOnly(Renderer interview, List<Memo> documents) {
      this.interview = interview;
      this.documents = documents;
    }

    @Override
    public String name() {
      return interview.name();
    }

    @Override
    public Rendition render(Lake lake, RenderOptions options) {
      Set<String> used = new LinkedHashSet<>();
      for (Memo document : documents) {
        used.addAll(document.render(lake, options).entriesUsed());
      }
      List<String> sent = options.entries().stream().filter(used::contains).distinct().collect(Collectors.toList());
      if (sent.isEmpty()) {
        throw new IllegalStateException("the documents used none of the entries chosen for the job");
      }
      return interview.render(lake, ImmutableRenderOptions.copyOf(options).withEntries(sent));
    }
  }

  /** The renderer that adds the job ad, byte for byte, to the folder (and so to the manifest). */
  private static Renderer jobCopy(JobFile job) {
    String mediaType = job.copyName().equals(JobFile.JSON_COPY) ? "application/json" : "text/plain; charset=utf-8";
    List<Artifact> copy = List.of(Artifact.of(job.copyName(), mediaType, job.bytes()));
    return Renderer.of(JOB, (lake, options) -> Rendition.of(copy, List.of(), List.of()));
  }
}
