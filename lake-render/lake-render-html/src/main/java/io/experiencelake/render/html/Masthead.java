package io.experiencelake.render.html;

import io.experiencelake.core.Owner;
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
   * The owner's masthead: name, headline, and a contact line of their location, their email (a
   * {@code mailto:} link) and their site (a link, shown without its scheme), those they give.
   */
  public static Masthead of(Owner owner) {
    List<Span> contact = new ArrayList<>();
    owner.location().ifPresent(location -> contact.add(Span.text(location)));
    owner.email().ifPresent(email -> contact.add(Span.link(email, "mailto:" + email)));
    owner.url().ifPresent(url -> contact.add(Span.link(shown(url.toString()), url.toString())));
    return new Masthead(owner.name(), owner.headline(), contact);
  }

  /** A web address as a reader sees it: {@code https://alex.example.org/} as {@code alex.example.org}. */
  private static String shown(String url) {
    String shown = url.replaceFirst("^(?i)https?://", "");
    return shown.endsWith("/") && shown.indexOf('/') == shown.length() - 1 ? shown.substring(0, shown.length() - 1) : shown;
  }
}
