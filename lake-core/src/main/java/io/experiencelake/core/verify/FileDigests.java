package io.experiencelake.core.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SHA-256 of files, streamed through a reusable buffer (a large file never sits in memory), with
 * different files hashed in parallel and each file hashed once.
 */
final class FileDigests {

  /** The SHA-256 of one file as 64 lowercase hex characters, or why it could not be read. */
  static final class Digest {
    private final String hex;
    private final String error;

    private Digest(String hex, String error) {
      this.hex = hex;
      this.error = error;
    }

    /** Whether the file was read to its end. */
    boolean isRead() {
      return hex != null;
    }

    String hex() {
      return hex;
    }

    String error() {
      return error;
    }
  }

  private static final int BUFFER_SIZE = 64 * 1024;
  private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[BUFFER_SIZE]);
  private static final HexFormat HEX = HexFormat.of();

  private FileDigests() {}

  /**
   * Hashes every file of {@code files} (real paths inside the evidence root) with up to
   * {@code parallelism} threads; the map has the files in the order given.
   */
  static Map<Path, Digest> of(Collection<Path> files, int parallelism) {
    Map<Path, Digest> digests = new LinkedHashMap<>();
    int threads = Math.min(parallelism, files.size());
    if (threads <= 1) {
      for (Path file : files) {
        digests.put(file, digest(file));
      }
      return digests;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, new DaemonThreads());
    try {
      List<Future<Digest>> futures = new ArrayList<>(files.size());
      for (Path file : files) {
        futures.add(pool.submit(() -> digest(file)));
      }
      int i = 0;
      for (Path file : files) {
        digests.put(file, futures.get(i++).get());
      }
      return digests;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evidence verification was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("hashing evidence failed unexpectedly", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Streams {@code file} through SHA-256 with this thread's buffer. */
  static Digest digest(Path file) {
    MessageDigest sha256 = sha256();
    byte[] buffer = BUFFER.get();
    try (InputStream in = EvidenceRoot.open(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha256.update(buffer, 0, n);
      }
    } catch (IOException e) {
      return new Digest(null, EvidenceRoot.reason(e));
    }
    return new Digest(HEX.formatHex(sha256.digest()), null);
  }

  /** A new SHA-256 message digest. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Lowercase hex of {@code bytes}. */
  static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "lake-verify-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
