package io.experiencelake.render.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.experiencelake.render.PaperSize;
import io.experiencelake.render.Rendering;
import io.experiencelake.render.html.Templates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Typesets one XHTML document to PDF bytes: tagged for accessibility (PDF/UA), fonts embedded and
 * subset, off the network, the same bytes for the same input.
 *
 * <p>Reproducible: the creation and modification dates are the injected "today" (midnight UTC),
 * the document ID is a digest of everything the output depends on (the XHTML, the paper, the
 * date and the provenance), and nothing reads the clock, the default locale or time zone, the
 * system's fonts or the network. Offline: the XHTML is parsed with DTDs refused, and the only
 * resources a document may load are the stylesheets beside the templates on the class path;
 * every other address (http, file, data…) is refused before it is opened.
 */
final class Typesetter {

  /** The base address of every document: the templates' resource folder on the class path. */
  static final String BASE = "classpath:/" + Templates.RESOURCES;

  private static final String CLASSPATH = "classpath";

  static {
    // openhtmltopdf logs to java.util.logging's console (standard error) unless told otherwise.
    XRLog.setLoggerImpl(new Slf4jXrLogger());
    // openhtmltopdf asks PDFBox for the standard Helvetica on every document; PDFBox's default
    // font mapper would scan the system's fonts and cache them in the home folder to answer.
    LiberationFontMapper.install();
  }

  /** The PDF and how many pages it has; {@code refused} lists the addresses the document asked for and did not get. */
  record Typeset(byte[] pdf, int pages, List<String> refused) {

    Typeset {
      pdf = pdf.clone();
      refused = List.copyOf(refused);
    }

    @Override
    public byte[] pdf() {
      return pdf.clone();
    }
  }

  private Typesetter() {}

  /**
   * Typesets {@code xhtml} on {@code paper}, dated {@code today}, with {@code provenance} in its XMP
   * metadata (when given).
   *
   * @throws IllegalArgumentException when {@code xhtml} is not well-formed XML (a template bug:
   *     view records make every text printable)
   */
  static Typeset typeset(String xhtml, PaperSize paper, LocalDate today, Optional<Provenance> provenance) {
    List<String> refused = new ArrayList<>();
    Document document = parse(xhtml);
    PDDocument pdf = new PDDocument();
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .useFastMode()
        .usePdfUaAccessibility(true)
        .withProducer(producer())
        .useDefaultPageSize((float) paper.widthMm(), (float) paper.heightMm(), PageSizeUnits.MM)
        .useUriResolver((base, uri) -> resolve(uri, refused))
        .useProtocolsStreamImplementation(new ClasspathStreams(), CLASSPATH)
        .useHttpStreamImplementation(url -> {
          refused.add(url);
          return null;
        })
        .useExternalResourceAccessControl((uri, type) -> uri.startsWith(BASE), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
        .usePDDocument(pdf)
        .withW3cDocument(document, BASE);
    Liberation.register(builder, pdf);
    Calendar date = midnightUtc(today);
    try (pdf; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.createPDFWithoutClosing();
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setCreationDate(date);
      info.setModificationDate(date);
      info.setCreator(producer());
      info.setProducer(producer());
      stampMetadata(pdf, date, provenance);
      byte[] id = Arrays.copyOf(digest(xhtml, paper, today, provenance), 16);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      pdf.save(out);
      return new Typeset(out.toByteArray(), pdf.getNumberOfPages(), refused);
    } catch (IOException e) {
      throw new UncheckedIOException("typesetting failed: " + e.getMessage(), e);
    }
  }

  /** Who made the PDF, as its Producer and Creator say. */
  static String producer() {
    return "Experience Lake " + Rendering.libraryVersion() + " (openhtmltopdf, PDFBox)";
  }

  /**
   * {@code uri} resolved against {@link #BASE} when it stays inside the templates' resource folder
   * on the class path; anything else is recorded in {@code refused} and not loaded.
   */
  private static String resolve(String uri, List<String> refused) {
    try {
      URI resolved = new URI(BASE).resolve(new URI(uri)).normalize();
      String text = resolved.toString();
      if (CLASSPATH.equals(resolved.getScheme()) && text.startsWith(BASE) && !text.contains("..")) {
        return text;
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      // refused below
    }
    refused.add(uri);
    return null;
  }

  /** Opens {@code classpath:/…} addresses from this renderer's class loader. */
  private static final class ClasspathStreams implements FSStreamFactory {

    @Override
    public FSStream getUrl(String url) {
      String path = url.substring((CLASSPATH + ":/").length());
      return new FSStream() {
        @Override
        public InputStream getStream() {
          InputStream in = Typesetter.class.getClassLoader().getResourceAsStream(path);
          return in != null ? in : new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public Reader getReader() {
          return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
        }
      };
    }
  }

  /** Parses the XHTML with DTDs and external entities refused, and parse errors thrown, never printed. */
  private static Document parse(String xhtml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder parser = factory.newDocumentBuilder();
      parser.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // not an error
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return parser.parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXException e) {
      throw new IllegalArgumentException("the document is not well-formed XHTML: " + e.getMessage(), e);
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Rewrites the XMP packet openhtmltopdf wrote (Dublin Core title, creator and description, and
   * the PDF/UA identification) with the fixed dates, the producer, and the provenance.
   */
  private static void stampMetadata(PDDocument pdf, Calendar date, Optional<Provenance> provenance) throws IOException {
    PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
    try {
      XMPMetadata xmp;
      try (InputStream in = stream.exportXMPMetadata()) {
        DomXmpParser parser = new DomXmpParser();
        parser.setStrictParsing(false);
        xmp = parser.parse(in);
      }
      XMPBasicSchema basic = xmp.getXMPBasicSchema() != null ? xmp.getXMPBasicSchema() : xmp.createAndAddXMPBasicSchema();
      basic.setCreateDate(date);
      basic.setModifyDate(date);
      basic.setMetadataDate(date);
      basic.setCreatorTool(producer());
      AdobePDFSchema adobe = xmp.getAdobePDFSchema() != null ? xmp.getAdobePDFSchema() : xmp.createAndAddAdobePDFSchema();
      adobe.setProducer(producer());
      if (provenance.isPresent()) {
        XMPSchema lake = new XMPSchema(xmp, Provenance.NAMESPACE, Provenance.PREFIX);
        lake.setTextPropertyValue("lakeHash", provenance.get().lakeHash());
        for (Map.Entry<String, String> entry : provenance.get().entries().entrySet()) {
          lake.addUnqualifiedSequenceValue("entries", entry.getKey() + " " + entry.getValue());
        }
        xmp.addSchema(lake);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, out, true);
      PDMetadata replaced = new PDMetadata(pdf);
      replaced.importXMPMetadata(out.toByteArray());
      pdf.getDocumentCatalog().setMetadata(replaced);
    } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
      throw new IllegalStateException("could not rewrite the PDF's XMP metadata: " + e.getMessage(), e);
    }
  }

  private static Calendar midnightUtc(LocalDate day) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.clear();
    calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
    return calendar;
  }

  /** SHA-256 over everything the output depends on, for the document ID. */
  private static byte[] digest(String xhtml, PaperSize paper, LocalDate today, Optional<Provenance> provenance) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(xhtml.getBytes(StandardCharsets.UTF_8));
      sha256.update(("\u0000" + paper + "\u0000" + today + "\u0000" + producer()).getBytes(StandardCharsets.UTF_8));
      provenance.ifPresent(p -> sha256.update(("\u0000" + p).getBytes(StandardCharsets.UTF_8)));
      return sha256.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
