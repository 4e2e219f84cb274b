package io.experiencelake.bench;

import io.experiencelake.core.Lake;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.core.verify.Outcome;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Verifying a lake's evidence at 27, 500 and 2,000 entries, each entry a run output pinning its
 * own file of {@code fileKiB} KiB: with every processor, and with a digest cache (the first run,
 * which hashes every file and writes the cache, and an unchanged re-run, which reads no file).
 *
 * <p>The files live under {@code java.io.tmpdir} and are read from the page cache (they are hashed
 * once while the lake is made), so the figures are the hashing code's, not the disk's. Hashing
 * one large file against {@code openssl} is {@code hash-throughput.sh}'s.
 */
public class EvidenceBenchmarks extends LakeSizes {

  /** The size of each evidence file in KiB. */
  @Param({"256"})
  public int fileKiB;

  private Lake lake;
  private Verifier parallel;
  private Verifier warmCache;
  private Verifier coldCache;
  private Path coldCacheFile;

  /** Writes the files into the trial's folder, makes the lake (hashing every file once) and fills the warm cache. */
  @Setup(Level.Trial)
  public void create(TemporaryFolder folder) throws IOException {
    Path dir = folder.path();
    Path root = dir.resolve("evidence");
    EvidenceFolder.create(root, entries, fileKiB * 1024L);
    lake = EvidenceFolder.lake(root);
    parallel = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(root).build());
    warmCache = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(root).digestCache(dir.resolve("warm/digests.json")).build());
    coldCacheFile = dir.resolve("cold/digests.json");
    coldCache = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(root).digestCache(coldCacheFile).build());
    requireAllVerified(warmCache.verify(lake));
    requireAllVerified(warmCache.verify(lake));
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

  /** Verifies every anchor, hashing on every available processor. */
  @Benchmark
  public VerificationReport verify() {
    return parallel.verify(lake);
  }

  /** The first verification with a digest cache: every file hashed and the cache written. */
  @Benchmark
  public VerificationReport verifyFirstCachedRun(EmptyCache empty) {
    return coldCache.verify(lake);
  }

  /** A verification of unchanged evidence with a filled digest cache: no file is read. */
  @Benchmark
  public VerificationReport verifyUnchanged() {
    return warmCache.verify(lake);
  }

  private static void requireAllVerified(VerificationReport report) {
    if (report.count(Outcome.VERIFIED) != report.results().size()) {
      throw new IllegalStateException("the benchmark's evidence did not verify: " + report.summary());
    }
  }
}
