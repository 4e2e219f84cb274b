package io.experiencelake.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * A PDFBox font mapper that answers every request for a font program with a Liberation face from
 * the class path, so PDFBox never scans the system's fonts nor writes its font cache
 * ({@code .pdfbox.cache}) into the home folder.
 *
 * <p>openhtmltopdf asks PDFBox for the standard Helvetica and ZapfDingbats on every document (as
 * the default resources of forms the documents never have), and PDFBox's default mapper answers
 * by scanning every font on the system and caching what it found in the home folder. This mapper
 * answers from the Liberation faces instead: Times and serif names get Liberation Serif, Courier
 * and monospaced ones Liberation Mono, every other name Liberation Sans, in the weight and slant
 * the name or descriptor asks for. The documents embed every font they draw with, so this only
 * decides what PDFBox would draw a font that is not embedded with, which they never do.
 *
 * <p>PDFBox has one font mapper per JVM. {@link #install()} replaces it only while it is still
 * PDFBox's default: an application that set its own with {@link FontMappers#set} keeps it.
 */
final class LiberationFontMapper implements FontMapper {

  private static final String DEFAULT_MAPPER = "org.apache.pdfbox.pdmodel.font.FontMapperImpl";

  private final Map<String, TrueTypeFont> faces = new ConcurrentHashMap<>();

  private LiberationFontMapper() {}

  /** Makes this mapper PDFBox's, unless an application chose another one first. */
  static synchronized void install() {
    if (FontMappers.instance().getClass().getName().equals(DEFAULT_MAPPER)) {
      FontMappers.set(new LiberationFontMapper());
    }
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
    return new FontMapping<>(face(baseFont, fontDescriptor), false);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
    return new FontMapping<>(face(baseFont, fontDescriptor), false);
  }

  @Override
  public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
    return new CIDFontMapping(null, face(baseFont, fontDescriptor), false);
  }

  /** The Liberation face closest to {@code baseFont}: family from the name, weight and slant from the name or descriptor. */
  private TrueTypeFont face(String baseFont, PDFontDescriptor descriptor) {
    String name = baseFont == null ? "" : baseFont.toLowerCase(Locale.ROOT);
    String family = name.contains("times") || name.contains("serif") && !name.contains("sans") ? "Serif"
        : name.contains("courier") || name.contains("mono") ? "Mono" : "Sans";
    boolean bold = name.contains("bold") || name.contains("black") || name.contains("heavy")
        || (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600));
    boolean italic = name.contains("italic") || name.contains("oblique") || (descriptor != null && descriptor.isItalic());
    String style = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
    return faces.computeIfAbsent("Liberation" + family + "-" + style + ".ttf", LiberationFontMapper::parse);
  }

  private static TrueTypeFont parse(String file) {
    String path = "liberation/" + file;
    try (InputStream in = LiberationFontMapper.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing: add com.github.librepdf:openpdf-fonts-extra to the class path");
      }
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
