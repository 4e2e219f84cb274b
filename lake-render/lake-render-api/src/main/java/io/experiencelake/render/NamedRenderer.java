package io.experiencelake.render;

import java.util.Objects;

/**
 * A renderer whose name is given once, to its constructor, so a subclass implements only {@link #render}.
 *
 * <pre>{@code
 * public final class PosterRenderer extends NamedRenderer {
 *   public PosterRenderer() {
 *     super("poster");
 *   }
 *
 *   @Override
 *   public Rendition render(Lake lake, RenderOptions options) {
 *     return Rendition.of(List.of(Artifact.utf8("poster.txt", "text/plain; charset=utf-8", lake.owner().name())), List.of(), List.of());
 *   }
 * }
 * }</pre>
 */
public abstract class NamedRenderer implements Renderer {

  private final String name;

  /**
   * Makes a renderer called {@code name}.
   *
   * @param name the renderer's stable name, a lowercase slug such as {@code cv}
   */
  protected NamedRenderer(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  @Override
  public final String name() {
    return name;
  }
}
