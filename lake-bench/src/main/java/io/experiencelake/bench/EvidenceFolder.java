package io.experiencelake.bench;

import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableRunOutput;
import io.experiencelake.core.Lake;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.verify.FileDigests;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A folder of evidence files of pseudo-random bytes, and a lake with one run output anchor per file. */
final class EvidenceFolder {

  /** When every generated file was last modified: long before any digest cache is written. */
  static final FileTime LONG_AGO = FileTime.from(Instant.parse("2024-01-01T00:00:00Z"));

  private EvidenceFolder() {}

  /** Writes {@code files} files of {@code bytesPerFile} bytes each under {@code root}/runs. */
  static void create(Path root, int files, long bytesPerFile) throws IOException {
    SplittableRandom random = new SplittableRandom(BenchLakes.SEED);
    byte[] block = new byte[1 << 20];
    for (int i = 0; i < files; i++) {
      Path file = root.resolve(String.format(java.util.Locale.ROOT, "runs/%05d.bin", i));
      Files.createDirectories(file.getParent());
      write(file, bytesPerFile, random, block);
    }
  }

  /** Writes one file of {@code bytes} pseudo-random bytes, modified {@link #LONG_AGO}. */
  static void write(Path file, long bytes, SplittableRandom random, byte[] block) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long left = bytes; left > 0; left -= block.length) {
        random.nextBytes(block);
        out.write(block, 0, (int) Math.min(block.length, left));
      }
    }
    Files.setLastModifiedTime(file, LONG_AGO);
  }

  /**
   * A valid generated lake with one entry per regular file under {@code root}, each entry's
   * evidence a run output pinning the file's digest (hashed here, which also brings the files into
   * the page cache).
   */
  static Lake lake(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    Lake generated = BenchLakes.lake(files.size());
    List<LakeEntry> entries = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      String relative = root.relativize(files.get(i)).toString().replace('\\', '/');
      entries.add(ImmutableLakeEntry.copyOf(generated.entries().get(i)).withEvidence(
          ImmutableRunOutput.builder().path(relative).sha256(FileDigests.sha256(files.get(i))).build()));
    }
    return ImmutableLake.copyOf(generated).withEntries(entries);
  }
}
