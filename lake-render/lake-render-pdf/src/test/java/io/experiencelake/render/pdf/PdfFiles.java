package io.experiencelake.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF read back with PDFBox, for tests: its text as a reader's tool extracts it, its pages, its
 * fonts, whether it is tagged, and its metadata.
 *
 * <pre>{@code
 * PdfFiles pdf = PdfFiles.of(run.artifact("cv.pdf").bytes());
 * assertThat(pdf.fontsNotEmbedded()).isEmpty();
 * }</pre>
 */
public final class PdfFiles {

  private final String text;
  private final int pages;
  private final List<String> fonts = new ArrayList<>();
  private final List<String> fontsNotEmbedded = new ArrayList<>();
  private final boolean tagged;
  private final String xmp;
  private final String title;
  private final String author;
  private final PDRectangle pageSize;
  private final String language;

  private PdfFiles(byte[] bytes) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      text = stripper.getText(pdf);
      pages = pdf.getNumberOfPages();
      for (PDPage page : pdf.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          if (!fonts.contains(font.getName())) {
            fonts.add(font.getName());
            if (!font.isEmbedded()) {
              fontsNotEmbedded.add(font.getName());
            }
          }
        }
      }
      PDDocumentCatalog catalog = pdf.getDocumentCatalog();
      tagged = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked() && catalog.getStructureTreeRoot() != null;
      try (InputStream in = catalog.getMetadata().exportXMPMetadata()) {
        xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      title = pdf.getDocumentInformation().getTitle();
      author = pdf.getDocumentInformation().getAuthor();
      pageSize = pdf.getPage(0).getMediaBox();
      language = catalog.getLanguage();
    }
  }

  /** {@code bytes} read as a PDF. */
  public static PdfFiles of(byte[] bytes) {
    try {
      return new PdfFiles(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text PDFBox's {@link PDFTextStripper} extracts, lines separated by LF. */
  public String text() {
    return text;
  }

  /** The text with every run of whitespace (line breaks too) as one space: for finding a sentence that wraps. */
  public String flatText() {
    return text.replaceAll("\\s+", " ");
  }

  /** How many pages it has. */
  public int pages() {
    return pages;
  }

  /** The names of the fonts its pages use. */
  public List<String> fonts() {
    return fonts;
  }

  /** The names of the fonts its pages use that are not embedded. */
  public List<String> fontsNotEmbedded() {
    return fontsNotEmbedded;
  }

  /** Whether it is a tagged PDF: marked, with a structure tree. */
  public boolean tagged() {
    return tagged;
  }

  /** The XMP metadata packet. */
  public String xmp() {
    return xmp;
  }

  /** The document information's title. */
  public String title() {
    return title;
  }

  /** The document information's author. */
  public String author() {
    return author;
  }

  /** The first page's size. */
  public PDRectangle pageSize() {
    return pageSize;
  }

  /** The document's natural language, e.g. {@code en}. */
  public String language() {
    return language;
  }
}
