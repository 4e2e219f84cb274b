package io.experiencelake.applications;

import io.experiencelake.core.Rule;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.IoErrors;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.hash.ContentHash;
import io.experiencelake.core.verify.FileDigests;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ImmutableArtifact;
import io.experiencelake.render.RenderRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * An application's folder: written whole or not at all, and later checked against its manifest
 * and record.
 *
 * <p>The files go into a hidden sibling ({@code .NAME.partial}), each flushed to disk, then the
 * sibling is renamed to {@code NAME} in one step and the applications folder flushed: a crash
 * leaves either no folder or a hidden one {@link #unfinished} names, never a half-filled
 * {@code NAME}.
 */
final class ApplicationFolder {

  /** The suffix of a folder being written. */
  static final String PARTIAL = ".partial";

  /** The most bytes a manifest may hold before it is read: far more than a real one. */
  private static final int MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

  private static final Pattern UNFINISHED = Pattern.compile("\\.(.+)\\" + PARTIAL + "(-[0-9]+)?");

  private ApplicationFolder() {}

  /** Writes {@code files} into the new folder {@code name} of {@code applications}, atomically and durably. */
  static void write(Path applications, String name, List<Artifact> files) throws IOException {
    Path staging = fresh(applications, "." + name + PARTIAL);
    try {
      for (Artifact artifact : files) {
        Path file = staging.resolve(artifact.path());
        Files.createDirectories(file.getParent());
        Durable.createFile(file, artifact.bytes());
      }
      List<Path> folders;
      try (Stream<Path> paths = Files.walk(staging)) {
        folders = paths.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted(Comparator.reverseOrder()).collect(Collectors.toList());
      }
      for (Path folder : folders) {
        Durable.syncFolder(folder);
      }
      Files.move(staging, applications.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        remove(staging, files);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    Durable.syncFolder(applications);
  }

  /** The files of {@code run} as they go into the folder: every artifact and the manifest. */
  static List<Artifact> files(RenderRun run) {
    List<Artifact> files = new ArrayList<>(run.artifacts());
    files.add(run.manifest());
    return files;
  }

  /** Every way the folder of {@code record} differs from its manifest and its record; empty when it is intact. */
  static List<Diagnostic> check(Path applications, ApplicationRecord record) {
    Path folder = applications.resolve(record.folder());
    List<Diagnostic> problems = new ArrayList<>();
    String where = "application " + record.number() + " (" + record.company() + ")";
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(changed(folder, "the folder of " + where + " is missing", "restore it from a backup; its record stays in the ledger"));
      return problems;
    }
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(changed(folder, "the folder of " + where + " is not a folder (a file or a link)", "restore the folder apply wrote"));
      return problems;
    }
    Path manifestFile = folder.resolve(RenderRun.MANIFEST);
    byte[] manifest = readManifest(manifestFile, problems);
    if (manifest == null) {
      return problems;
    }
    if (!ContentHash.sha256Of(manifest).equals(record.manifest())) {
      problems.add(changed(manifestFile, "manifest.json changed since " + where + " was recorded: it hashes to "
          + ContentHash.sha256Of(manifest) + ", the record says " + record.manifest(), "restore the folder from a backup"));
    }
    Map<String, String> listed = listed(manifestFile, manifest, problems);
    if (listed == null) {
      return problems;
    }
    String job = listed.get(record.jobFile());
    if (job == null || !job.equals(record.job().hex())) {
      problems.add(changed(folder.resolve(record.jobFile()), "the manifest does not list the job ad's copy with the hash the record gives ("
          + record.job() + ")", "restore the folder from a backup"));
    }
    for (Map.Entry<String, String> file : listed.entrySet()) {
      Path path = folder.resolve(file.getKey());
      if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(changed(path, "'" + file.getKey() + "' of " + where + (Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? " is not a regular file" : " is missing"),
            "restore it from a backup: it is what was sent"));
        continue;
      }
      try {
        if (!path.toRealPath().startsWith(folder.toRealPath())) {
          problems.add(changed(path, "'" + file.getKey() + "' of " + where + " lies behind a link out of its folder; it was not read",
              "restore the folder from a backup"));
          continue;
        }
        String actual = FileDigests.sha256(path);
        if (!actual.equals(file.getValue())) {
          problems.add(changed(path, "'" + file.getKey() + "' of " + where + " changed since it was sent: it hashes to sha256:" + actual + ", its manifest says sha256:" + file.getValue(),
              "restore it from a backup: it is what was sent; to send something else, run lake apply again"));
        }
      } catch (IOException e) {
        problems.add(changed(path, "'" + file.getKey() + "' cannot be read: " + IoErrors.reason(e), "check that it can be read"));
      }
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        String relative = folder.relativize(path).toString().replace('\\', '/');
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && !relative.equals(RenderRun.MANIFEST) && !listed.containsKey(relative)) {
          problems.add(changed(path, "'" + relative + "' was added to the folder of " + where + " after it was sent: its manifest does not list it",
              "move it out of the application's folder (keep notes beside the applications, or use lake applications mark --note)"));
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add(changed(folder, "the folder of " + where + " cannot be listed: " + IoErrors.reason(e), "check that it can be read"));
    }
    return problems;
  }

  /** The folders among the applications that no record names (errors), and those an apply left unfinished (warnings). */
  static List<Diagnostic> unrecorded(Path applications, LedgerState state) {
    List<Diagnostic> problems = new ArrayList<>();
    TreeSet<Path> children = new TreeSet<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(applications)) {
      stream.forEach(children::add);
    } catch (IOException e) {
      problems.add(changed(applications, "the applications folder cannot be listed: " + IoErrors.reason(e), "check that it can be read"));
      return problems;
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      boolean folder = Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS);
      if (name.startsWith(".")) {
        if (folder && UNFINISHED.matcher(name).matches()) {
          problems.add(sourced(Diagnostic.of(Rule.APPLICATION_FOLDER_UNFINISHED, "", "an apply stopped before this folder was complete (a crash or a failed write); "
              + "nothing was recorded for it", "delete it; run lake apply again to send the application"), child));
        }
        continue;
      }
      if ((folder || Files.isSymbolicLink(child)) && !state.records(name)) {
        problems.add(sourced(Diagnostic.of(Rule.APPLICATION_FOLDER_UNRECORDED, "", (folder ? "the folder" : "the link") + " has no record in the ledger: "
            + "an apply stopped after writing it and before recording it, or it was put here by hand, or its record was removed",
            "if it was never sent, delete it and run lake apply again; if its record was removed, restore the ledger from a backup"), child));
      }
    }
    return problems;
  }

  /** The manifest's bytes, or null (with a problem) when it cannot be read. */
  private static byte[] readManifest(Path file, List<Diagnostic> problems) {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(changed(file, "manifest.json is missing", "restore the folder from a backup"));
      return null;
    }
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      byte[] bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
      if (bytes.length > MAX_MANIFEST_BYTES) {
        problems.add(changed(file, "manifest.json is over " + MAX_MANIFEST_BYTES / (1024 * 1024) + " MiB, so it is not the manifest apply wrote",
            "restore the folder from a backup"));
        return null;
      }
      return bytes;
    } catch (IOException e) {
      problems.add(changed(file, "manifest.json cannot be read: " + IoErrors.reason(e), "check that it can be read"));
      return null;
    }
  }

  /** Each file the manifest lists with its SHA-256 in hex, or null (with a problem) when it is not a manifest. */
  private static Map<String, String> listed(Path file, byte[] manifest, List<Diagnostic> problems) {
    Map<String, String> listed = new TreeMap<>();
    try {
      JsonNode artifacts = RecordJson.MAPPER.readTree(manifest).path("artifacts");
      if (!artifacts.isArray()) {
        throw new IllegalArgumentException("no artifacts");
      }
      for (JsonNode artifact : artifacts) {
        if (!artifact.path("path").isString() || !artifact.path("sha256").isString()) {
          throw new IllegalArgumentException("an artifact without path or sha256");
        }
        String path = artifact.path("path").stringValue();
        String sha256 = artifact.path("sha256").stringValue();
        // An artifact's own rules: relative, '/' separators, no '.' or '..'; a manifest naming another path is not one apply wrote.
        ImmutableArtifact.builder().path(path).mediaType("-").bytes(new byte[0]).build();
        ContentHash.sha256(sha256);
        listed.put(path, sha256);
      }
      return listed;
    } catch (JacksonException | IllegalArgumentException | LakeException e) {
      problems.add(changed(file, "manifest.json is not a manifest apply wrote (each artifact a relative path with a SHA-256)", "restore the folder from a backup"));
      return null;
    }
  }

  private static Diagnostic changed(Path path, String message, String hint) {
    return sourced(Diagnostic.of(Rule.APPLICATION_FOLDER_CHANGED, "", message, hint), path);
  }

  private static Diagnostic sourced(Diagnostic d, Path path) {
    return ImmutableDiagnostic.copyOf(d).withSource(path.toString());
  }

  /** A new folder {@code prefix}, {@code prefix-2}, … in {@code parent}. */
  private static Path fresh(Path parent, String prefix) throws IOException {
    for (int i = 1; ; i++) {
      try {
        return Files.createDirectory(parent.resolve(i == 1 ? prefix : prefix + "-" + i));
      } catch (FileAlreadyExistsException e) {
        if (i >= 1000) {
          throw e;
        }
      }
    }
  }

  /**
   * Removes what this apply wrote into its staging folder: its files, the folders they needed
   * (deepest first), then the staging folder; anything else found there is left, and the removal fails.
   */
  private static void remove(Path staging, List<Artifact> files) throws IOException {
    TreeSet<Path> folders = new TreeSet<>(Comparator.reverseOrder());
    for (Artifact artifact : files) {
      Path file = staging.resolve(artifact.path());
      Files.deleteIfExists(file);
      for (Path folder = file.getParent(); !folder.equals(staging); folder = folder.getParent()) {
        folders.add(folder);
      }
    }
    for (Path folder : folders) {
      Files.deleteIfExists(folder);
    }
    Files.deleteIfExists(staging);
  }
}
