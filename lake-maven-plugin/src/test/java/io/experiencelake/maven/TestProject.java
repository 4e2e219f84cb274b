package io.experiencelake.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * A project folder for the goals to work in, as Maven would give it to them: the test lake
 * ({@code lake.json}) and its evidence copied from {@code src/test/resources/project}, a
 * {@link MavenProject} and the build's {@link MavenSession}, and a log that keeps every line.
 */
final class TestProject {

  static final String TODAY = "2026-11-27";
  private static final List<String> FILES = List.of("lake.json", "evidence/runs/gates.log", "evidence/reports/promotions.json");

  final Path basedir;
  final MavenProject project;
  final MavenSession session;
  final Lines log = new Lines();

  private TestProject(Path basedir, MavenSession session, String artifactId) {
    this.basedir = basedir;
    Model model = new Model();
    model.setGroupId("com.example");
    model.setArtifactId(artifactId);
    model.setVersion("1.0");
    this.project = new MavenProject(model);
    this.session = session;
  }

  /** A project in {@code basedir}, in a build of its own. */
  static TestProject in(Path basedir) {
    return in(basedir, newBuild(), "career");
  }

  /** A project {@code artifactId} in {@code basedir}, as one module of {@code build}. */
  static TestProject in(Path basedir, MavenSession build, String artifactId) {
    for (String file : FILES) {
      try (InputStream in = TestProject.class.getResourceAsStream("/project/" + file)) {
        Path target = basedir.resolve(file);
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new TestProject(basedir, build, artifactId);
  }

  /** A new build (a session), which modules may share. */
  @SuppressWarnings("deprecation")
  static MavenSession newBuild() {
    return new MavenSession(null, null, new DefaultMavenExecutionRequest(), new DefaultMavenExecutionResult());
  }

  /** The lake file with its text changed: {@code from} replaced by {@code to}, which must be there. */
  void edit(String from, String to) throws IOException {
    Path lake = basedir.resolve("lake.json");
    String text = Files.readString(lake, StandardCharsets.UTF_8);
    if (!text.contains(from)) {
      throw new IllegalArgumentException("lake.json has no '" + from + "'");
    }
    Files.writeString(lake, text.replace(from, to), StandardCharsets.UTF_8);
  }

  ValidateMojo validate() {
    return configure(new ValidateMojo());
  }

  VerifyMojo verify() {
    VerifyMojo mojo = configure(new VerifyMojo());
    mojo.evidence = basedir.resolve("evidence").toFile();
    return mojo;
  }

  RenderMojo render() {
    RenderMojo mojo = configure(new RenderMojo());
    mojo.outputDirectory = basedir.resolve("target/lake").toFile();
    return mojo;
  }

  /** The SARIF log the goals write. */
  Path sarif() {
    return basedir.resolve("target/lake/lake.sarif");
  }

  /** A goal configured as Maven would with the defaults, and {@code today} pinned. */
  private <M extends LakeMojo> M configure(M mojo) {
    mojo.lakeFile = basedir.resolve("lake.json").toFile();
    mojo.sarifFile = sarif().toFile();
    mojo.today = TODAY;
    mojo.project = project;
    mojo.session = session;
    mojo.setLog(log.log());
    return mojo;
  }

  /** Every line the goals logged, each as {@code [level] text}; {@link #log()} is the {@link Log} that keeps them. */
  static final class Lines {
    private final List<String> lines = new ArrayList<>();

    /** A {@link Log} with every level enabled, whose {@code debug}, {@code info}, {@code warn} and {@code error} keep the line. */
    Log log() {
      return (Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class}, (proxy, method, args) -> {
        if (method.getName().startsWith("is")) {
          return true;
        }
        if (args == null) {
          return method.getName().equals("toString") ? "Lines" : null;
        }
        add(method.getName(), Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(" ")));
        return null;
      });
    }

    synchronized List<String> lines() {
      return List.copyOf(lines);
    }

    synchronized List<String> at(String level) {
      String prefix = "[" + level + "] ";
      return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }

    private synchronized void add(String level, String text) {
      lines.add("[" + level + "] " + text);
    }
  }
}
