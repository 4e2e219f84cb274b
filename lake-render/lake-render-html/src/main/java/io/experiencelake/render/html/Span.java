package io.experiencelake.render.html;

import java.net.URI;
import java.util.Optional;

/**
 * A run of text, and where it links to when it is a link: the smallest piece of a view.
 *
 * <p>The text is made {@linkplain Text#inline printable}; a link target that is neither an
 * {@code http}, {@code https} or {@code mailto} address nor a plain relative path (see
 * {@link Text#linkTarget}) is dropped, so the span shows as text.
 *
 * <pre>{@code
 * Span.text("Leeds, UK");
 * Span.link("alex@example.org", "mailto:alex@example.org");
 * }</pre>
 *
 * @param text what the reader sees
 * @param href the link target, or empty for plain text
 */
public record Span(String text, String href) {

  /** Cleans both parts (see the class comment); a space at either end of the text is kept, for the runs around it. */
  public Span {
    text = Text.inline(text);
    href = Text.linkTarget(href).orElse("");
  }

  /** Plain text. */
  public static Span text(String text) {
    return new Span(text, "");
  }

  /** A link to {@code href} showing {@code text}; plain text when {@code href} is not a link target {@link Text#linkTarget} accepts. */
  public static Span link(String text, String href) {
    return new Span(text, href);
  }

  /** A link to {@code link} showing {@code text} when there is a link, else plain text. */
  public static Span of(String text, Optional<URI> link) {
    return new Span(text, link.map(URI::toString).orElse(""));
  }

  /** Whether the span links somewhere. */
  public boolean isLink() {
    return !href.isEmpty();
  }
}
