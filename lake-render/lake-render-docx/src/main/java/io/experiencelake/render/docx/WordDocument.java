package io.experiencelake.render.docx;

import io.experiencelake.render.PaperSize;
import io.experiencelake.render.Rendering;
import io.experiencelake.render.html.Span;
import io.experiencelake.render.html.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A Word document written paragraph by paragraph in Word's built-in styles, then saved as the
 * same bytes for the same content.
 *
 * <p>The styles ({@code styles.xml}) and the bullets ({@code numbering.xml}) are resources beside
 * this class. POI stamps each zip entry with the clock and writes the parts in the order it made
 * them; {@link #bytes()} rewrites the zip with the injected "today" on every entry and the parts in a fixed
 * order ({@code [Content_Types].xml}, {@code _rels/.rels}, then by name), and the core properties
 * carry the injected "today", so nothing depends on when or where the document was made.
 */
final class WordDocument implements AutoCloseable {

  /** Twips (1/20 pt) per millimetre. */
  private static final double TWIPS_PER_MM = 1440 / 25.4;

  /** The page margin on every side, in millimetres. */
  private static final double MARGIN_MM = 17;

  /** The styles and the bullets, parsed once; each document gets a copy. */
  private static final StylesDocument STYLES;
  private static final NumberingDocument NUMBERING;

  static {
    try (InputStream styles = resource("styles.xml"); InputStream numbering = resource("numbering.xml")) {
      STYLES = StylesDocument.Factory.parse(styles);
      NUMBERING = NumberingDocument.Factory.parse(numbering);
    } catch (IOException | XmlException e) {
      throw new IllegalStateException("the DOCX renderer's styles.xml or numbering.xml is broken: " + e.getMessage(), e);
    }
  }

  private final XWPFDocument doc = new XWPFDocument();
  private final PaperSize paper;
  private final LocalDate today;

  /**
   * A new, empty document on {@code paper}, with its core properties set.
   *
   * @param title the document's title
   * @param author its author
   * @param subject one line on what it is
   * @param today the date it is made, written as its creation and modification date
   */
  WordDocument(PaperSize paper, String title, String author, String subject, LocalDate today) {
    this.paper = paper;
    this.today = today;
    doc.createStyles().setStyles((CTStyles) STYLES.getStyles().copy());
    doc.createNumbering().setNumbering((CTNumbering) NUMBERING.getNumbering().copy());
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(twips(paper.widthMm()));
    size.setH(twips(paper.heightMm()));
    CTPageMar margins = section.addNewPgMar();
    BigInteger margin = twips(MARGIN_MM);
    margins.setTop(margin);
    margins.setBottom(margin);
    margins.setLeft(margin);
    margins.setRight(margin);
    margins.setHeader(margin);
    margins.setFooter(margin);
    margins.setGutter(BigInteger.ZERO);
    POIXMLProperties properties = doc.getProperties();
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    Date date = Date.from(today.atStartOfDay(ZoneOffset.UTC).toInstant());
    core.setTitle(Text.printable(title));
    core.setCreator(Text.printable(author));
    core.setLastModifiedByUser(Text.printable(author));
    core.setSubjectProperty(Text.printable(subject));
    core.setCreated(Optional.of(date));
    core.setModified(Optional.of(date));
    properties.getExtendedProperties().getUnderlyingProperties().setApplication("Experience Lake " + Rendering.libraryVersion());
  }

  /** The owner's name, in the Title style. */
  void title(String text) {
    paragraph("Title").createRun().setText(Text.printable(text));
  }

  /** The headline under the title, in the Subtitle style. */
  void subtitle(String text) {
    paragraph("Subtitle").createRun().setText(Text.printable(text));
  }

  /** A section heading (Heading 1). */
  void heading1(String text) {
    paragraph("Heading1").createRun().setText(Text.printable(text));
  }

  /**
   * An engagement heading (Heading 2): {@code title} in bold, {@code rest} in regular weight after
   * it, and {@code right} (the dates) at a right-aligned tab stop on the same line.
   */
  void heading2(String title, String rest, String right) {
    XWPFParagraph p = paragraph("Heading2");
    CTTabStop tab = p.getCTPPr().addNewTabs().addNewTab();
    tab.setVal(STTabJc.RIGHT);
    tab.setPos(twips(paper.widthMm() - 2 * MARGIN_MM));
    p.createRun().setText(Text.printable(title));
    String restText = Text.printable(rest);
    if (!restText.isEmpty()) {
      XWPFRun run = p.createRun();
      run.setBold(false);
      run.setText(" " + restText);
    }
    String rightText = Text.printable(right);
    if (!rightText.isEmpty()) {
      XWPFRun run = p.createRun();
      run.setBold(false);
      run.addTab();
      run.setText(rightText);
    }
  }

  /** A bullet (List Bullet): {@code text}, then {@code note} in italics in brackets when there is one. */
  void bullet(String text, String note) {
    XWPFParagraph p = paragraph("ListBullet");
    p.createRun().setText(Text.printable(text));
    String noteText = Text.printable(note);
    if (!noteText.isEmpty()) {
      XWPFRun run = p.createRun();
      run.setItalic(true);
      run.setText(" (" + noteText + ")");
    }
  }

  /** A paragraph in the Normal style, optionally in italics. */
  void text(String text, boolean italic) {
    XWPFRun run = paragraph("Normal").createRun();
    run.setItalic(italic);
    run.setText(Text.printable(text));
  }

  /** A paragraph of {@code text} in {@code style}, such as {@code Date} or {@code Salutation}. */
  void styled(String style, String text) {
    paragraph(style).createRun().setText(Text.printable(text));
  }

  /** A paragraph of {@code text} in {@code style}, in bold. */
  void bold(String style, String text) {
    XWPFRun run = paragraph(style).createRun();
    run.setBold(true);
    run.setText(Text.printable(text));
  }

  /** Lines in one Normal paragraph, each after a line break, such as an address. */
  void lines(List<String> lines) {
    XWPFRun run = paragraph("Normal").createRun();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(Text.printable(lines.get(i)));
    }
  }

  /** A paragraph in {@code style} of runs, each a hyperlink when the span links somewhere, joined by {@code separator}. */
  void spans(String style, List<Span> spans, String separator) {
    XWPFParagraph p = paragraph(style);
    for (int i = 0; i < spans.size(); i++) {
      if (i > 0 && !separator.isEmpty()) {
        p.createRun().setText(separator);
      }
      Span span = spans.get(i);
      if (span.isLink()) {
        XWPFHyperlinkRun link = p.createHyperlinkRun(span.href());
        link.setStyle("Hyperlink");
        link.setText(span.text());
      } else {
        p.createRun().setText(span.text());
      }
    }
  }

  /** Adds a custom document property, such as the lake's hash. */
  void property(String name, String value) {
    doc.getProperties().getCustomProperties().addProperty(name, Text.printable(value));
  }

  private XWPFParagraph paragraph(String style) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    return p;
  }

  /** The document as DOCX bytes, the same for the same content (see the class comment). */
  byte[] bytes() {
    try {
      ByteArrayOutputStream written = new ByteArrayOutputStream(32 * 1024);
      doc.write(written);
      return normalized(written.toByteArray(), today.atStartOfDay());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code zip} rewritten with {@code time} on every entry and the parts in a fixed order. The time
   * is written as a DOS date and time, which has no time zone; it must not be 1980-01-01 00:00,
   * the one DOS time Java also writes as an instant in the default time zone.
   */
  static byte[] normalized(byte[] zip, LocalDateTime time) throws IOException {
    Map<String, byte[]> parts = new TreeMap<>((a, b) -> {
      int byRank = Integer.compare(rank(a), rank(b));
      return byRank != 0 ? byRank : a.compareTo(b);
    });
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.isDirectory()) {
          parts.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipOutputStream zipOut = new ZipOutputStream(out)) {
      zipOut.setLevel(Deflater.DEFAULT_COMPRESSION);
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        ZipEntry entry = new ZipEntry(part.getKey());
        entry.setTimeLocal(time);
        entry.setMethod(ZipEntry.DEFLATED);
        zipOut.putNextEntry(entry);
        zipOut.write(part.getValue());
        zipOut.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The content types first, then the package relationships, then every other part. */
  private static int rank(String name) {
    return name.equals("[Content_Types].xml") ? 0 : name.equals("_rels/.rels") ? 1 : 2;
  }

  private static BigInteger twips(double mm) {
    return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
  }

  private static InputStream resource(String name) {
    InputStream in = WordDocument.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the DOCX renderer's resources");
    }
    return in;
  }
}
