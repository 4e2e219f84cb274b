package io.experiencelake.bench;

import io.experiencelake.core.Lake;
import io.experiencelake.core.verify.FileDigests;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.core.verify.Outcome;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hashing and verifying evidence: one file, and a folder of many files holding the same number of
 * bytes, verified with every processor, with one, and with a digest cache (first run and unchanged
 * re-run).
 *
 * <p>The files live under {@code java.io.tmpdir} and are read from the page cache (they are hashed
 * once while the lake is made), so the figures are the hashing code's, not the disk's.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EvidenceBenchmarks {

  /** How many files the folder has. */
  @Param({"128"})
  public int files;

  /** The size of each file in KiB; the single file holds {@code files × fileKiB} KiB. */
  @Param({"4096"})
  public int fileKiB;

  private Path dir;
  private Path single;
  private Lake lake;
  private Verifier parallel;
  private Verifier oneThread;
  private Verifier warmCache;
  private Verifier coldCache;
  private Path coldCacheFile;

  /** Writes the files, makes the lake (hashing every file once) and fills the warm cache. */
  @Setup(Level.Trial)
  public void create() throws IOException {
    dir = Files.createTempDirectory("lake-bench-evidence");
    Path root = dir.resolve("evidence");
    EvidenceFolder.create(root, files, fileKiB * 1024L);
    single = dir.resolve("single.bin");
    EvidenceFolder.write(single, (long) files * fileKiB * 1024L, new SplittableRandom(BenchLakes.SEED + 1), new byte[1 << 20]);
    FileDigests.sha256(single);
    lake = EvidenceFolder.lake(root);
    parallel = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(root).build());
    oneThread = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(root).parallelism(1).build());
    warmCache = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(root).digestCache(dir.resolve("warm/digests.json")).build());
    coldCacheFile = dir.resolve("cold/digests.json");
    coldCache = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(root).digestCache(coldCacheFile).build());
    requireAllVerified(warmCache.verify(lake));
    requireAllVerified(warmCache.verify(lake));
  }

  /** Removes every file the trial made. */
  @TearDown(Level.Trial)
  public void delete() {
    EvidenceFolder.delete(dir);
  }

  /** Empties the first-run cache before each of its runs. */
  @State(Scope.Benchmark)
  public static class EmptyCache {
    /** Deletes the first-run cache file. */
    @Setup(Level.Invocation)
    public void empty(EvidenceBenchmarks bench) throws IOException {
      Files.deleteIfExists(bench.coldCacheFile);
    }
  }

  /** {@link FileDigests#sha256(Path)} of one file as large as the whole folder, on one thread. */
  @Benchmark
  public String hashOneFile() throws IOException {
    return FileDigests.sha256(single);
  }

  /** Verifies every file of the folder, hashing on every available processor. */
  @Benchmark
  public VerificationReport verifyFolder() {
    return parallel.verify(lake);
  }

  /** Verifies every file of the folder, hashing one file at a time. */
  @Benchmark
  public VerificationReport verifyFolderOneThread() {
    return oneThread.verify(lake);
  }

  /** The first verification with a digest cache: every file hashed and the cache written. */
  @Benchmark
  public VerificationReport verifyFolderFirstCachedRun(EmptyCache empty) {
    return coldCache.verify(lake);
  }

  /** A verification of unchanged evidence with a filled digest cache: no file is read. */
  @Benchmark
  public VerificationReport verifyFolderUnchanged() {
    return warmCache.verify(lake);
  }

  private static void requireAllVerified(VerificationReport report) {
    if (report.count(Outcome.VERIFIED) != report.results().size()) {
      throw new IllegalStateException("the benchmark's evidence did not verify: " + report.summary());
    }
  }
}
