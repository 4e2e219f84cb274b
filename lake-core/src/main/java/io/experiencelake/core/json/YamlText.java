package io.experiencelake.core.json;

import java.io.Reader;

/**
 * A YAML lake's text as SnakeYAML Engine reads it: the engine gets it through {@link #reader()},
 * and its marks, which count code points, become char offsets (UTF-16 units, as a located tree
 * counts them) through {@link #charOffset(int)}, so a value after an emoji is still placed right.
 */
final class YamlText {

  private final String text;
  private final boolean supplementary;
  // Where the last mark was turned into a char offset, so the next is found from there.
  private int lastCodePoint;
  private int lastChar;

  YamlText(String text) {
    this.text = text;
    this.supplementary = text.codePoints().anyMatch(Character::isSupplementaryCodePoint);
  }

  /** The text for the engine's stream reader. */
  Reader reader() {
    return new RoomForASurrogate(text);
  }

  /** The char offset of code point {@code index} of the text; marks count code points. */
  int charOffset(int index) {
    if (!supplementary) {
      return Math.min(index, text.length());
    }
    if (index < lastCodePoint) {
      lastCodePoint = 0;
      lastChar = 0;
    }
    for (; lastCodePoint < index && lastChar < text.length(); lastCodePoint++) {
      lastChar += Character.charCount(text.codePointAt(lastChar));
    }
    return lastChar;
  }

  /**
   * Text that never fills the reader's whole buffer: SnakeYAML Engine 3.0.1 reads a full buffer,
   * then, when it ends in the first half of a surrogate pair (an emoji), one more character into
   * the same buffer, past its end.
   */
  private static final class RoomForASurrogate extends Reader {
    private final String text;
    private int next;

    RoomForASurrogate(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (next >= text.length()) {
        return -1;
      }
      int n = Math.min(length > 1 ? length - 1 : length, text.length() - next);
      text.getChars(next, next + n, buffer, offset);
      next += n;
      return n;
    }

    @Override
    public void close() {
      // Nothing to release.
    }
  }
}
