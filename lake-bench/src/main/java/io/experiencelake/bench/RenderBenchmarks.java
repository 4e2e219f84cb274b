package io.experiencelake.bench;

import io.experiencelake.core.Lake;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Renderer;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

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
public class RenderBenchmarks extends LakeSizes {

  /** Which renderer, by its name. */
  @Param({"cv", "cover-letter", "linkedin", "interview", "portfolio", "jsonresume", "pdf", "docx"})
  public String renderer;

  private Lake lake;
  private RenderOptions options;
  private Renderer named;

  /** Generates the lake and finds the renderer once per trial. */
  @Setup
  public void generate() {
    lake = BenchLakes.lake(entries);
    options = BenchLakes.renderOptions(lake);
    named = Renderers.named(renderer);
  }

  /** The renderer's artifacts for the whole lake, as bytes. */
  @Benchmark
  public Rendition render() {
    return named.render(lake, options);
  }
}
