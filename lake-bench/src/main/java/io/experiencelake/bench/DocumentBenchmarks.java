package io.experiencelake.bench;

import io.experiencelake.core.Lake;
import io.experiencelake.examples.RunExample;
import io.experiencelake.examples.SeedLake;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Renderer;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The typeset documents of the example as the README's main command renders them (the 27-entry
 * seed lake, for its role): the {@code pdf} renderer ({@code cv.pdf} and {@code cover-letter.pdf},
 * each laid out, typeset with embedded fonts, and the CV set again while it runs over its page
 * limit) and the {@code docx} renderer ({@code cv.docx} and {@code cover-letter.docx}, zip rewritten
 * for reproducibility), in memory through the SPI.
 *
 * <p>Generated lakes of 27, 500 and 2,000 entries go through both renderers in
 * {@link RenderBenchmarks}. Run with {@code java -jar lake-bench/target/benchmarks.jar DocumentBenchmarks}.
 */
public class DocumentBenchmarks extends ExampleBenchmark {

  private Lake lake;
  private RenderOptions options;
  private Renderer pdf;
  private Renderer docx;

  /** Builds the seed lake and finds the renderers once per trial. */
  @Setup
  public void prepare() {
    lake = SeedLake.lake();
    options = ImmutableRenderOptions.builder().today(SeedLake.TODAY).role(RunExample.ROLE).build();
    pdf = Renderers.named("pdf");
    docx = Renderers.named("docx");
  }

  /** {@code cv.pdf} and {@code cover-letter.pdf}. */
  @Benchmark
  public Rendition pdf() {
    return pdf.render(lake, options);
  }

  /** {@code cv.docx} and {@code cover-letter.docx}. */
  @Benchmark
  public Rendition docx() {
    return docx.render(lake, options);
  }
}
