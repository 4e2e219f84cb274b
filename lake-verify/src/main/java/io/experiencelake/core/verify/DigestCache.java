package io.experiencelake.core.verify;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.experiencelake.core.AtomicFiles;
import io.experiencelake.core.PathRelations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Digests of evidence files from earlier verifications, keyed on the file's real path, size,
 * modification time and file key (the inode on Unix), kept in a JSON file the user chooses.
 *
 * <p>A digest is reused only when all four are unchanged, so a file that was written again is
 * always hashed again. As in Git's index, a digest is not trusted when the file's modification
 * time is not older than the cache file itself: a file changed within the same clock tick as it
 * was hashed could otherwise keep its old time and size. A digest is recorded only when the file's
 * attributes are the same before and after it was read.
 *
 * <p>The file is read once per verification and written, only when something was added, with
 * {@link AtomicFiles} (a temporary file in the same folder moved over it in one step). A cache that is
 * missing, unreadable or corrupt is treated as empty; one that cannot be written is left as it was.
 * Entries are added or replaced, never removed: delete the file to start afresh.
 */
final class DigestCache {

  /** The value of the file's {@code format} member; a file with another is ignored. */
  static final String FORMAT = "experience-lake-digest-cache/1";

  /** No coercion: a size written as a string, or a path as a number, makes the file corrupt. */
  private static final JsonMapper JSON = JsonMapper.builder()
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .withCoercionConfig(LogicalType.Textual, config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
      .build();
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final DigestCache NONE = new DigestCache(null, Long.MIN_VALUE);

  /** The cache file: its format and what it knows of each file, by real path. */
  record CacheFile(String format, List<Entry> files) {}

  /** What the cache knows of one file. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Entry(String path, long size, long modified, String fileKey, String sha256) {

    boolean describes(BasicFileAttributes attributes) {
      return size == attributes.size()
          && modified == nanos(attributes.lastModifiedTime())
          && Objects.equals(fileKey, key(attributes));
    }
  }

  private final Path file;
  /** Digests of files modified at or after this time (the cache file's own) are not trusted. */
  private final long trustedBefore;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private volatile boolean changed;

  private DigestCache(Path file, long trustedBefore) {
    this.file = file;
    this.trustedBefore = trustedBefore;
  }

  /** A cache that knows nothing and records nothing. */
  static DigestCache none() {
    return NONE;
  }

  /** The cache kept in {@code file}, or an empty one when the file is missing, unreadable, corrupt or of another format. */
  static DigestCache load(Path file) {
    FileTime written;
    CacheFile read;
    try {
      written = Files.getLastModifiedTime(file);
      read = JSON.readValue(Files.readAllBytes(file), CacheFile.class);
    } catch (IOException | JacksonException | SecurityException e) {
      return new DigestCache(file, Long.MIN_VALUE);
    }
    DigestCache cache = new DigestCache(file, nanos(written));
    if (read != null && FORMAT.equals(read.format()) && read.files() != null
        && read.files().stream().allMatch(e -> e != null && e.path() != null && e.sha256() != null && SHA256.matcher(e.sha256()).matches())) {
      read.files().forEach(e -> cache.entries.put(e.path(), e));
    }
    return cache;
  }

  /**
   * Throws when {@code cache} lies inside the evidence root (as given, or through symbolic links):
   * verification only ever reads evidence, so it must not write its cache there either.
   *
   * @throws IllegalArgumentException when the cache file would be inside {@code root}
   */
  static void requireOutside(Path cache, Path root) {
    if (PathRelations.isWithin(cache, root)) {
      throw new IllegalArgumentException("the digest cache " + cache + " is inside the evidence root " + root
          + "; verification never writes into the evidence, so choose a file outside it, e.g. next to the lake file");
    }
  }

  /** Whether digests are looked up and recorded at all. */
  boolean isEnabled() {
    return file != null;
  }

  /** The digest of {@code realPath} when the cache has one for the file as it is now, else {@code null}. */
  String lookup(Path realPath) {
    if (file == null) {
      return null;
    }
    Entry entry = entries.get(realPath.toString());
    if (entry == null || entry.modified() >= trustedBefore) {
      return null;
    }
    try {
      return entry.describes(FileDigests.attributes(realPath)) ? entry.sha256() : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Records the digest of {@code realPath} when its attributes did not change while it was read. */
  void record(Path realPath, BasicFileAttributes before, BasicFileAttributes after, String sha256) {
    if (file == null) {
      return;
    }
    Entry entry = new Entry(realPath.toString(), before.size(), nanos(before.lastModifiedTime()), key(before), sha256);
    if (entry.describes(after)) {
      entries.put(realPath.toString(), entry);
      changed = true;
    }
  }

  /** Writes the cache atomically when something was recorded; a cache that cannot be written is left as it was. */
  void save() {
    if (file == null || !changed) {
      return;
    }
    try {
      Path target = file.toAbsolutePath();
      Files.createDirectories(target.getParent());
      AtomicFiles.write(target, JSON.writeValueAsBytes(new CacheFile(FORMAT, List.copyOf(new TreeMap<>(entries).values()))));
      changed = false;
    } catch (IOException | JacksonException | SecurityException e) {
      // The cache only saves time: verification stands without it, and the next run hashes again.
    }
  }

  private static long nanos(FileTime time) {
    return time.to(TimeUnit.NANOSECONDS);
  }

  private static String key(BasicFileAttributes attributes) {
    return attributes.fileKey() == null ? null : attributes.fileKey().toString();
  }
}
