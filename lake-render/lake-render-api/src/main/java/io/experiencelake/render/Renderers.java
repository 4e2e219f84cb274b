package io.experiencelake.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The renderers on the class path, found with {@link ServiceLoader}, sorted by name.
 *
 * <pre>{@code
 * Renderers.names();          // [cv, jsonresume]
 * Renderer cv = Renderers.named("cv");
 * }</pre>
 */
public final class Renderers {

  private Renderers() {}

  /** Every renderer the class loader of this class finds, sorted by name. */
  public static List<Renderer> all() {
    List<Renderer> found = new ArrayList<>();
    ServiceLoader.load(Renderer.class, Renderers.class.getClassLoader()).forEach(found::add);
    found.sort(Comparator.comparing(Renderer::name));
    for (int i = 1; i < found.size(); i++) {
      if (found.get(i).name().equals(found.get(i - 1).name())) {
        throw new IllegalStateException("two renderers are named '" + found.get(i).name() + "': "
            + found.get(i - 1).getClass().getName() + " and " + found.get(i).getClass().getName());
      }
    }
    return List.copyOf(found);
  }

  /** The names of every renderer found, sorted. */
  public static List<String> names() {
    return all().stream().map(Renderer::name).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The renderer called {@code name}.
   *
   * @throws IllegalArgumentException when no renderer has that name; the message lists those found
   */
  public static Renderer named(String name) {
    List<Renderer> all = all();
    return all.stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no renderer is named '" + name + "'; found "
            + all.stream().map(Renderer::name).collect(Collectors.toList())
            + " (add the module of the renderer, e.g. lake-render-" + name + ", to the class path)"));
  }
}
