package io.experiencelake.render;

import io.experiencelake.core.FileKinds;
import io.experiencelake.core.verify.FileDigests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a folder holds compared with its {@code manifest.json}: whether a render wrote it at all
 * (the manifest parses and names this library's format), and which files in it the render did not
 * write or that changed since. Links are never followed.
 */
final class RenderedFolder {

  /** A manifest larger than this is not one a render wrote (a render's manifest lists its files, a few KiB). */
  private static final long MAX_MANIFEST_BYTES = 64L * 1024 * 1024;
  private static final int NAMES_SHOWN = 5;
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One file a manifest lists: its size and SHA-256. */
  private record Listed(long bytes, String sha256) {}

  private final String notWritten;
  private final List<String> foreign;
  private final boolean empty;

  private RenderedFolder(String notWritten, List<String> foreign, boolean empty) {
    this.notWritten = notWritten;
    this.foreign = List.copyOf(foreign);
    this.empty = empty;
  }

  /** Inspects {@code folder}, a folder (not a link); every listed file there is hashed. */
  static RenderedFolder inspect(Path folder) throws IOException {
    List<String> names;
    try (Stream<Path> children = Files.list(folder)) {
      names = children.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
    if (names.isEmpty()) {
      return new RenderedFolder(null, List.of(), true);
    }
    Path manifest = folder.resolve(RenderRun.MANIFEST);
    if (!names.contains(RenderRun.MANIFEST)) {
      return notWritten("it holds " + shown(names) + " but no " + RenderRun.MANIFEST + ", so no render wrote it");
    }
    BasicFileAttributes attributes = Files.readAttributes(manifest, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!attributes.isRegularFile()) {
      return notWritten("its " + RenderRun.MANIFEST + " is not a file, so no render wrote it");
    }
    if (attributes.size() > MAX_MANIFEST_BYTES) {
      return notWritten("its " + RenderRun.MANIFEST + " is larger than any a render writes, so no render wrote it");
    }
    Map<String, Listed> listed = new HashMap<>();
    String problem = read(manifest, listed);
    if (problem != null) {
      return notWritten("it holds a " + RenderRun.MANIFEST + " that no render wrote (" + problem + ")");
    }
    return new RenderedFolder(null, foreign(folder, listed), false);
  }

  /**
   * Whether a render wrote the folder, or it is empty; the files in it may still have changed or
   * been added to (see {@link #foreign()}).
   */
  boolean isRender() {
    return notWritten == null;
  }

  /** Whether the folder holds nothing at all. */
  boolean isEmpty() {
    return empty;
  }

  /** Why no render wrote the folder, in words; only when not {@link #isRender()}. */
  String notWritten() {
    return notWritten;
  }

  /** What is in the folder that its render did not write, or changed since, e.g. {@code notes/mine.txt}, {@code cv.md (changed since it was rendered)}. */
  List<String> foreign() {
    return foreign;
  }

  /** Whether the folder is empty, or holds exactly what its render wrote, unchanged. */
  boolean isUnchangedRender() {
    return isRender() && foreign.isEmpty();
  }

  /** {@link #foreign()} in words: at most five names and how many more. */
  String foreignShown() {
    return shown(foreign);
  }

  private static RenderedFolder notWritten(String why) {
    return new RenderedFolder(why, List.of(), false);
  }

  /** Reads the manifest's artifacts into {@code listed}; returns why it is not a render's manifest, or {@code null}. */
  private static String read(Path manifest, Map<String, Listed> listed) throws IOException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(manifest, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      root = JSON.readTree(in);
    } catch (JacksonException e) {
      return "it is not JSON";
    }
    if (root == null || !root.isObject()) {
      return "it is not a JSON object";
    }
    JsonNode format = root.path("format");
    boolean ours = format.isMissingNode()
        ? Manifest.LIBRARY.equals(root.path("library").path("name").asString(""))
        : Manifest.FORMAT.equals(format.asString(""));
    if (!ours) {
      return format.isMissingNode() ? "it names neither the format " + Manifest.FORMAT + " nor the library " + Manifest.LIBRARY
          : "its format is '" + abbreviate(format.asString(format.toString())) + "', not " + Manifest.FORMAT;
    }
    JsonNode artifacts = root.path("artifacts");
    if (!artifacts.isArray()) {
      return "it lists no artifacts";
    }
    for (JsonNode artifact : artifacts) {
      JsonNode path = artifact.path("path");
      JsonNode bytes = artifact.path("bytes");
      JsonNode sha256 = artifact.path("sha256");
      if (!path.isString() || !bytes.canConvertToLong() || !sha256.isString() || !SHA256.matcher(sha256.asString()).matches()) {
        return "an artifact in it has no path, size or SHA-256";
      }
      try {
        Artifact.of(path.asString(), "application/octet-stream", new byte[0]);
      } catch (IllegalArgumentException e) {
        return "it lists the path '" + abbreviate(path.asString()) + "', which leaves the folder";
      }
      listed.put(path.asString(), new Listed(bytes.asLong(), sha256.asString()));
    }
    return null;
  }

  /** Every file or folder under {@code folder} its manifest does not account for, or that changed. */
  private static List<String> foreign(Path folder, Map<String, Listed> listed) throws IOException {
    Set<String> folders = new HashSet<>();
    for (String path : listed.keySet()) {
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        folders.add(path.substring(0, slash));
      }
    }
    List<String> found = new ArrayList<>();
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
        if (dir.equals(folder)) {
          return FileVisitResult.CONTINUE;
        }
        String relative = relative(folder, dir);
        if (!folders.contains(relative)) {
          try (Stream<Path> inside = Files.list(dir)) {
            if (inside.findAny().isEmpty()) {
              found.add(relative + "/");
            }
          }
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        String relative = relative(folder, file);
        if (relative.equals(RenderRun.MANIFEST)) {
          return FileVisitResult.CONTINUE;
        }
        Listed expected = listed.get(relative);
        if (!attributes.isRegularFile()) {
          found.add(relative + " (" + FileKinds.withArticle(FileKinds.of(file)) + ")");
        } else if (expected == null) {
          found.add(relative);
        } else if (expected.bytes() != attributes.size() || !expected.sha256().equals(FileDigests.sha256(file))) {
          found.add(relative + " (changed since it was rendered)");
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  private static String relative(Path folder, Path path) {
    return folder.relativize(path).toString().replace('\\', '/');
  }

  private static String shown(List<String> names) {
    String first = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
    return names.size() <= NAMES_SHOWN ? first : first + " and " + (names.size() - NAMES_SHOWN) + " more";
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }
}
