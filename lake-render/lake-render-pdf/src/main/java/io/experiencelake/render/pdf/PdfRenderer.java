package io.experiencelake.render.pdf;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ImmutableRendition;
import io.experiencelake.render.RenderDiagnostics;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Renderer;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.html.DocumentViews;
import io.experiencelake.render.html.Templates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typesets the CV and the cover letter to PDF: {@code cv.pdf} and {@code cover-letter.pdf}.
 *
 * <p>Both come from the jte templates of {@code lake-render-html} and its {@code document.css},
 * set in Liberation Sans (embedded and subset, from the {@code openpdf-fonts-extra} artifact, never
 * the system's fonts) on A4 or US Letter ({@link RenderOptions#paper()}), tagged for accessibility
 * (PDF/UA), with the title, author and subject set. The same lake and options give the same bytes,
 * whatever the default locale, time zone or machine: the dates are the injected "today" and the
 * document ID is derived from the content. Rendering reads nothing from the network or the file
 * system: the only resources a document loads are its stylesheets, from the class path.
 *
 * <p>The CV fits the page limit ({@value #PAGE_LIMIT} pages): after layout its pages are counted,
 * and while it runs over, it is set again with one bullet fewer per engagement; each entry left
 * out that way is reported ({@code LAKE-R001}). The letter is one page; a letter that runs over
 * is reported ({@code LAKE-R003}).
 *
 * <p>{@code cv.pdf} carries its provenance in its XMP metadata, in the namespace
 * {@code https://experiencelake.io/ns/provenance/1.0/} (prefix {@code lake}): {@code lake:lakeHash},
 * the lake's content hash, and {@code lake:entries}, an ordered list of {@code "id sha256:…"}, one
 * per entry the CV shows, so a PDF found later can be matched to the exact claims it made.
 *
 * <pre>{@code
 * RenderRun run = Rendering.run(lake, RenderOptions.today(LocalDate.of(2026, 11, 27)), "pdf");
 * byte[] cv = run.artifact("cv.pdf").bytes();
 * }</pre>
 */
public final class PdfRenderer implements Renderer {

  /** The renderer's name. */
  public static final String NAME = "pdf";

  /** The CV's path in the output folder. */
  public static final String CV = "cv.pdf";

  /** The cover letter's path in the output folder. */
  public static final String LETTER = "cover-letter.pdf";

  /** The most pages the CV may take. */
  public static final int PAGE_LIMIT = 2;

  /** The most bullets under one engagement. */
  public static final int BULLETS = 5;

  private static final String MEDIA_TYPE = "application/pdf";

  /** Makes the renderer; {@link java.util.ServiceLoader} calls this. */
  public PdfRenderer() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Rendition render(Lake lake, RenderOptions options) {
    List<Diagnostic> warnings = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < lake.entries().size(); i++) {
      index.putIfAbsent(lake.entries().get(i).id(), i);
    }
    Map<String, LakeEntry> byId = new HashMap<>();
    lake.entries().forEach(e -> byId.putIfAbsent(e.id(), e));
    String lakeHash = LakeHashes.of(lake).toString();

    int budget = BULLETS;
    DocumentViews.Cv cv = DocumentViews.cv(lake, options, budget);
    Typesetter.Typeset cvPdf = typesetCv(cv, options, lakeHash, byId);
    List<String> leftByBudget = cv.leftOut();
    while (cvPdf.pages() > PAGE_LIMIT && budget > 1) {
      budget--;
      cv = DocumentViews.cv(lake, options, budget);
      cvPdf = typesetCv(cv, options, lakeHash, byId);
    }
    for (String id : cv.leftOut()) {
      boolean byPages = !leftByBudget.contains(id);
      warnings.add(RenderDiagnostics.warning(RenderDiagnostics.OVER_BUDGET, "/entries/" + index.get(id),
          "entry '" + id + "' was left out of cv.pdf to keep to " + (byPages ? PAGE_LIMIT + " pages (" + budget + " bullets per engagement)"
              : BULLETS + " bullets per engagement"),
          byPages ? "shorten the claims, or narrow the selection with a role or a job ad"
              : "narrow the selection, or pick the entries to show"));
    }
    if (cvPdf.pages() > PAGE_LIMIT) {
      warnings.add(RenderDiagnostics.warning(RenderDiagnostics.TOO_LONG, "/entries",
          "cv.pdf runs to " + cvPdf.pages() + " pages, over the limit of " + PAGE_LIMIT + ", even with one bullet per engagement",
          "shorten the claims and engagement summaries, or narrow the selection"));
    }

    DocumentViews.Letter letter = DocumentViews.letter(lake, options);
    Typesetter.Typeset letterPdf = Typesetter.typeset(Templates.letter(letter.view()), options.paper(), options.today(),
        Optional.of(provenance(lakeHash, letter.told(), byId)));
    if (letterPdf.pages() != 1) {
      warnings.add(RenderDiagnostics.warning(RenderDiagnostics.TOO_LONG, "/owner",
          "cover-letter.pdf runs to " + letterPdf.pages() + " pages; a cover letter should be one",
          "shorten the letter's opening and closing paragraphs"));
    }
    Set<String> used = new LinkedHashSet<>(cv.shown());
    used.addAll(letter.told());
    return ImmutableRendition.builder()
        .addArtifacts(Artifact.of(CV, MEDIA_TYPE, cvPdf.pdf()))
        .addArtifacts(Artifact.of(LETTER, MEDIA_TYPE, letterPdf.pdf()))
        .addAllWarnings(warnings)
        .addAllEntriesUsed(inLakeOrder(lake, used))
        .build();
  }

  private static Typesetter.Typeset typesetCv(DocumentViews.Cv cv, RenderOptions options, String lakeHash, Map<String, LakeEntry> byId) {
    return Typesetter.typeset(Templates.cv(cv.view()), options.paper(), options.today(), Optional.of(provenance(lakeHash, cv.shown(), byId)));
  }

  private static Provenance provenance(String lakeHash, List<String> ids, Map<String, LakeEntry> byId) {
    Map<String, String> entries = new LinkedHashMap<>();
    for (String id : ids) {
      entries.put(id, LakeHashes.of(byId.get(id)).toString());
    }
    return new Provenance(lakeHash, entries);
  }

  private static List<String> inLakeOrder(Lake lake, Set<String> ids) {
    Set<String> seen = new LinkedHashSet<>();
    for (LakeEntry entry : lake.entries()) {
      if (ids.contains(entry.id())) {
        seen.add(entry.id());
      }
    }
    return new ArrayList<>(seen);
  }
}
