package io.experiencelake.render.coverletter;

import io.experiencelake.core.Current;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Letter;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.Target;
import io.experiencelake.render.ContactItem;
import io.experiencelake.render.Phrasing;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.PortfolioPages;
import io.experiencelake.render.RenderDiagnostics;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Selection;
import io.experiencelake.render.StatusLabels;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A cover letter as it should read, decided once and laid out by every cover-letter renderer:
 * Markdown here, PDF and DOCX in their own modules.
 *
 * <p>One page, at most {@link RenderOptions#letterWords()} words (400 by default): the date, a
 * salutation (the {@link RenderOptions#contact()} when given, else the hiring manager), the
 * opening paragraph the owner wrote for the role ({@link Letter#opening()}; a plain default when
 * absent), two or three of the entries that best match the role or the job ({@link
 * Selection#ranked()}), each told in one or two sentences of plain prose, the owner's closing
 * paragraph, and the sign-off. Evidence appears only as a link to the entry's page on the owner's
 * published portfolio ({@code site}), never as paths, pointers, anchor kinds or digests. A CURRENT
 * entry carries its status label; a TARGET entry appears only when {@link
 * RenderOptions#includeTargets()} is set, and then only as {@link #next()}, a plan under the
 * heading "Next". A letter that would run over its words tells fewer entries, then shorter ones.
 *
 * <p>Everything in it is final plain text (control characters and bidirectional overrides
 * removed, no Markdown escapes); a paragraph is a list of {@link Span}s, some of them links, so a
 * renderer that can link does, and one that cannot prints the address after the text. The
 * role's title is the role the options name, else the lake's first.
 *
 * <pre>{@code
 * CoverLetterDocument letter = CoverLetterDocument.of(lake, options);
 * letter.salutation();            // "Dear hiring manager,"
 * for (CoverLetterDocument.Paragraph p : letter.paragraphs()) { p.spans(); }
 * letter.words();                 // at most options.letterWords() unless a warning says otherwise
 * letter.shown();                 // the ids of the entries told, for the manifest and the PDF's metadata
 * }</pre>
 *
 * @param name the owner's name, as the letter's heading
 * @param contact the owner's contact items
 * @param date the letter's date, the render's "today", e.g. {@code 27 November 2026}
 * @param subject the role applied for, e.g. {@code Re: MLOps / ML Platform Engineer}; empty without a role
 * @param salutation e.g. {@code Dear Sam Rivera,}
 * @param opening the opening paragraph
 * @param body the entries told, one paragraph each, best match first
 * @param next a plan (a TARGET entry) told under the heading "Next"; empty unless targets are included
 * @param closing the closing paragraph
 * @param signOff e.g. {@code Kind regards,}
 * @param signature the owner's name
 * @param shown the ids of the entries told, in the order they appear
 * @param warnings a {@code LAKE-R003} warning when the letter runs over its words even at its shortest
 */
public record CoverLetterDocument(
    String name,
    List<ContactItem> contact,
    String date,
    Optional<String> subject,
    String salutation,
    Paragraph opening,
    List<Paragraph> body,
    Optional<Paragraph> next,
    Paragraph closing,
    String signOff,
    String signature,
    List<String> shown,
    List<Diagnostic> warnings) {

  /** The heading of the plan a letter tells when targets are included. */
  public static final String NEXT = "Next";

  /** The most entries a letter tells. */
  static final int MOST_ENTRIES = 3;

  /**
   * A paragraph: its spans in order.
   *
   * @param spans the text, some of it linked
   * @param entryId the entry the paragraph tells, if it tells one
   */
  public record Paragraph(List<Span> spans, Optional<String> entryId) {

    /** Copies the spans. */
    public Paragraph {
      spans = List.copyOf(spans);
    }

    /** A paragraph of plain text that tells no entry. */
    static Paragraph of(String text) {
      return new Paragraph(List.of(new Span(text, Optional.empty())), Optional.empty());
    }

    /** The paragraph's text, links as their text. */
    public String text() {
      return spans.stream().map(Span::text).collect(Collectors.joining());
    }

    /** The paragraph as plain text, each link's address in brackets after its text. */
    public String plain() {
      return spans.stream().map(s -> s.link().map(l -> s.text() + " (" + l + ")").orElse(s.text())).collect(Collectors.joining());
    }
  }

  /**
   * A run of text, linked or not.
   *
   * @param text the words
   * @param link where they point: an entry's page on the owner's published portfolio
   */
  public record Span(String text, Optional<URI> link) {}

  /** Copies the lists. */
  public CoverLetterDocument {
    contact = List.copyOf(contact);
    body = List.copyOf(body);
    shown = List.copyOf(shown);
    warnings = List.copyOf(warnings);
  }

  /** Every paragraph in order: the opening, the entries, the plan, the closing. */
  public List<Paragraph> paragraphs() {
    List<Paragraph> all = new ArrayList<>();
    all.add(opening);
    all.addAll(body);
    next.ifPresent(all::add);
    all.add(closing);
    return List.copyOf(all);
  }

  /**
   * The letter's words: the runs of non-blank characters of everything it prints (the heading,
   * contact items, date, subject, salutation, paragraphs, sign-off and signature; a link counts
   * by its text).
   */
  public int words() {
    int words = count(name) + count(date) + count(salutation) + count(signOff) + count(signature) + subject.map(CoverLetterDocument::count).orElse(0);
    for (ContactItem item : contact) {
      words += count(item.text());
    }
    for (Paragraph paragraph : paragraphs()) {
      words += count(paragraph.text());
    }
    return words + (next.isPresent() ? 1 : 0);
  }

  /** The letter of {@code lake} for the role (or job pick) of {@code options}. */
  public static CoverLetterDocument of(Lake lake, RenderOptions options) {
    Selection selection = Selection.of(lake, options);
    Phrasing phrasing = Phrasing.of(lake);
    Optional<RoleProfile> role = selection.role().or(() -> lake.roles().stream().findFirst());
    Optional<Letter> letter = role.flatMap(RoleProfile::letter);
    Optional<URI> site = lake.owner().site();

    String title = role.map(r -> PlainText.oneLine(r.title())).orElse("");
    Paragraph opening = Paragraph.of(letter.flatMap(Letter::opening).map(PlainText::oneLine)
        .orElseGet(() -> defaultOpening(title, lake.owner().summary().map(phrasing::sentence))));
    Paragraph closing = Paragraph.of(letter.flatMap(Letter::closing).map(PlainText::oneLine)
        .orElseGet(() -> "I would welcome the chance to talk about how I could help " + (title.isEmpty() ? "your team" : "as your " + title)
            + ". Thank you for your time."));
    String salutation = "Dear " + options.contact().map(PlainText::oneLine).orElse("hiring manager") + ",";

    List<LakeEntry> candidates = new ArrayList<>();
    Optional<LakeEntry> plan = Optional.empty();
    for (LakeEntry entry : selection.ranked()) {
      if (entry.status().kind() == StatusKind.TARGET) {
        plan = plan.isPresent() ? plan : Optional.of(entry);
      } else if (candidates.size() < MOST_ENTRIES) {
        candidates.add(entry);
      }
    }
    Optional<Paragraph> next = plan.map(entry -> planParagraph(entry, phrasing));

    // The fullest letter within its words: three entries told in two sentences, then two, then two in one sentence each.
    List<int[]> variants = new ArrayList<>();
    int fewest = Math.min(2, candidates.size());
    for (int told = candidates.size(); told >= fewest; told--) {
      variants.add(new int[] {told, 1});
    }
    variants.add(new int[] {fewest, 0});
    CoverLetterDocument document = null;
    for (int[] variant : variants) {
      List<Paragraph> body = new ArrayList<>();
      for (LakeEntry entry : candidates.subList(0, variant[0])) {
        body.add(entryParagraph(entry, body.size(), phrasing, variant[1] == 1, site));
      }
      document = new CoverLetterDocument(PlainText.oneLine(lake.owner().name()), ContactItem.of(lake.owner()),
          PlainText.longDate(options.today()), role.map(r -> "Re: " + title), salutation, opening, body, next, closing,
          "Kind regards,", PlainText.oneLine(lake.owner().name()), shown(body, next), List.of());
      if (document.words() <= options.letterWords()) {
        return document;
      }
    }
    Diagnostic warning = RenderDiagnostics.warning(RenderDiagnostics.TOO_LONG, role.isPresent() ? "/roles" : "/owner",
        "the cover letter runs to " + document.words() + " words, over the " + options.letterWords() + " that fit on a page",
        "shorten the letter's opening and closing paragraphs, or the claims of the entries it tells");
    return new CoverLetterDocument(document.name(), document.contact(), document.date(), document.subject(), document.salutation(),
        document.opening(), document.body(), document.next(), document.closing(), document.signOff(), document.signature(),
        document.shown(), List.of(warning));
  }

  private static String defaultOpening(String title, Optional<String> summary) {
    String first = title.isEmpty() ? "I am writing to introduce my work." : "I am writing to apply for the " + title + " role.";
    return summary.map(s -> first + " " + s).orElse(first);
  }

  /** How the second sentence of the entries' paragraphs opens, in turn, so three paragraphs do not open it alike. */
  private static final String[] HARD_PARTS = {"The hard part was that ", "What made it hard was that ", "The catch was that "};

  /**
   * An entry in one or two sentences: what was done, in the first person, with the figure the
   * claim does not state, a CURRENT entry's status label and, when the owner publishes a
   * portfolio, a link to the entry's page; then what made it hard.
   */
  private static Paragraph entryParagraph(LakeEntry entry, int index, Phrasing phrasing, boolean full, Optional<URI> site) {
    StringBuilder done = new StringBuilder(phrasing.firstPerson(entry.claim()));
    unstop(done);
    // What the claim does not say itself, in one bracket: the figure, the status label, the link to the evidence.
    List<String> aside = new ArrayList<>();
    phrasing.extraFigure(entry).ifPresent(aside::add);
    if (entry.status() instanceof Current) {
      aside.add(StatusLabels.of(entry.status(), phrasing));
    }
    StringBuilder rest = new StringBuilder();
    if (full) {
      rest.append(' ').append(HARD_PARTS[index % HARD_PARTS.length]).append(phrasing.lowerFirst(entry.constraint()));
      stop(rest);
    }
    List<Span> spans = new ArrayList<>();
    if (site.isPresent()) {
      aside.add("");
      spans.add(new Span(done + " (" + String.join("; ", aside), Optional.empty()));
      spans.add(new Span("evidence", Optional.of(PortfolioPages.entryUrl(site.get(), entry.id()))));
      spans.add(new Span(")." + rest, Optional.empty()));
    } else {
      if (!aside.isEmpty()) {
        done.append(" (").append(String.join("; ", aside)).append(')');
      }
      stop(done);
      spans.add(new Span(done.toString() + rest, Optional.empty()));
    }
    return new Paragraph(spans, Optional.of(entry.id()));
  }

  /** A TARGET entry as a plan, never as done: {@code I plan to … by 26 Feb 2027.} */
  private static Paragraph planParagraph(LakeEntry entry, Phrasing phrasing) {
    Target target = (Target) entry.status();
    String when = target.by().map(by -> " by " + PlainText.date(by)).orElse("");
    String text = phrasing.goal(entry.claim())
        .map(goal -> "I plan to " + goal + when + ".")
        .orElseGet(() -> "A plan (" + StatusLabels.brief(target) + "): " + phrasing.lowerFirst(entry.claim()) + ".");
    return new Paragraph(List.of(new Span(text, Optional.empty())), Optional.of(entry.id()));
  }

  /** Ends {@code text} with a full stop, unless it already ends a sentence. */
  private static void stop(StringBuilder text) {
    if (text.length() > 0 && ".!?".indexOf(text.charAt(text.length() - 1)) < 0) {
      text.append('.');
    }
  }

  /** Takes a full stop off the end of {@code text}, so more can follow in the same sentence. */
  private static void unstop(StringBuilder text) {
    if (text.length() > 0 && text.charAt(text.length() - 1) == '.') {
      text.setLength(text.length() - 1);
    }
  }

  private static List<String> shown(List<Paragraph> body, Optional<Paragraph> next) {
    List<String> ids = new ArrayList<>();
    body.forEach(p -> p.entryId().ifPresent(ids::add));
    next.flatMap(Paragraph::entryId).ifPresent(ids::add);
    return ids;
  }

  private static int count(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
