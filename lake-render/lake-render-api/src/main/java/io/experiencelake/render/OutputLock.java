package io.experiencelake.render;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer at a time for an output path, across threads and processes: a lock file
 * {@code .NAME.lock} beside the output, locked by the operating system (released when its process
 * ends, however it ends) and removed when the write is done.
 *
 * <p>A waiting writer may wake up holding the lock of a file the previous writer has just removed;
 * so each writer, once it holds a lock, writes a token of its own into the file and reads it back
 * by name: only a match proves the lock it holds is the one at that name.
 */
final class OutputLock implements Closeable {

  private static final int ATTEMPTS = 100;
  private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

  private final Path path;
  private final ReentrantLock inThisJvm;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path path, ReentrantLock inThisJvm, FileChannel channel, FileLock lock) {
    this.path = path;
    this.inThisJvm = inThisJvm;
    this.channel = channel;
    this.lock = lock;
  }

  /** Waits for, then holds, the lock of output {@code name} in the existing folder {@code parent}. */
  static OutputLock acquire(Path parent, String name) throws IOException {
    Path path = parent.toRealPath().resolve("." + name + ".lock");
    ReentrantLock inThisJvm = IN_THIS_JVM.computeIfAbsent(path, p -> new ReentrantLock());
    inThisJvm.lock();
    try {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
          lock = channel.lock();
        } catch (IOException | UnsupportedOperationException e) {
          // A file system without locks (some network ones): this JVM's lock is all there is.
          return new OutputLock(path, inThisJvm, channel, null);
        }
        if (holds(channel, path)) {
          return new OutputLock(path, inThisJvm, channel, lock);
        }
        lock.release();
        channel.close();
      }
      throw new IOException("could not lock " + path + ": other renders kept replacing it");
    } catch (IOException | RuntimeException | Error e) {
      inThisJvm.unlock();
      throw e;
    }
  }

  /** Whether the file now at {@code path} is the one {@code channel} has open and locked. */
  private static boolean holds(FileChannel channel, Path path) throws IOException {
    byte[] token = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(token), 0);
    try {
      return Arrays.equals(Files.readAllBytes(path), token);
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** Removes the lock file and lets the next writer in. */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(path);
      if (lock != null) {
        lock.release();
      }
      channel.close();
    } finally {
      inThisJvm.unlock();
    }
  }
}
