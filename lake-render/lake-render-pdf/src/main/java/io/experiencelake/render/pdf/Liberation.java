package io.experiencelake.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

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

  /** One face: its file under {@code liberation/}, weight and style. */
  private record Face(String file, int weight, FontStyle style, byte[] bytes) {}

  private static final List<Face> FACES = List.of(
      face("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
      face("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
      face("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
      face("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

  /** The regular face's character map, read once: every face covers the same characters. */
  private static final CmapLookup CMAP = cmap(FACES.get(0).bytes());

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

  /** Registers every face with {@code builder}, subset on embedding. */
  static void register(PdfRendererBuilder builder) {
    for (Face face : FACES) {
      builder.useFont(() -> new ByteArrayInputStream(face.bytes()), SANS, face.weight(), face.style(), true);
    }
  }

  private static CmapLookup cmap(byte[] font) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(font)).getUnicodeCmapLookup();
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
      return new Face(file, weight, style, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
