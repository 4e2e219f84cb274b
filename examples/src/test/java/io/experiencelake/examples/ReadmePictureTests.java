package io.experiencelake.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.render.Rendering;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's picture of the example's {@code cv.pdf} true: page 1, rendered by PDFBox at
 * {@value #DPI} DPI, must match {@code docs/cv-page-1.png}. Rewrite the picture with
 * {@code ./mvnw -q -pl examples -am verify -Dtest=ReadmePictureTests -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}.
 *
 * <p>PDFBox rasterizes through Java 2D, whose antialiasing may differ by a shade between JDKs, so
 * the comparison allows a little: the same size, at most 0.5% of pixels off by more than 48 in
 * any channel, and a mean difference under 1.5 per channel. A changed word or a moved line
 * changes far more than that.
 */
class ReadmePictureTests {

  static final int DPI = 80;
  private static final Path PICTURE = Path.of("..", "docs", "cv-page-1.png");

  @Test
  void theReadmeShowsPageOneOfTheExamplesCvAsPdfboxRendersIt() throws IOException {
    byte[] pdf = Rendering.run(SeedLake.lake(), SeedLakeTypesetDocumentsTests.OPTIONS, "pdf").artifact("cv.pdf").bytes();
    BufferedImage rendered;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      rendered = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB);
    }
    if (Boolean.getBoolean("golden.update")) {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(rendered, "png", png);
      Files.createDirectories(PICTURE.getParent());
      Files.write(PICTURE, png.toByteArray());
    }
    assertThat(PICTURE).as("run with -Dgolden.update=true to write it").exists();
    BufferedImage expected = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(PICTURE)));

    assertThat(rendered.getWidth()).isEqualTo(expected.getWidth());
    assertThat(rendered.getHeight()).isEqualTo(expected.getHeight());
    long far = 0;
    long total = 0;
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        int a = rendered.getRGB(x, y);
        int b = expected.getRGB(x, y);
        int most = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
          int d = Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff));
          most = Math.max(most, d);
          total += d;
        }
        if (most > 48) {
          far++;
        }
      }
    }
    long pixels = (long) expected.getWidth() * expected.getHeight();
    assertThat(far).as("pixels off by more than 48 of %d", pixels).isLessThanOrEqualTo(pixels / 200);
    assertThat(total / (3.0 * pixels)).as("mean difference per channel").isLessThan(1.5);
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("<img src=\"docs/cv-page-1.png\"", "<img src=\"docs/portfolio.png\"");
  }
}
