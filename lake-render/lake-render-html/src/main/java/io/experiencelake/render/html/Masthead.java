package io.experiencelake.render.html;

import io.experiencelake.render.ContactItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The block a document opens with: the owner's name, their headline and one contact line.
 *
 * <pre>{@code
 * new Masthead("Alex Example", "ML platform engineer",
 *     List.of(Span.text("London"), Span.link("alex@example.org", "mailto:alex@example.org")));
 * }</pre>
 *
 * @param name the owner's name
 * @param headline what they do, in a few words
 * @param contact the contact line's parts, in order (location, email, site…)
 */
public record Masthead(String name, String headline, List<Span> contact) {

  /** Cleans the text (see {@link Text#printable}) and copies the list. */
  public Masthead {
    name = Text.printable(name);
    headline = Text.printable(headline);
    contact = List.copyOf(contact);
  }

  /**
   * A masthead of {@code name}, {@code headline} and the contact items (as {@link ContactItem#of}
   * lists an owner's): each item a link when it has one.
   */
  public static Masthead of(String name, String headline, List<ContactItem> contact) {
    List<Span> spans = new ArrayList<>();
    for (ContactItem item : contact) {
      spans.add(Span.of(item.text(), item.link()));
    }
    return new Masthead(name, headline, spans);
  }
}
