package io.experiencelake.core.verify;

import static io.experiencelake.core.verify.Fixtures.ZEROS;
import static io.experiencelake.core.verify.Fixtures.entry;
import static io.experiencelake.core.verify.Fixtures.lake;
import static io.experiencelake.core.verify.Fixtures.runOutput;
import static io.experiencelake.core.verify.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest cache, observed from outside: a cached digest that is used shows up when the cache
 * file is doctored to hold a wrong one (the verifier then reports a mismatch without reading the
 * file), and a file that is hashed again shows up as the true result despite the doctored cache.
 * Modification times are set explicitly, so the tests do not depend on the file system's clock
 * granularity.
 */
class DigestCacheTests {

  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2024-01-01T00:00:00Z"));
  private static final FileTime LATER = FileTime.from(Instant.parse("2024-06-01T12:00:00Z"));

  @TempDir
  Path root;

  @TempDir
  Path elsewhere;

  private Path cacheFile() {
    return elsewhere.resolve("cache/lake-digests.json");
  }

  private Verifier cached() {
    return Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(root).digestCache(cacheFile()).build());
  }

  /** Writes {@code content} at {@code relative} with a modification time long before the cache is written. */
  private String evidence(String relative, String content) throws IOException {
    String digest = write(root, relative, content);
    Files.setLastModifiedTime(root.resolve(relative), LONG_AGO);
    return digest;
  }

  /** Replaces every digest in the cache file with zeros, keeping its modification time. */
  private void doctorCache() throws IOException {
    FileTime written = Files.getLastModifiedTime(cacheFile());
    String text = Files.readString(cacheFile(), StandardCharsets.UTF_8);
    Files.writeString(cacheFile(), text.replaceAll("\"sha256\":\"[0-9a-f]{64}\"", "\"sha256\":\"" + ZEROS + "\""));
    Files.setLastModifiedTime(cacheFile(), written);
  }

  private Outcome verifyOnly(String relative, String digest) {
    return cached().verify(entry("only", runOutput(relative, digest))).anchors().get(0).outcome();
  }

  @Nested
  class Reuse {

    @Test
    void usesTheCachedDigestOfAnUnchangedFileWithoutReadingIt() throws IOException {
      String digest = evidence("runs/gates.log", "phase 6 gate: PASS\n");
      assertThat(verifyOnly("runs/gates.log", digest)).isEqualTo(Outcome.VERIFIED);

      doctorCache();

      assertThat(verifyOnly("runs/gates.log", digest)).isEqualTo(Outcome.MISMATCH);
    }

    @Test
    void recordsTheRealPathSizeModificationTimeAndDigestOfEachFile() throws IOException {
      String digest = evidence("runs/gates.log", "phase 6 gate: PASS\n");

      verifyOnly("runs/gates.log", digest);

      String cache = Files.readString(cacheFile());
      assertThat(cache)
          .contains("\"format\":\"" + DigestCache.FORMAT + "\"")
          .contains("\"path\":\"" + root.toRealPath().resolve("runs/gates.log").toString().replace("\\", "\\\\") + "\"")
          .contains("\"size\":" + Files.size(root.resolve("runs/gates.log")))
          .contains("\"modified\":" + LONG_AGO.to(java.util.concurrent.TimeUnit.NANOSECONDS))
          .contains("\"sha256\":\"" + digest + "\"");
    }

    @Test
    void leavesTheCacheFileAloneWhenNothingNewWasHashed() throws IOException {
      String digest = evidence("runs/gates.log", "phase 6 gate: PASS\n");
      verifyOnly("runs/gates.log", digest);
      FileTime written = FileTime.from(Instant.parse("2025-01-01T00:00:00Z"));
      Files.setLastModifiedTime(cacheFile(), written);
      byte[] before = Files.readAllBytes(cacheFile());

      assertThat(verifyOnly("runs/gates.log", digest)).isEqualTo(Outcome.VERIFIED);

      assertThat(Files.getLastModifiedTime(cacheFile())).isEqualTo(written);
      assertThat(Files.readAllBytes(cacheFile())).isEqualTo(before);
    }

    @Test
    void givesTheSameReportAsAnUncachedVerificationOnTheFirstAndLaterRuns() throws IOException {
      List<LakeEntry> entries = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String digest = evidence("runs/" + i + ".log", "run " + i + "\n".repeat(i * 500));
        entries.add(entry("entry-" + i, runOutput("runs/" + i + ".log", i % 4 == 0 ? ZEROS : digest),
            runOutput("runs/missing-" + i + ".log", digest)));
      }
      Lake lake = lake(entries);
      VerificationReport uncached = Verifier.of(root).verify(lake);

      VerificationReport first = cached().verify(lake);
      VerificationReport second = cached().verify(lake);

      assertThat(first).isEqualTo(uncached);
      assertThat(second).isEqualTo(uncached);
      assertThat(second.count(Outcome.VERIFIED)).isEqualTo(15);
    }
  }

  @Nested
  class Invalidation {

    @Test
    void hashesAgainAFileWhoseContentChangedButNotItsSize() throws IOException {
      String pinned = evidence("runs/gates.log", "phase 6 gate: PASS\n");
      assertThat(verifyOnly("runs/gates.log", pinned)).isEqualTo(Outcome.VERIFIED);

      String tampered = write(root, "runs/gates.log", "phase 6 gate: FAIL\n");
      Files.setLastModifiedTime(root.resolve("runs/gates.log"), LATER);

      AnchorResult result = cached().verify(entry("only", runOutput("runs/gates.log", pinned))).anchors().get(0);
      assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
      assertThat(result.actual()).contains("sha256 " + tampered);
      assertThat(verifyOnly("runs/gates.log", tampered)).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void hashesAgainAFileWhoseModificationTimeChanged() throws IOException {
      String digest = evidence("runs/gates.log", "phase 6 gate: PASS\n");
      verifyOnly("runs/gates.log", digest);
      doctorCache();

      Files.setLastModifiedTime(root.resolve("runs/gates.log"), LATER);

      assertThat(verifyOnly("runs/gates.log", digest)).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void hashesAgainAFileWhoseSizeChanged() throws IOException {
      String pinned = evidence("runs/gates.log", "phase 6 gate: PASS\n");
      verifyOnly("runs/gates.log", pinned);

      String longer = write(root, "runs/gates.log", "phase 6 gate: PASS, retried\n");
      Files.setLastModifiedTime(root.resolve("runs/gates.log"), LONG_AGO);

      assertThat(verifyOnly("runs/gates.log", pinned)).isEqualTo(Outcome.MISMATCH);
      assertThat(verifyOnly("runs/gates.log", longer)).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void hashesAgainAFileReplacedByAnotherWithTheSameSizeAndTime() throws IOException {
      String pinned = evidence("runs/gates.log", "phase 6 gate: PASS\n");
      verifyOnly("runs/gates.log", pinned);

      Path replacement = root.resolve("runs/gates.log.new");
      Files.writeString(replacement, "phase 6 gate: FAIL\n");
      Files.setLastModifiedTime(replacement, LONG_AGO);
      Files.move(replacement, root.resolve("runs/gates.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

      assertThat(verifyOnly("runs/gates.log", pinned)).isEqualTo(Outcome.MISMATCH);
    }

    @Test
    void doesNotTrustADigestOfAFileModifiedNoEarlierThanTheCacheWasWritten() throws IOException {
      String digest = evidence("runs/gates.log", "phase 6 gate: PASS\n");
      verifyOnly("runs/gates.log", digest);
      doctorCache();

      Files.setLastModifiedTime(cacheFile(), LONG_AGO);

      assertThat(verifyOnly("runs/gates.log", digest)).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void reportsAFileDeletedSinceItWasCachedAsMissing() throws IOException {
      String digest = evidence("runs/gates.log", "phase 6 gate: PASS\n");
      verifyOnly("runs/gates.log", digest);

      Files.delete(root.resolve("runs/gates.log"));

      assertThat(verifyOnly("runs/gates.log", digest)).isEqualTo(Outcome.MISSING);
    }
  }

  @Nested
  class TheCacheFile {

    @Test
    void isIgnoredWhenItIsNotJsonAndThenReplacedByAGoodOne() throws IOException {
      String digest = evidence("runs/gates.log", "phase 6 gate: PASS\n");
      Files.createDirectories(cacheFile().getParent());
      Files.writeString(cacheFile(), "{\"format\": \"experience-lake-digest-cache/1\", \"files\": [tru");

      assertThat(verifyOnly("runs/gates.log", digest)).isEqualTo(Outcome.VERIFIED);

      assertThat(Files.readString(cacheFile())).contains("\"sha256\":\"" + digest + "\"").endsWith("]}");
    }

    @Test
    void hasEntriesOfTheWrongShapeIgnored() throws IOException {
      String digest = evidence("runs/gates.log", "phase 6 gate: PASS\n");
      Path file = root.resolve("runs/gates.log");
      String path = "\"" + root.toRealPath().resolve("runs/gates.log") + "\"";
      String key = "\"" + FileDigests.attributes(file).fileKey() + "\"";
      String modified = Long.toString(LONG_AGO.to(java.util.concurrent.TimeUnit.NANOSECONDS));
      String zeros = "\"" + ZEROS + "\"";
      writeCache(entryJson(path, "19", modified, key, zeros));
      assertThat(verifyOnly("runs/gates.log", digest)).as("a well-formed entry is used").isEqualTo(Outcome.MISMATCH);

      writeCache(entryJson("3", "19", modified, key, zeros),
          entryJson(path, "\"19\"", modified, key, zeros),
          entryJson(path, "19", "1.5", key, zeros),
          entryJson(path, "19", modified, "7", zeros),
          entryJson(path, "19", modified, key, "\"not hex\""),
          "\"a string\"", "null");

      assertThat(verifyOnly("runs/gates.log", digest)).isEqualTo(Outcome.VERIFIED);
    }

    private String entryJson(String path, String size, String modified, String key, String sha256) {
      return "{\"path\": " + path + ", \"size\": " + size + ", \"modified\": " + modified + ", \"fileKey\": " + key
          + ", \"sha256\": " + sha256 + "}";
    }

    private void writeCache(String... entries) throws IOException {
      Files.createDirectories(cacheFile().getParent());
      Files.writeString(cacheFile(), "{\"format\": \"" + DigestCache.FORMAT + "\", \"files\": [" + String.join(",", entries) + "]}");
      Files.setLastModifiedTime(cacheFile(), LATER);
    }

    @Test
    void ofAnotherFormatIsIgnored() throws IOException {
      String digest = evidence("runs/gates.log", "phase 6 gate: PASS\n");
      verifyOnly("runs/gates.log", digest);
      doctorCache();
      FileTime written = Files.getLastModifiedTime(cacheFile());
      Files.writeString(cacheFile(), Files.readString(cacheFile()).replace(DigestCache.FORMAT, "something-else/9"));
      Files.setLastModifiedTime(cacheFile(), written);

      assertThat(verifyOnly("runs/gates.log", digest)).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void isWrittenAtomicallyLeavingNoTemporaryFileBehind() throws IOException {
      String digest = evidence("runs/gates.log", "phase 6 gate: PASS\n");

      verifyOnly("runs/gates.log", digest);
      evidence("runs/other.log", "other\n");
      verifyOnly("runs/other.log", Fixtures.sha256("other\n"));

      try (Stream<Path> files = Files.list(cacheFile().getParent())) {
        assertThat(files).containsExactly(cacheFile());
      }
      assertThat(Files.readString(cacheFile())).contains(digest).contains(Fixtures.sha256("other\n"));
    }

    @Test
    void thatCannotBeWrittenDoesNotStopVerification() throws IOException {
      String digest = evidence("runs/gates.log", "phase 6 gate: PASS\n");
      Path blocker = elsewhere.resolve("a-file");
      Files.writeString(blocker, "not a folder");
      Verifier verifier = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(root)
          .digestCache(blocker.resolve("lake-digests.json")).build());

      assertThat(verifier.verify(entry("only", runOutput("runs/gates.log", digest))).anchors().get(0).outcome())
          .isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void isRejectedInsideTheEvidenceRoot() {
      assertThatThrownBy(() -> ImmutableVerifyOptions.builder().evidenceRoot(root)
          .digestCache(root.resolve("cache/lake-digests.json")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("the digest cache " + root.resolve("cache/lake-digests.json") + " is inside the evidence root " + root)
          .hasMessageContaining("choose a file outside it");
    }

    @Test
    void isRejectedInsideTheEvidenceRootThroughASymbolicLinkOrDotDot() throws IOException {
      Path link = elsewhere.resolve("into-root");
      Files.createSymbolicLink(link, root);

      assertThatThrownBy(() -> ImmutableVerifyOptions.builder().evidenceRoot(root).digestCache(link.resolve("c.json")).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside the evidence root");
      assertThatThrownBy(() -> ImmutableVerifyOptions.builder().evidenceRoot(root)
          .digestCache(root.resolve("runs/../c.json")).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside the evidence root");
      assertThatThrownBy(() -> ImmutableVerifyOptions.builder().evidenceRoot(link).digestCache(root.resolve("c.json")).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside the evidence root");
    }

    @Test
    void isRejectedWhenALinkIntoTheRootAppearsAfterTheOptionsWereMade() throws IOException {
      Path link = elsewhere.resolve("later");
      Verifier verifier = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(root).digestCache(link.resolve("c.json")).build());
      Files.createSymbolicLink(link, root);

      assertThatThrownBy(() -> verifier.verify(entry("only", runOutput("a.log", ZEROS))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside the evidence root");
      assertThat(root.resolve("c.json")).doesNotExist();
    }
  }
}
