package io.experiencelake.applications;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The exclusive lock around every read-check-append of one ledger, for threads and processes alike.
 *
 * <p>The lock is taken on a file of its own ({@value Ledger#LOCK}), never on the ledger: with POSIX
 * record locks, closing any channel to a file drops every lock the process holds on it, and the
 * ledger is opened and closed while the lock is held. The lock file is created once, never written,
 * replaced or deleted (a process waiting on a deleted file's lock would lock a file no one else
 * sees). A Java process cannot hold two locks on one file, so threads first take an in-process lock
 * per ledger folder, and only then open the file and lock it: no two channels to it are ever open
 * in one process at once.
 */
final class LedgerLock {

  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  /** Work done while the lock is held. */
  interface Locked<T> {
    T run() throws IOException;
  }

  private LedgerLock() {}

  /** Runs {@code work} holding the lock of the ledger in {@code folder} (which must exist), waiting for it as long as it takes. */
  static <T> T hold(Path folder, Locked<T> work) throws IOException {
    Path lockFile = folder.toRealPath().resolve(Ledger.LOCK);
    ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(lockFile, key -> new ReentrantLock());
    inProcess.lock();
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      FileLock lock = channel.lock();
      try {
        return work.run();
      } finally {
        lock.release();
      }
    } finally {
      inProcess.unlock();
    }
  }
}
