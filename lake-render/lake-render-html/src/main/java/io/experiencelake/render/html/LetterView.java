package io.experiencelake.render.html;

import java.util.List;

/**
 * A one-page business letter as the {@code letter} template lays it out.
 *
 * <pre>{@code
 * LetterView letter = new LetterView(info, masthead, "27 November 2026", List.of("Hiring manager", "Acme Ltd"),
 *     "MLOps / ML Platform Engineer", "Dear hiring manager,",
 *     List.of(LetterView.Paragraph.of("I am applying for…")), "Kind regards,", "Alex Example");
 * String xhtml = Templates.letter(letter);
 * }</pre>
 *
 * @param info title, author, subject and paper
 * @param masthead the sender: name, headline and contact line
 * @param date the letter's date, written out
 * @param recipient the recipient's address lines, or none
 * @param reference what the letter is about, shown as a bold line ("Re: …"), or empty
 * @param salutation e.g. {@code Dear hiring manager,}
 * @param paragraphs the body
 * @param closing e.g. {@code Kind regards,}
 * @param signature the sender's name under the closing
 */
public record LetterView(DocumentInfo info, Masthead masthead, String date, List<String> recipient, String reference,
    String salutation, List<Paragraph> paragraphs, String closing, String signature) {

  /** Cleans the text and copies the lists. */
  public LetterView {
    date = Text.printable(date);
    recipient = recipient.stream().map(Text::printable).toList();
    reference = Text.printable(reference);
    salutation = Text.printable(salutation);
    paragraphs = List.copyOf(paragraphs);
    closing = Text.printable(closing);
    signature = Text.printable(signature);
  }

  /**
   * One paragraph: runs of text, some of them links (such as an entry's portfolio page), under a
   * heading of its own when it has one (a plan, under "Next").
   *
   * @param heading the heading above the paragraph, or empty
   * @param spans the paragraph's runs, in order
   */
  public record Paragraph(String heading, List<Span> spans) {

    /** Cleans the heading and copies the list. */
    public Paragraph {
      heading = Text.printable(heading);
      spans = List.copyOf(spans);
    }

    /** A paragraph of plain text. */
    public static Paragraph of(String text) {
      return new Paragraph("", List.of(Span.text(text)));
    }
  }
}
