package io.experiencelake.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Liberation Sans faces the documents are set in, read once from the
 * {@code com.github.librepdf:openpdf-fonts-extra} artifact on the class path.
 *
 * <p>Giving PDFBox every font explicitly is what keeps it from scanning the system's fonts (and
 * writing a font cache into the home folder), and what makes the same lake give the same bytes
 * on every machine: no font comes from the system.
 */
final class Liberation {

  /** The family name the stylesheet asks for. */
  static final String SANS = "Liberation Sans";

  /**
   * One face: its file under {@code liberation/}, weight, style and font program, parsed once.
   *
   * <p>Every document shares the parsed program: FontBox reads a {@code TrueTypeFont}'s tables
   * under its own locks, PDFBox's own font mappers share them across documents the same way, and
   * {@link PDType0Font#load(PDDocument, TrueTypeFont, boolean)} neither changes nor closes it.
   * Parsing it again for every document was a sixth of the time a CV took to typeset.
   */
  private record Face(String file, int weight, FontStyle style, TrueTypeFont font) {}

  private static final List<Face> FACES = List.of(
      face("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
      face("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
      face("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
      face("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

  /** The regular face's character map: every face covers the same characters. */
  private static final CmapLookup CMAP = cmap(FACES.get(0).font());

  private Liberation() {}

  /**
   * The characters of {@code text} the faces have no glyph for, in order of first appearance,
   * without repeats; openhtmltopdf prints each as {@code #}. Whitespace and controls are not
   * counted: they print nothing anyway.
   */
  static List<Integer> unshown(String text) {
    Set<Integer> missing = new LinkedHashSet<>();
    text.codePoints().filter(c -> c > 0x20 && !Character.isWhitespace(c) && CMAP.getGlyphId(c) == 0).forEach(missing::add);
    return List.copyOf(missing);
  }

  /**
   * Registers every face with {@code builder} as a font of {@code document}, subset on embedding,
   * with the font's glyph substitutions (GSUB) off.
   *
   * <p>PDFBox applies a font's GSUB table to every string it shows, building a regular expression
   * of the table's compound glyphs for each call: with it on, that was over half of the time a CV
   * took to typeset. It has nothing to do for these documents: they are set in Latin, Greek,
   * Cyrillic and Hebrew letters, one glyph a character, and a ligature glyph would only cost the
   * text layer that applicant tracking systems, search and screen readers read.
   */
  static void register(PdfRendererBuilder builder, PDDocument document) {
    for (Face face : FACES) {
      builder.useFont(new LazyFace(face, document), SANS, face.weight(), face.style(), true);
    }
  }

  /** A face loaded into the document when the layout first asks for it: most documents use three of the four. */
  private static final class LazyFace extends PDFontSupplier {

    private final Face face;
    private final PDDocument document;
    private PDFont font;

    LazyFace(Face face, PDDocument document) {
      super(null);
      this.face = face;
      this.document = document;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        font = load(face, document);
      }
      return font;
    }
  }

  private static PDType0Font load(Face face, PDDocument document) {
    try {
      return PDType0Font.load(document, face.font(), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CmapLookup cmap(TrueTypeFont font) {
    try {
      return font.getUnicodeCmapLookup();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Face face(String file, int weight, FontStyle style) {
    String path = "liberation/" + file;
    try (InputStream in = Liberation.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing: add com.github.librepdf:openpdf-fonts-extra to the class path");
      }
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
      font.setEnableGsub(false);
      return new Face(file, weight, style, font);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
