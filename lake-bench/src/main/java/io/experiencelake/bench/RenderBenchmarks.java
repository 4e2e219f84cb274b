package io.experiencelake.bench;

import io.experiencelake.core.Lake;
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
 * Every renderer on a generated lake of 27, 500 and 2,000 entries, in memory: each benchmark is
 * one {@link Renderer#render} call through the SPI (found by {@link Renderers#named}), which
 * returns the artifacts as bytes and writes no file.
 *
 * <p>The options ({@link BenchLakes#renderOptions}) pin "today", name the lake's role and include
 * TARGET entries, so every entry of the lake is rendered. The checker that {@code Rendering.run}
 * runs first is left out: {@link LoadBenchmarks#check} measures it. Divide by {@code entries} for
 * the cost per entry.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class RenderBenchmarks {

  /** How many entries the lake has. */
  @Param({"27", "500", "2000"})
  public int entries;

  private Lake lake;
  private RenderOptions options;
  private Renderer cv;
  private Renderer coverLetter;
  private Renderer linkedin;
  private Renderer interview;
  private Renderer portfolio;
  private Renderer jsonresume;

  /** Generates the lake and finds the renderers once per trial. */
  @Setup
  public void generate() {
    lake = BenchLakes.lake(entries);
    options = BenchLakes.renderOptions(lake);
    cv = Renderers.named("cv");
    coverLetter = Renderers.named("cover-letter");
    linkedin = Renderers.named("linkedin");
    interview = Renderers.named("interview");
    portfolio = Renderers.named("portfolio");
    jsonresume = Renderers.named("jsonresume");
  }

  /** {@code cv.md} and {@code cv.txt}. */
  @Benchmark
  public Rendition cv() {
    return cv.render(lake, options);
  }

  /** {@code cover-letter.md}. */
  @Benchmark
  public Rendition coverLetter() {
    return coverLetter.render(lake, options);
  }

  /** {@code linkedin.txt}, every section fitted to its budget. */
  @Benchmark
  public Rendition linkedin() {
    return linkedin.render(lake, options);
  }

  /** {@code interview.md}. */
  @Benchmark
  public Rendition interview() {
    return interview.render(lake, options);
  }

  /** The portfolio site (index, a page per cluster and per entry, heatmap, stylesheet) and {@code portfolio.md}. */
  @Benchmark
  public Rendition portfolio() {
    return portfolio.render(lake, options);
  }

  /** {@code resume.json}. */
  @Benchmark
  public Rendition jsonresume() {
    return jsonresume.render(lake, options);
  }
}
