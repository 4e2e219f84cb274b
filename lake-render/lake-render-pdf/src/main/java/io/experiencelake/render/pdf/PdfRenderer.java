package io.experiencelake.render.pdf;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.hash.ContentHash;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.NamedRenderer;
import io.experiencelake.render.RenderDiagnostics;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.coverletter.CoverLetterDocument;
import io.experiencelake.render.cv.CvDocument;
import io.experiencelake.render.html.Templates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
 * <p>What the documents say is {@link CvDocument}'s and {@link CoverLetterDocument}'s, the same as
 * {@code cv.md}'s and {@code cover-letter.md}'s; this renderer sets it. The CV fits the page limit
 * ({@link RenderOptions#pages()}, 2 by default): after layout its pages are counted, and while it
 * runs over, it is set again with one bullet fewer per engagement ({@link CvDocument#fit}); the
 * entries left out are reported ({@code LAKE-R001}). The letter is one page; a letter that runs
 * over is reported ({@code LAKE-R003}).
 *
 * <p>PDFBox has one font mapper per JVM, which it asks for the font program of any font a PDF
 * does not embed; its default scans the system's fonts and caches them in the home folder. On
 * first use, while that default is still in place, this renderer replaces it with one that
 * answers from the Liberation faces on the class path (see {@code LiberationFontMapper}); an
 * application that set its own mapper first keeps it.
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
public final class PdfRenderer extends NamedRenderer {

  /** The renderer's name. */
  public static final String NAME = "pdf";

  /** The CV's path in the output folder. */
  public static final String CV = "cv.pdf";

  /** The cover letter's path in the output folder. */
  public static final String LETTER = "cover-letter.pdf";

  private static final String MEDIA_TYPE = "application/pdf";

  /** Makes the renderer; {@link java.util.ServiceLoader} calls this. */
  public PdfRenderer() {
    super(NAME);
  }

  @Override
  public Rendition render(Lake lake, RenderOptions options) {
    Map<String, ContentHash> byId = LakeHashes.entries(lake);
    String lakeHash = LakeHashes.of(lake).toString();
    // Each CV the fitting tries is typeset once; the one that fits (or the shortest) is kept.
    Map<CvDocument, Typesetter.Typeset> typeset = new IdentityHashMap<>();
    Function<CvDocument, Typesetter.Typeset> setCv = doc -> typeset.computeIfAbsent(doc, d -> Typesetter.typeset(
        Templates.cv(Views.cv(d, options.paper())), options.paper(), options.today(), Optional.of(provenance(lakeHash, d.shown(), byId))));
    CvDocument cv = CvDocument.fit(lake, options, doc -> setCv.apply(doc).pages() <= options.pages());
    Typesetter.Typeset cvPdf = setCv.apply(cv);
    List<Diagnostic> warnings = new ArrayList<>(cv.warnings());
    if (cvPdf.pages() > options.pages()) {
      warnings.add(RenderDiagnostics.warning(RenderDiagnostics.TOO_LONG, "/entries",
          "cv.pdf runs to " + cvPdf.pages() + " pages with one bullet per engagement, over the limit of " + options.pages(),
          "shorten the claims and summaries, narrow the selection, or raise the page limit"));
    }

    CoverLetterDocument letter = CoverLetterDocument.of(lake, options);
    warnings.addAll(letter.warnings());
    Typesetter.Typeset letterPdf = Typesetter.typeset(Templates.letter(Views.letter(letter, options.paper())), options.paper(),
        options.today(), Optional.of(provenance(lakeHash, letter.shown(), byId)));
    if (letterPdf.pages() != 1) {
      warnings.add(RenderDiagnostics.warning(RenderDiagnostics.TOO_LONG, "/roles",
          "cover-letter.pdf runs to " + letterPdf.pages() + " pages; a cover letter should fit on one",
          "shorten the letter's opening and closing paragraphs, or lower letterWords"));
    }
    unshown(Templates.cv(Views.cv(cv, options.paper())) + Templates.letter(Views.letter(letter, options.paper()))).ifPresent(warnings::add);
    Set<String> used = new HashSet<>(cv.shown());
    used.addAll(letter.shown());
    return Rendition.of(List.of(Artifact.of(CV, MEDIA_TYPE, cvPdf.pdf()), Artifact.of(LETTER, MEDIA_TYPE, letterPdf.pdf())), warnings,
        Rendition.inLakeOrder(lake, used));
  }

  /** A warning naming the characters of {@code xhtml} Liberation Sans cannot show, if there are any. */
  private static Optional<Diagnostic> unshown(String xhtml) {
    List<Integer> missing = Liberation.unshown(xhtml);
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder listed = new StringBuilder();
    for (int i = 0; i < Math.min(missing.size(), 8); i++) {
      listed.append(i == 0 ? "" : ", ").append(Character.toChars(missing.get(i))).append(String.format(Locale.ROOT, " (U+%04X)", missing.get(i)));
    }
    return Optional.of(RenderDiagnostics.warning(RenderDiagnostics.UNPRINTABLE, "",
        "the PDF documents have " + missing.size() + (missing.size() == 1 ? " character" : " characters") + " their font (Liberation Sans) cannot show, "
            + "each printed as '#': " + listed + (missing.size() > 8 ? ", …" : ""),
        "write those words in Latin, Greek, Cyrillic or Hebrew letters, or leave the characters out of the lake's text"));
  }

  private static Provenance provenance(String lakeHash, List<String> ids, Map<String, ContentHash> byId) {
    Map<String, String> entries = new LinkedHashMap<>();
    for (String id : ids) {
      entries.put(id, byId.get(id).toString());
    }
    return new Provenance(lakeHash, entries);
  }
}
