package io.experiencelake.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/** A copy of the corpus's valid lake and its evidence in a test's folder, to edit freely. */
record Workspace(Path folder, Path lake, Path evidence) {

  /** Copies {@code hostile/valid.json} to {@code folder/lake.json} and the evidence to {@code folder/evidence}. */
  static Workspace in(Path folder) {
    Path corpus = Cli.resource("hostile");
    Workspace w = new Workspace(folder, folder.resolve("lake.json"), folder.resolve("evidence"));
    try {
      Files.copy(corpus.resolve("valid.json"), w.lake);
      try (Stream<Path> paths = Files.walk(corpus.resolve("evidence"))) {
        for (Path path : (Iterable<Path>) paths::iterator) {
          Path target = w.evidence.resolve(corpus.resolve("evidence").relativize(path).toString());
          if (Files.isDirectory(path)) {
            Files.createDirectories(target);
          } else {
            Files.copy(path, target);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w;
  }

  /** Rewrites the lake after {@code change} edits its JSON tree. */
  Workspace edit(Consumer<ObjectNode> change) {
    ObjectNode tree = (ObjectNode) DiagnosticsOutput.JSON.readTree(lake.toFile());
    change.accept(tree);
    try {
      Files.writeString(lake, DiagnosticsOutput.PRETTY.writeValueAsString(tree) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The lake's path as the command is given it. */
  String file() {
    return lake.toString();
  }
}
