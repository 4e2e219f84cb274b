package io.experiencelake.render;

import io.experiencelake.core.Lake;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One output of a lake, such as a CV or a {@code resume.json}; found with {@link java.util.ServiceLoader}.
 *
 * <p>A renderer is a pure function of the lake and the options: it reads no clock, no default
 * locale or time zone, and no file, and returns its artifacts in memory. {@link Rendering} checks
 * the lake first, so a renderer only ever sees a lake without errors. Implementations are listed
 * in {@code META-INF/services/io.experiencelake.render.Renderer} and need a public no-argument
 * constructor. One instance serves every render ({@link Renderers} finds them once): an
 * implementation keeps no state between calls. The renderers of one run may run at the same time,
 * on different threads (see {@link Rendering#run(Lake, RenderOptions, java.util.List)}).
 *
 * <pre>{@code
 * Renderer cv = Renderers.named("cv");
 * Rendition rendition = cv.render(lake, RenderOptions.today(LocalDate.of(2026, 11, 27)));
 * }</pre>
 */
public interface Renderer {

  /** The renderer's stable name, a lowercase slug such as {@code cv} or {@code jsonresume}. */
  String name();

  /**
   * Renders {@code lake} as {@code options} say.
   *
   * @param lake a lake the checker found no errors in
   * @param options what to select and how
   * @return the artifacts, warnings and the ids of the entries used
   */
  Rendition render(Lake lake, RenderOptions options);

  /**
   * A renderer called {@code name} that renders with {@code render}: for a caller that brings a
   * renderer of its own to {@link Rendering#run(Lake, RenderOptions, java.util.List)} (one that
   * copies a file into the output, say). {@link java.util.ServiceLoader} finds only classes.
   *
   * <pre>{@code
   * Renderer notes = Renderer.of("notes", (lake, options) ->
   *     Rendition.of(List.of(Artifact.utf8("notes.txt", "text/plain; charset=utf-8", text)), List.of(), List.of()));
   * }</pre>
   *
   * @param name the renderer's stable name, a lowercase slug
   * @param render what {@link #render} returns for a lake and options
   */
  static Renderer of(String name, BiFunction<Lake, RenderOptions, Rendition> render) {
    Objects.requireNonNull(render, "render");
    return new NamedRenderer(name) {
      @Override
      public Rendition render(Lake lake, RenderOptions options) {
        return render.apply(lake, options);
      }
    };
  }
}
