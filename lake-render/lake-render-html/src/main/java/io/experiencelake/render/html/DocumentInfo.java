package io.experiencelake.render.html;

/**
 * What a typeset document says about itself: the title, author and subject a PDF viewer shows,
 * and the paper it is set on.
 *
 * <pre>{@code
 * new DocumentInfo("Alex Example — CV", "Alex Example", "CV for MLOps / ML Platform Engineer", "A4");
 * }</pre>
 *
 * @param title the document's title
 * @param author who the document is by
 * @param subject one line on what it is
 * @param paper the CSS page size, {@code A4} or {@code letter}
 */
public record DocumentInfo(String title, String author, String subject, String paper) {

  /** Cleans the text and checks the paper. */
  public DocumentInfo {
    title = Text.printable(title);
    author = Text.printable(author);
    subject = Text.printable(subject);
    if (!paper.equals("A4") && !paper.equals("letter")) {
      throw new IllegalArgumentException("paper must be 'A4' or 'letter', not '" + paper + "'");
    }
  }
}
