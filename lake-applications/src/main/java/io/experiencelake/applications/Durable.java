package io.experiencelake.applications;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** Writes that reach the disk before they count: files and folder entries flushed with fsync. */
final class Durable {

  /** Windows cannot open a folder to flush it; there, NTFS journals the rename itself. */
  private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private Durable() {}

  /** Creates {@code file} (it must not exist, and is never followed as a link), writes {@code bytes} and flushes them to disk. */
  static void createFile(Path file, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      writeFully(channel, ByteBuffer.wrap(bytes));
      channel.force(true);
    }
  }

  /** Writes every byte of {@code buffer} at the channel's position. */
  static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  /** Flushes {@code folder}'s entries (files created, renamed or removed in it) to disk. */
  static void syncFolder(Path folder) throws IOException {
    if (WINDOWS) {
      return;
    }
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }
}
