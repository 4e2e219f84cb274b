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

  /** The renderers found, once: the class path does not change while the JVM runs. */
  private static volatile List<Renderer> found;

  /** Every renderer the class loader of this class finds, sorted by name. */
  public static List<Renderer> all() {
    List<Renderer> known = found;
    if (known == null) {
      known = load();
      found = known;
    }
    return known;
  }

  private static List<Renderer> load() {
    List<Renderer> loaded = new ArrayList<>();
    ServiceLoader.load(Renderer.class, Renderers.class.getClassLoader()).forEach(loaded::add);
    loaded.sort(Comparator.comparing(Renderer::name));
    for (int i = 1; i < loaded.size(); i++) {
      if (loaded.get(i).name().equals(loaded.get(i - 1).name())) {
        throw new IllegalStateException("two renderers are named '" + loaded.get(i).name() + "': "
            + loaded.get(i - 1).getClass().getName() + " and " + loaded.get(i).getClass().getName());
      }
    }
    return List.copyOf(loaded);
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
