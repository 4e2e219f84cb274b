package io.experiencelake.render.docx;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.hash.ContentHash;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ContactItem;
import io.experiencelake.render.NamedRenderer;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.coverletter.CoverLetterDocument;
import io.experiencelake.render.cv.CvDocument;
import io.experiencelake.render.html.Masthead;
import io.experiencelake.render.html.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the CV and the cover letter as Word documents: {@code cv.docx} and {@code cover-letter.docx}.
 *
 * <p>Each paragraph is in one of Word's own built-in styles, so a recruiter can restyle or edit
 * the document and an applicant tracking system reads it in order as an outline: the owner's
 * name in Title, the headline in Subtitle, sections in Heading 1, each engagement in Heading 2
 * (the role in bold, the engagement after it, the dates at a right-aligned tab stop on the same
 * line), and bullets in List Bullet; the letter's date, salutation, body, closing and signature in
 * Date, Salutation, Body Text, Closing and Signature. The text is {@link CvDocument}'s and {@link CoverLetterDocument}'s,
 * the same as {@code cv.md}'s and {@code cover-letter.md}'s (Word lays out the pages, so the CV keeps
 * to the page limit by {@link CvDocument#estimatedPages()}, as {@code cv.md} does), in Arial, which every reader has or substitutes with a metric twin. The core properties carry the
 * title, author, subject and the injected "today"; the CV's custom properties carry the lake's
 * hash and the hash of every entry it shows. The same lake and options give the same bytes.
 *
 * <pre>{@code
 * RenderRun run = Rendering.run(lake, RenderOptions.today(LocalDate.of(2026, 11, 27)), "docx");
 * byte[] cv = run.artifact("cv.docx").bytes();
 * }</pre>
 */
public final class DocxRenderer extends NamedRenderer {

  /** The renderer's name. */
  public static final String NAME = "docx";

  /** The CV's path in the output folder. */
  public static final String CV = "cv.docx";

  /** The cover letter's path in the output folder. */
  public static final String LETTER = "cover-letter.docx";

  private static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** Makes the renderer; {@link java.util.ServiceLoader} calls this. */
  public DocxRenderer() {
    super(NAME);
  }

  @Override
  public Rendition render(Lake lake, RenderOptions options) {
    // Word lays the pages out itself; the CV keeps to the page limit by the same estimate as cv.md, so both show the same bullets.
    CvDocument cv = CvDocument.fitByEstimate(lake, options);
    CoverLetterDocument letter = CoverLetterDocument.of(lake, options);
    Map<String, ContentHash> byId = LakeHashes.entries(lake);
    byte[] cvBytes;
    try (WordDocument doc = cv(cv, options)) {
      doc.property("Experience Lake lake hash", LakeHashes.of(lake).toString());
      List<String> hashes = new ArrayList<>();
      for (String id : cv.shown()) {
        hashes.add(id + " " + byId.get(id));
      }
      doc.property("Experience Lake entries", String.join("; ", hashes));
      cvBytes = doc.bytes();
    }
    byte[] letterBytes;
    try (WordDocument doc = letter(letter, options)) {
      letterBytes = doc.bytes();
    }
    List<Diagnostic> warnings = new ArrayList<>(cv.warnings());
    warnings.addAll(letter.warnings());
    Set<String> used = new HashSet<>(cv.shown());
    used.addAll(letter.shown());
    return Rendition.of(List.of(Artifact.of(CV, MEDIA_TYPE, cvBytes), Artifact.of(LETTER, MEDIA_TYPE, letterBytes)), warnings,
        Rendition.inLakeOrder(lake, used));
  }

  private static WordDocument cv(CvDocument cv, RenderOptions options) {
    WordDocument doc = new WordDocument(options.paper(), cv.name() + " \u2014 CV", cv.name(), "CV: " + cv.headline(), options.today());
    masthead(doc, cv.name(), cv.headline(), cv.contact());
    cv.summary().ifPresent(summary -> doc.text(summary, false));
    for (CvDocument.Section section : cv.sections()) {
      doc.heading1(section.title());
      for (CvDocument.Group group : section.groups()) {
        group.heading().ifPresent(h -> {
          doc.heading2(h.role(), "\u2014 " + h.organisation(), h.period());
          String about = h.location().map(l -> group.summary().map(s -> l + " \u00b7 " + s).orElse(l)).orElse(group.summary().orElse(""));
          if (!about.isEmpty()) {
            doc.text(about, true);
          }
        });
        group.bullets().forEach(b -> doc.bullet(b.text(), b.status().orElse("")));
      }
    }
    if (!cv.skills().isEmpty()) {
      doc.heading1(CvDocument.SKILLS);
      doc.text(String.join("\u00a0\u00b7 ", cv.skills()), false);
    }
    if (!cv.next().isEmpty()) {
      doc.heading1(CvDocument.NEXT);
      cv.next().forEach(b -> doc.bullet(b.text(), b.status().orElse("")));
    }
    return doc;
  }

  private static WordDocument letter(CoverLetterDocument letter, RenderOptions options) {
    WordDocument doc = new WordDocument(options.paper(), letter.name() + " \u2014 cover letter", letter.name(),
        letter.subject().map(s -> "Cover letter, " + s).orElse("Cover letter"), options.today());
    masthead(doc, letter.name(), "", letter.contact());
    doc.styled("Date", letter.date());
    letter.subject().ifPresent(subject -> doc.bold("BodyText", subject));
    doc.styled("Salutation", letter.salutation());
    paragraph(doc, letter.opening());
    letter.body().forEach(p -> paragraph(doc, p));
    letter.next().ifPresent(p -> {
      doc.heading1(CoverLetterDocument.NEXT);
      paragraph(doc, p);
    });
    paragraph(doc, letter.closing());
    doc.styled("Closing", letter.signOff());
    doc.styled("Signature", letter.signature());
    return doc;
  }

  private static void paragraph(WordDocument doc, CoverLetterDocument.Paragraph paragraph) {
    List<Span> spans = new ArrayList<>();
    paragraph.spans().forEach(span -> spans.add(Span.of(span.text(), span.link())));
    doc.spans("BodyText", spans, "");
  }

  private static void masthead(WordDocument doc, String name, String headline, List<ContactItem> contact) {
    Masthead masthead = Masthead.of(name, headline, contact);
    doc.title(masthead.name());
    if (!masthead.headline().isEmpty()) {
      doc.subtitle(masthead.headline());
    }
    if (!masthead.contact().isEmpty()) {
      doc.spans("Normal", masthead.contact(), "\u00a0\u00b7 ");
    }
  }
}
