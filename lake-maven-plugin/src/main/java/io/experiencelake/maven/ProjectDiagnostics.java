package io.experiencelake.maven;

import io.experiencelake.cli.Sarif;
import io.experiencelake.core.AtomicFiles;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.IoErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * The diagnostics the goals of this build found in one project, written as one SARIF log: each goal
 * adds what it found and rewrites the log, so after {@code validate}, {@code render} and
 * {@code verify} it holds all three goals' findings, each diagnostic once, in the order found.
 *
 * <p>They are kept in the project's context, which lives as long as the build: a later build starts
 * afresh. A project's goals run one after another, so the set needs no lock.
 */
final class ProjectDiagnostics {

  /** The context key: the class's identity too, so another version of the plugin in the same build keeps its own set. */
  private static final String KEY = ProjectDiagnostics.class.getName() + "@"
      + Integer.toHexString(System.identityHashCode(ProjectDiagnostics.class)) + ":";

  private ProjectDiagnostics() {}

  /**
   * Adds {@code found} to the project's diagnostics and writes them all to {@code sarif}, atomically.
   *
   * @throws MojoExecutionException when the log cannot be written; it is then unchanged
   */
  static void write(MavenProject project, Path sarif, List<Diagnostic> found) throws MojoExecutionException {
    Path file = sarif.toAbsolutePath().normalize();
    String key = KEY + file;
    @SuppressWarnings("unchecked")
    Set<Diagnostic> all = (Set<Diagnostic>) project.getContextValue(key);
    if (all == null) {
      all = new LinkedHashSet<>();
      project.setContextValue(key, all);
    }
    all.addAll(found);
    try {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException("it exists and is not a regular file; remove it or set <sarifFile> to another path");
      }
      Files.createDirectories(file.getParent());
      AtomicFiles.write(file, Sarif.json(List.copyOf(all)).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write the SARIF log " + file + ": " + IoErrors.reason(e), e);
    }
  }
}
