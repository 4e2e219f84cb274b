package io.experiencelake.render;

import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Parses one line of Markdown with commonmark-java and reads back the literal text it holds, if that is all it holds. */
final class MarkdownParsing {

  private static final Parser PARSER = Parser.builder().build();

  private MarkdownParsing() {}

  /**
   * The literal text of {@code markdown} when it parses to one block of the expected kind holding
   * only plain text; otherwise a description of what it parsed to.
   */
  static String literal(String markdown, Class<? extends Block> kind) {
    Node document = PARSER.parse(markdown);
    Node block = document.getFirstChild();
    if (!(document instanceof Document) || block == null || block.getNext() != null || !kind.isInstance(block)) {
      return "<not one " + kind.getSimpleName() + ": " + describe(document) + ">";
    }
    Node holder = block;
    if (block instanceof BulletList) {
      Node item = block.getFirstChild();
      if (!(item instanceof ListItem) || item.getNext() != null || !(item.getFirstChild() instanceof Paragraph)
          || item.getFirstChild().getNext() != null) {
        return "<not one plain list item: " + describe(document) + ">";
      }
      holder = item.getFirstChild();
    }
    StringBuilder text = new StringBuilder();
    for (Node child = holder.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof Text)) {
        return "<markup " + child.getClass().getSimpleName() + " in " + describe(document) + ">";
      }
      text.append(((Text) child).getLiteral());
    }
    return text.toString();
  }

  /** The literal text of one paragraph. */
  static String paragraph(String markdown) {
    return literal(markdown, Paragraph.class);
  }

  /** The literal text of one bullet list item. */
  static String bullet(String markdown) {
    return literal(markdown, BulletList.class);
  }

  /** The literal text of one heading. */
  static String heading(String markdown) {
    return literal(markdown, Heading.class);
  }

  private static String describe(Node node) {
    StringBuilder out = new StringBuilder(node.getClass().getSimpleName());
    if (node.getFirstChild() != null) {
      out.append('[');
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        out.append(describe(child)).append(child.getNext() != null ? "," : "");
      }
      out.append(']');
    }
    return out.toString();
  }
}
