package io.experiencelake.render.docx;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ImmutableRendition;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Renderer;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.html.CvView;
import io.experiencelake.render.html.DocumentViews;
import io.experiencelake.render.html.LetterView;
import io.experiencelake.render.html.Masthead;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
 * line), and bullets in List Bullet. The text is the PDF's (both come from the same views), in
 * Arial, which every reader has or substitutes with a metric twin. The core properties carry the
 * title, author, subject and the injected "today"; the CV's custom properties carry the lake's
 * hash and the hash of every entry it shows. The same lake and options give the same bytes.
 *
 * <pre>{@code
 * RenderRun run = Rendering.run(lake, RenderOptions.today(LocalDate.of(2026, 11, 27)), "docx");
 * byte[] cv = run.artifact("cv.docx").bytes();
 * }</pre>
 */
public final class DocxRenderer implements Renderer {

  /** The renderer's name. */
  public static final String NAME = "docx";

  /** The CV's path in the output folder. */
  public static final String CV = "cv.docx";

  /** The cover letter's path in the output folder. */
  public static final String LETTER = "cover-letter.docx";

  /** The most bullets under one engagement. */
  public static final int BULLETS = 5;

  private static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** Makes the renderer; {@link java.util.ServiceLoader} calls this. */
  public DocxRenderer() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Rendition render(Lake lake, RenderOptions options) {
    DocumentViews.Cv cv = DocumentViews.cv(lake, options, BULLETS);
    DocumentViews.Letter letter = DocumentViews.letter(lake, options);
    Map<String, LakeEntry> byId = new HashMap<>();
    lake.entries().forEach(e -> byId.putIfAbsent(e.id(), e));
    byte[] cvBytes;
    try (WordDocument doc = cv(cv.view(), options)) {
      doc.property("Experience Lake lake hash", LakeHashes.of(lake).toString());
      List<String> hashes = new ArrayList<>();
      for (String id : cv.shown()) {
        hashes.add(id + " " + LakeHashes.of(byId.get(id)));
      }
      doc.property("Experience Lake entries", String.join("; ", hashes));
      cvBytes = doc.bytes();
    }
    byte[] letterBytes;
    try (WordDocument doc = letter(letter.view(), options)) {
      letterBytes = doc.bytes();
    }
    Set<String> used = new LinkedHashSet<>(cv.shown());
    used.addAll(letter.told());
    Set<String> ordered = new LinkedHashSet<>();
    for (LakeEntry entry : lake.entries()) {
      if (used.contains(entry.id())) {
        ordered.add(entry.id());
      }
    }
    return ImmutableRendition.builder()
        .addArtifacts(Artifact.of(CV, MEDIA_TYPE, cvBytes))
        .addArtifacts(Artifact.of(LETTER, MEDIA_TYPE, letterBytes))
        .addAllEntriesUsed(ordered)
        .build();
  }

  private static WordDocument cv(CvView cv, RenderOptions options) {
    WordDocument doc = new WordDocument(options.paper(), cv.info().title(), cv.info().author(), cv.info().subject(), options.today());
    masthead(doc, cv.masthead());
    if (!cv.summary().isEmpty()) {
      doc.text(cv.summary(), false);
    }
    for (CvView.Section section : cv.sections()) {
      doc.heading1(section.heading());
      if (!section.line().isEmpty()) {
        doc.text(section.line(), false);
      }
      for (CvView.Role role : section.roles()) {
        doc.heading2(role.title(), "\u2014 " + role.organisation(), role.dates());
        String about = role.location().isEmpty() || role.summary().isEmpty()
            ? role.location() + role.summary() : role.location() + " \u00b7 " + role.summary();
        if (!about.isEmpty()) {
          doc.text(about, true);
        }
        role.items().forEach(item -> doc.bullet(item.text(), item.note()));
      }
      section.items().forEach(item -> doc.bullet(item.text(), item.note()));
    }
    return doc;
  }

  private static WordDocument letter(LetterView letter, RenderOptions options) {
    WordDocument doc = new WordDocument(options.paper(), letter.info().title(), letter.info().author(), letter.info().subject(), options.today());
    masthead(doc, letter.masthead());
    doc.text(letter.date(), false);
    if (!letter.recipient().isEmpty()) {
      doc.lines(letter.recipient());
    }
    if (!letter.reference().isEmpty()) {
      doc.bold(letter.reference());
    }
    doc.text(letter.salutation(), false);
    letter.paragraphs().forEach(p -> doc.spans(p.spans(), ""));
    doc.text(letter.closing(), false);
    doc.bold(letter.signature());
    return doc;
  }

  private static void masthead(WordDocument doc, Masthead masthead) {
    doc.title(masthead.name());
    if (!masthead.headline().isEmpty()) {
      doc.subtitle(masthead.headline());
    }
    if (!masthead.contact().isEmpty()) {
      doc.spans(masthead.contact(), " \u00b7 ");
    }
  }
}
