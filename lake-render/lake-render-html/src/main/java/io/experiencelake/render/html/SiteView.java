package io.experiencelake.render.html;

import java.util.List;

/**
 * The portfolio site's pages as the {@code site/*} templates lay them out: small records of text
 * that is already worded (labels, dates, figures) and cleaned ({@link Text#printable}); the
 * templates escape it for where it stands.
 *
 * <pre>{@code
 * String html = Templates.siteIndex(new SiteView.Index(shell, masthead, summary, stats, areas, coverage, next));
 * }</pre>
 */
public final class SiteView {

  private SiteView() {}

  /**
   * What every page shares: the path back to the site's root, the page title, the bar at the top
   * and the footer.
   *
   * @param root the relative path to the site's root, {@code ""} or {@code "../"}
   * @param title the page's title
   * @param name the owner's name, linked to the index in the top bar
   * @param headline the owner's headline beside it
   * @param footer the footer line
   */
  public record Shell(String root, String title, String name, String headline, String footer) {

    /** Cleans the text. */
    public Shell {
      title = Text.printable(title);
      name = Text.printable(name);
      headline = Text.printable(headline);
      footer = Text.printable(footer);
    }
  }

  /**
   * A status, outcome or tier label: a CSS kind (such as {@code achieved}), its text, and a title
   * shown on hover (or empty).
   *
   * @param kind the CSS class that colours it
   * @param text what it says
   * @param title the hover text, or empty
   */
  public record Badge(String kind, String text, String title) {

    /** Cleans the text. */
    public Badge {
      kind = Text.printable(kind);
      text = Text.printable(text);
      title = Text.printable(title);
    }
  }

  /**
   * One entry in a list: a link to its page, a note under it (its figure or progress), and its
   * status badge.
   *
   * @param href the entry page, relative to the page the list is on
   * @param claim the entry's claim
   * @param note the figure or progress under the claim, or empty
   * @param badge the status
   */
  public record EntryLink(String href, String claim, String note, Badge badge) {

    /** Cleans the text. */
    public EntryLink {
      claim = Text.printable(claim);
      note = Text.printable(note);
    }
  }

  /**
   * A figure in the row of figures on the index.
   *
   * @param figure the number, written out
   * @param label what it counts
   * @param good whether it is shown as good news (verified evidence)
   */
  public record Stat(String figure, String label, boolean good) {

    /** Cleans the text. */
    public Stat {
      figure = Text.printable(figure);
      label = Text.printable(label);
    }
  }

  /**
   * One area (cluster) card on the index.
   *
   * @param href its page
   * @param title its title
   * @param tier its tier badge
   * @param why why it is heavy
   * @param entries its shown entries
   */
  public record Area(String href, String title, Badge tier, String why, List<EntryLink> entries) {

    /** Cleans the text and copies the list. */
    public Area {
      title = Text.printable(title);
      why = Text.printable(why);
      entries = List.copyOf(entries);
    }
  }

  /**
   * The capability coverage table, with the role's heatmap when a role was rendered for.
   *
   * @param note a note on the role weights, or empty without a role
   * @param heatmap the heatmap image's file, or empty without a role
   * @param heatmapAlt the heatmap's text alternative
   * @param weighted whether the table has a role-weight column
   * @param rows one per capability
   */
  public record Coverage(String note, String heatmap, String heatmapAlt, boolean weighted, List<CoverageRow> rows) {

    /** Cleans the text and copies the list. */
    public Coverage {
      note = Text.printable(note);
      heatmapAlt = Text.printable(heatmapAlt);
      rows = List.copyOf(rows);
    }
  }

  /**
   * One capability's row of the coverage table.
   *
   * @param title the capability
   * @param description a line on it, or empty
   * @param weight the role's weight, written out
   * @param achieved how many achieved entries show it, or a dash
   * @param current how many entries in progress show it, or a dash
   * @param shownBy links to the entries that show it, or none
   */
  public record CoverageRow(String title, String description, String weight, String achieved, String current, List<Span> shownBy) {

    /** Cleans the text and copies the list. */
    public CoverageRow {
      title = Text.printable(title);
      description = Text.printable(description);
      weight = Text.printable(weight);
      achieved = Text.printable(achieved);
      current = Text.printable(current);
      shownBy = List.copyOf(shownBy);
    }
  }

  /**
   * The front page.
   *
   * @param shell the page frame
   * @param masthead the owner's name, headline and contact line
   * @param summary the owner's summary, or empty
   * @param stats the row of figures
   * @param areas the areas with shown entries, by rank
   * @param coverage the coverage table, or {@code null} when the lake has no capabilities
   * @param next the planned entries, shown under "Next", or none
   */
  public record Index(Shell shell, Masthead masthead, String summary, List<Stat> stats, List<Area> areas, Coverage coverage,
      List<EntryLink> next) {

    /** Cleans the text and copies the lists. */
    public Index {
      summary = Text.printable(summary);
      stats = List.copyOf(stats);
      areas = List.copyOf(areas);
      next = List.copyOf(next);
    }
  }

  /**
   * A story behind an area.
   *
   * @param id the story's id
   * @param title its title
   * @param challenge what happened, or empty
   */
  public record Story(String id, String title, String challenge) {

    /** Cleans the text. */
    public Story {
      id = Text.printable(id);
      title = Text.printable(title);
      challenge = Text.printable(challenge);
    }
  }

  /**
   * An area's page.
   *
   * @param shell the page frame
   * @param eyebrow the line above the title, e.g. its rank
   * @param title the area's title
   * @param tier its tier badge
   * @param why why it is heavy
   * @param work its shown entries
   * @param stories the stories behind it
   * @param next its planned entries, or none
   */
  public record Cluster(Shell shell, String eyebrow, String title, Badge tier, String why, List<EntryLink> work,
      List<Story> stories, List<EntryLink> next) {

    /** Cleans the text and copies the lists. */
    public Cluster {
      eyebrow = Text.printable(eyebrow);
      title = Text.printable(title);
      why = Text.printable(why);
      work = List.copyOf(work);
      stories = List.copyOf(stories);
      next = List.copyOf(next);
    }
  }

  /**
   * One term and its description in an entry's facts.
   *
   * @param term e.g. {@code Constraint}
   * @param text its description
   */
  public record Fact(String term, String text) {

    /** Cleans the text. */
    public Fact {
      term = Text.printable(term);
      text = Text.printable(text);
    }
  }

  /**
   * An option set aside, and why.
   *
   * @param option the option
   * @param whyNot why it lost
   */
  public record Alternative(String option, String whyNot) {

    /** Cleans the text. */
    public Alternative {
      option = Text.printable(option);
      whyNot = Text.printable(whyNot);
    }
  }

  /**
   * One evidence anchor's row.
   *
   * @param number its position, from 1
   * @param kind what kind of anchor, in words
   * @param shows what it shows
   * @param link an address to open (a web link), or empty
   * @param digest the digest, shortened, or a dash
   * @param digestTitle the full digest, shown on hover, or empty
   * @param outcome what verifying it found
   */
  public record Evidence(String number, String kind, String shows, String link, String digest, String digestTitle, Badge outcome) {

    /** Cleans the text; a link that is not a web address is dropped. */
    public Evidence {
      kind = Text.printable(kind);
      shows = Text.printable(shows);
      link = Text.webAddress(link).orElse("");
      digest = Text.printable(digest);
      digestTitle = Text.printable(digestTitle);
    }
  }

  /**
   * An entry's page. A planned (TARGET) entry's content sits inside a section headed "Next".
   *
   * @param shell the page frame
   * @param area the area's name and page, for the breadcrumbs, or {@code null}
   * @param planned whether the entry is a TARGET
   * @param claim the claim
   * @param status its status badge
   * @param engagement the role, engagement and period, or empty
   * @param facts constraint, decision, cost…
   * @param capabilities the capabilities it demonstrates
   * @param stories the stories it comes from
   * @param keywords its keywords, joined, or empty
   * @param alternatives the options set aside
   * @param evidence its anchors
   * @param unverified whether to say the evidence was not verified for this render
   */
  public record Entry(Shell shell, Span area, boolean planned, String claim, Badge status, String engagement, List<Fact> facts,
      List<String> capabilities, List<Story> stories, String keywords, List<Alternative> alternatives, List<Evidence> evidence,
      boolean unverified) {

    /** Cleans the text and copies the lists. */
    public Entry {
      claim = Text.printable(claim);
      engagement = Text.printable(engagement);
      facts = List.copyOf(facts);
      capabilities = capabilities.stream().map(Text::printable).toList();
      stories = List.copyOf(stories);
      keywords = Text.printable(keywords);
      alternatives = List.copyOf(alternatives);
      evidence = List.copyOf(evidence);
    }
  }
}
