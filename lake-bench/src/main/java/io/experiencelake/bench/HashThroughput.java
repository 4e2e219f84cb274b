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
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Hashes a file, or verifies a folder of evidence files, with the library's own code and prints
 * the throughput; {@code lake-bench/hash-throughput.sh} compares it with {@code openssl}.
 *
 * <pre>
 * java -cp lake-bench/target/benchmarks.jar io.experiencelake.bench.HashThroughput file /tmp/lake-1g.bin 5
 * java -cp lake-bench/target/benchmarks.jar io.experiencelake.bench.HashThroughput folder /tmp/lake-evidence 5
 * </pre>
 *
 * <p>{@code file} times {@link FileDigests#sha256(Path)} on one thread; {@code folder} times a
 * {@link Verifier} (every processor, no digest cache) checking a lake with one run output anchor
 * per regular file under the folder. Each run is timed on its own after one untimed warm-up run;
 * the last line is {@code best_mib_per_s=…}, the fastest run, for scripts.
 */
public final class HashThroughput {

  private HashThroughput() {}

  /**
   * Runs {@code file PATH [RUNS]} or {@code folder DIR [RUNS]}.
   *
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || !(args[0].equals("file") || args[0].equals("folder"))) {
      System.err.println("usage: HashThroughput file PATH [RUNS] | folder DIR [RUNS]");
      System.exit(2);
    }
    Path path = Path.of(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Task task;
    long bytes;
    if (args[0].equals("file")) {
      bytes = Files.size(path);
      task = () -> FileDigests.sha256(path);
    } else {
      Lake lake = EvidenceFolder.lake(path);
      bytes = folderSize(path);
      Verifier verifier = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(path).build());
      task = () -> {
        VerificationReport report = verifier.verify(lake);
        if (report.count(Outcome.VERIFIED) != report.results().size()) {
          throw new IllegalStateException("the folder changed while it was measured: " + report.summary());
        }
        return report.summary().lines().findFirst().orElse("");
      };
      System.out.printf(Locale.ROOT, "%d files, %d processors%n", lake.entries().size(), Runtime.getRuntime().availableProcessors());
    }
    String result = task.run();
    double best = 0;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      task.run();
      double seconds = (System.nanoTime() - start) / 1e9;
      double mibPerSecond = bytes / 1048576.0 / seconds;
      best = Math.max(best, mibPerSecond);
      System.out.printf(Locale.ROOT, "run %d: %.3f s, %.1f MiB/s%n", i + 1, seconds, mibPerSecond);
    }
    System.out.println(args[0].equals("file") ? "sha256 " + result : result);
    System.out.printf(Locale.ROOT, "best_mib_per_s=%.1f%n", best);
  }

  private static long folderSize(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** One timed run. */
  @FunctionalInterface
  private interface Task {
    String run() throws IOException;
  }
}
