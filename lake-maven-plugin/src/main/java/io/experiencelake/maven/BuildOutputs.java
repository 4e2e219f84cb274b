package io.experiencelake.maven;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * Which module of a build writes each file and folder the goals write, so that two modules
 * configured to write the same place (or one inside the other) fail the build instead of
 * overwriting each other's output, in a serial or a parallel build alike.
 *
 * <p>This is the plugin's only state shared between goal executions: one map per build (keyed by
 * the build's request, which every module's session shares, and weakly, so a long-lived Maven
 * daemon forgets finished builds), read and changed only while holding its lock.
 */
final class BuildOutputs {

  private static final Map<Object, Map<Path, String>> OWNERS = new WeakHashMap<>();

  private BuildOutputs() {}

  /**
   * Records that {@code project} writes {@code path}, called {@code what} in messages.
   *
   * @throws MojoFailureException when another module of this build writes the same path, a folder holding it, or a path inside it
   */
  static void claim(MavenSession session, MavenProject project, String what, Path path) throws MojoFailureException {
    claim(session.getRequest(), project.getId(), what, path);
  }

  /** Records that {@code owner} writes {@code path} in {@code build}; see {@link #claim(MavenSession, MavenProject, String, Path)}. */
  static void claim(Object build, String owner, String what, Path path) throws MojoFailureException {
    Path key = path.toAbsolutePath().normalize();
    String other = null;
    Path otherPath = null;
    synchronized (OWNERS) {
      Map<Path, String> owners = OWNERS.computeIfAbsent(build, b -> new HashMap<>());
      if (owners.containsKey(key) && !owners.get(key).equals(owner)) {
        other = owners.get(key);
        otherPath = key;
      }
      for (Map.Entry<Path, String> e : owners.entrySet()) {
        if (other == null && !e.getValue().equals(owner) && (e.getKey().startsWith(key) || key.startsWith(e.getKey()))) {
          other = e.getValue();
          otherPath = e.getKey();
          break;
        }
      }
      if (other == null) {
        owners.putIfAbsent(key, owner);
      }
    }
    if (other != null) {
      throw new MojoFailureException(what + " " + key + (otherPath.equals(key) ? " is" : " overlaps " + otherPath + ", which is")
          + " written by " + other + " in this build too; give each module its own output"
          + " (the defaults, under each module's target/, never overlap)");
    }
  }
}
