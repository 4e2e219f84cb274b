package io.experiencelake.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A DOCX read back with POI, for tests: its paragraphs in order, each with its style, as an
 * applicant tracking system reads them.
 */
final class DocxFiles {

  /** One paragraph: its style id (e.g. {@code Heading2}) and its text. */
  record Paragraph(String style, String text) {}

  private DocxFiles() {}

  /** The paragraphs of {@code docx}, in order. */
  static List<Paragraph> paragraphs(byte[] docx) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<Paragraph> paragraphs = new ArrayList<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        paragraphs.add(new Paragraph(p.getStyle() == null ? "Normal" : p.getStyle(), p.getText()));
      }
      return paragraphs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of {@code docx}: its paragraphs, one a line. */
  static String text(byte[] docx) {
    return paragraphs(docx).stream().map(Paragraph::text).collect(Collectors.joining("\n"));
  }
}
