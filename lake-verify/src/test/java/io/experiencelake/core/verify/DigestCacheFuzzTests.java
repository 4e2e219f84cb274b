package io.experiencelake.core.verify;

import static io.experiencelake.core.verify.Fixtures.entry;
import static io.experiencelake.core.verify.Fixtures.runOutput;
import static io.experiencelake.core.verify.Fixtures.write;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.experiencelake.core.LakeEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the digest cache file, which lives outside the evidence and may be left half-written,
 * edited or replaced: whatever bytes it holds, a verification returns its report (a cache that is
 * not one is treated as empty) and the pinned file it checks still verifies or, if the cache holds a
 * digest for exactly that file, mismatches; any exception is a finding.
 *
 * <p>In the normal build this replays the seeds in {@code DigestCacheFuzzTestsInputs/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl lake-core test -Dtest=DigestCacheFuzzTests -Djazzer.max_duration=3m}.
 */
class DigestCacheFuzzTests {

  /** Made before the first input and removed after the last. */
  @TempDir
  static Path folder;

  private static LakeEntry pinned;

  @BeforeAll
  static void writeEvidence() {
    String digest = write(folder.resolve("evidence"), "runs/gates.log", "phase 6 gate: PASS\n");
    pinned = entry("gates", runOutput("runs/gates.log", digest));
  }

  @FuzzTest(maxDuration = "3m")
  void anyCacheFileIsReadOrIgnored(byte[] input) throws IOException {
    Path cache = folder.resolve("cache/lake-digests.json");
    Files.createDirectories(cache.getParent());
    Files.write(cache, input);
    Verifier verifier = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(folder.resolve("evidence")).digestCache(cache).build());

    Outcome outcome = verifier.verify(pinned).anchors().get(0).outcome();

    if (outcome != Outcome.VERIFIED && outcome != Outcome.MISMATCH) {
      throw new AssertionError("the pinned file came out " + outcome);
    }
  }
}
