package io.experiencelake.render.coverletter;

import io.experiencelake.core.Lake;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ContactItem;
import io.experiencelake.render.Markdown;
import io.experiencelake.render.NamedRenderer;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendition;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders {@code cover-letter.md}: a one-page letter for a role, laid out from a
 * {@link CoverLetterDocument} (which decides what it says: the owner's opening and closing, the two
 * or three best-matching entries in plain prose, evidence as links to the portfolio).
 *
 * <pre>{@code
 * RenderOptions options = ImmutableRenderOptions.builder().today(today).role("data-platform").contact("Sam Rivera").build();
 * String letter = Rendering.run(lake, options, "cover-letter").artifact("cover-letter.md").text();
 * }</pre>
 */
public final class CoverLetterRenderer extends NamedRenderer {

  /** The renderer's name. */
  public static final String NAME = "cover-letter";

  /** The letter's path in the output folder. */
  public static final String PATH = "cover-letter.md";

  /** Makes the renderer; {@link java.util.ServiceLoader} calls this. */
  public CoverLetterRenderer() {
    super(NAME);
  }

  @Override
  public Rendition render(Lake lake, RenderOptions options) {
    CoverLetterDocument letter = CoverLetterDocument.of(lake, options);
    return Rendition.of(List.of(Artifact.utf8(PATH, "text/markdown; charset=utf-8", markdown(letter))), letter.warnings(), letter.shown());
  }

  /** The letter as Markdown: every text escaped, links to the portfolio as Markdown links. */
  static String markdown(CoverLetterDocument letter) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(Markdown.escape(letter.name())).append("\n\n");
    List<String> contact = new ArrayList<>();
    for (ContactItem item : letter.contact()) {
      contact.add(item.link().map(link -> Markdown.link(item.text(), link)).orElse(Markdown.escape(item.text())));
    }
    if (!contact.isEmpty()) {
      out.append(String.join(" · ", contact)).append("\n\n");
    }
    out.append(Markdown.escape(letter.date())).append("\n\n");
    letter.subject().ifPresent(subject -> out.append("**").append(Markdown.escape(subject)).append("**\n\n"));
    out.append(Markdown.escape(letter.salutation())).append("\n\n");
    paragraph(letter.opening(), out);
    letter.body().forEach(p -> paragraph(p, out));
    letter.next().ifPresent(p -> {
      out.append("## ").append(CoverLetterDocument.NEXT).append("\n\n");
      paragraph(p, out);
    });
    paragraph(letter.closing(), out);
    out.append(Markdown.escape(letter.signOff())).append("\n\n").append(Markdown.escape(letter.signature())).append('\n');
    return out.toString();
  }

  private static void paragraph(CoverLetterDocument.Paragraph paragraph, StringBuilder out) {
    for (CoverLetterDocument.Span span : paragraph.spans()) {
      out.append(span.link().map(link -> Markdown.link(span.text(), link)).orElse(escapeSpan(span.text())));
    }
    out.append("\n\n");
  }

  /** A span escaped for Markdown, keeping the spaces at its ends that join it to its neighbours. */
  private static String escapeSpan(String text) {
    String escaped = Markdown.escape(text);
    return (text.startsWith(" ") && !escaped.isEmpty() ? " " : "") + escaped + (text.endsWith(" ") && !escaped.isEmpty() ? " " : "");
  }
}
