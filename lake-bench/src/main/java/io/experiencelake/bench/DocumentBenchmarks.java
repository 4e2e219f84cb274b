package io.experiencelake.bench;

import io.experiencelake.core.Lake;
import io.experiencelake.examples.RunExample;
import io.experiencelake.examples.SeedLake;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Renderer;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendition;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The typeset documents: the {@code pdf} renderer ({@code cv.pdf} and {@code cover-letter.pdf},
 * each laid out, typeset with embedded fonts, and the CV set again while it runs over its page
 * limit) and the {@code docx} renderer ({@code cv.docx} and {@code cover-letter.docx}, zip rewritten
 * for reproducibility), in memory through the SPI.
 *
 * <p>Two lakes: {@code example}, the 27-entry seed lake rendered for its role as the README's main
 * command renders it, and {@code 1000}, a generated lake of 1,000 entries ({@link BenchLakes}). The
 * documents stay one or two pages whatever the lake's size (at most five bullets per engagement), so
 * the larger lake measures choosing what goes on the page, not typesetting more of it. Run with
 * {@code java -jar lake-bench/target/benchmarks.jar DocumentBenchmarks}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class DocumentBenchmarks {

  /** Which lake: {@code example} (the seed lake, 27 entries) or {@code 1000} (generated entries). */
  @Param({"example", "1000"})
  public String lake;

  private Lake subject;
  private RenderOptions options;
  private Renderer pdf;
  private Renderer docx;

  /** Builds the lake and finds the renderers once per trial. */
  @Setup
  public void prepare() {
    if (lake.equals("example")) {
      subject = SeedLake.lake();
      options = ImmutableRenderOptions.builder().today(SeedLake.TODAY).role(RunExample.ROLE).build();
    } else {
      subject = BenchLakes.lake(Integer.parseInt(lake));
      options = BenchLakes.renderOptions(subject);
    }
    pdf = Renderers.named("pdf");
    docx = Renderers.named("docx");
  }

  /** {@code cv.pdf} and {@code cover-letter.pdf}. */
  @Benchmark
  public Rendition pdf() {
    return pdf.render(subject, options);
  }

  /** {@code cv.docx} and {@code cover-letter.docx}. */
  @Benchmark
  public Rendition docx() {
    return docx.render(subject, options);
  }
}
