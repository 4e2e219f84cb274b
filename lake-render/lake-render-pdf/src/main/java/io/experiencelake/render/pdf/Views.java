package io.experiencelake.render.pdf;

import io.experiencelake.render.PaperSize;
import io.experiencelake.render.coverletter.CoverLetterDocument;
import io.experiencelake.render.cv.CvDocument;
import io.experiencelake.render.html.CvView;
import io.experiencelake.render.html.DocumentInfo;
import io.experiencelake.render.html.LetterView;
import io.experiencelake.render.html.Masthead;
import io.experiencelake.render.html.Span;
import java.util.ArrayList;
import java.util.List;

/** The CV and the letter documents as the views the print templates take. */
final class Views {

  private Views() {}

  /** The CV as the {@code print/cv} template lays it out: sections, then Skills, then Next. */
  static CvView cv(CvDocument cv, PaperSize paper) {
    List<CvView.Section> sections = new ArrayList<>();
    for (CvDocument.Section section : cv.sections()) {
      List<CvView.Role> roles = new ArrayList<>();
      List<CvView.Item> loose = new ArrayList<>();
      for (CvDocument.Group group : section.groups()) {
        if (group.heading().isPresent()) {
          CvDocument.Heading heading = group.heading().get();
          roles.add(new CvView.Role(heading.role(), heading.organisation(), heading.period(), heading.location().orElse(""),
              group.summary().orElse(""), items(group.bullets())));
        } else {
          loose.addAll(items(group.bullets()));
        }
      }
      sections.add(new CvView.Section(section.title(), "", roles, loose));
    }
    if (!cv.skills().isEmpty()) {
      sections.add(new CvView.Section(CvDocument.SKILLS, String.join("\u00a0\u00b7 ", cv.skills()), List.of(), List.of()));
    }
    if (!cv.next().isEmpty()) {
      sections.add(new CvView.Section(CvDocument.NEXT, "", List.of(), items(cv.next())));
    }
    DocumentInfo info = new DocumentInfo(cv.name() + " \u2014 CV", cv.name(), "CV: " + cv.headline(), paper(paper));
    return new CvView(info, Masthead.of(cv.name(), cv.headline(), cv.contact()), cv.summary().orElse(""), sections);
  }

  /** The letter as the {@code print/letter} template lays it out; a plan sits under its heading "Next". */
  static LetterView letter(CoverLetterDocument letter, PaperSize paper) {
    List<LetterView.Paragraph> paragraphs = new ArrayList<>();
    paragraphs.add(paragraph("", letter.opening()));
    letter.body().forEach(p -> paragraphs.add(paragraph("", p)));
    letter.next().ifPresent(p -> paragraphs.add(paragraph(CoverLetterDocument.NEXT, p)));
    paragraphs.add(paragraph("", letter.closing()));
    DocumentInfo info = new DocumentInfo(letter.name() + " \u2014 cover letter", letter.name(),
        letter.subject().map(s -> "Cover letter, " + s).orElse("Cover letter"), paper(paper));
    return new LetterView(info, Masthead.of(letter.name(), "", letter.contact()), letter.date(), List.of(), letter.subject().orElse(""),
        letter.salutation(), paragraphs, letter.signOff(), letter.signature());
  }

  private static List<CvView.Item> items(List<CvDocument.Bullet> bullets) {
    List<CvView.Item> items = new ArrayList<>();
    for (CvDocument.Bullet bullet : bullets) {
      items.add(new CvView.Item(bullet.text(), bullet.status().orElse("")));
    }
    return items;
  }

  private static LetterView.Paragraph paragraph(String heading, CoverLetterDocument.Paragraph paragraph) {
    List<Span> spans = new ArrayList<>();
    for (CoverLetterDocument.Span span : paragraph.spans()) {
      spans.add(Span.of(span.text(), span.link()));
    }
    return new LetterView.Paragraph(heading, spans);
  }

  private static String paper(PaperSize paper) {
    return paper == PaperSize.LETTER ? "letter" : "A4";
  }
}
