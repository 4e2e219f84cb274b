package io.experiencelake.render;

import io.experiencelake.core.Owner;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One item of the contact line at the top of a CV or a letter: where the owner is based, their
 * email, their profile address and where their portfolio is published, as plain text with the
 * address it links to, if any.
 *
 * <pre>{@code
 * for (ContactItem item : ContactItem.of(lake.owner())) {
 *   item.text();   // "alex@example.org"
 *   item.link();   // Optional[mailto:alex@example.org]
 * }
 * }</pre>
 *
 * @param kind what the item is
 * @param text the item as it is printed, on one line
 * @param link where it points, for outputs that can link (Markdown, PDF, DOCX); never a
 *     {@code javascript:} or other scheme than {@code mailto}, {@code http} and {@code https}
 */
public record ContactItem(Kind kind, String text, Optional<URI> link) {

  /** What a contact item is. */
  public enum Kind {
    /** Where the owner is based. */
    LOCATION,
    /** An email address. */
    EMAIL,
    /** A personal site or profile. */
    PROFILE,
    /** The published portfolio. */
    PORTFOLIO
  }

  /** The owner's contact items, in this order: location, email, profile, portfolio (when it is not the profile). */
  public static List<ContactItem> of(Owner owner) {
    List<ContactItem> items = new ArrayList<>();
    owner.location().map(PlainText::oneLine).filter(t -> !t.isEmpty())
        .ifPresent(location -> items.add(new ContactItem(Kind.LOCATION, location, Optional.empty())));
    owner.email().map(PlainText::oneLine).filter(t -> !t.isEmpty()).ifPresent(email -> items.add(new ContactItem(Kind.EMAIL, email,
        email.indexOf(' ') < 0 && email.indexOf('@') > 0 ? safe("mailto:" + email) : Optional.empty())));
    owner.url().ifPresent(url -> items.add(new ContactItem(Kind.PROFILE, display(url), safe(url.toString()))));
    owner.site().filter(site -> !owner.url().equals(Optional.of(site)))
        .ifPresent(site -> items.add(new ContactItem(Kind.PORTFOLIO, display(site), safe(site.toString()))));
    return List.copyOf(items);
  }

  /** An address as a person writes it: without {@code https://} and a trailing slash. */
  public static String display(URI uri) {
    String text = PlainText.oneLine(uri.toString());
    for (String scheme : new String[] {"https://", "http://"}) {
      if (text.regionMatches(true, 0, scheme, 0, scheme.length())) {
        text = text.substring(scheme.length());
        break;
      }
    }
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** {@code address} as a link when it is a well-formed mailto, http or https URI; else no link. */
  private static Optional<URI> safe(String address) {
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("mailto") || scheme.equals("http") || scheme.equals("https") ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
