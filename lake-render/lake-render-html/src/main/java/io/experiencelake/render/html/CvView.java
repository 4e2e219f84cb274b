package io.experiencelake.render.html;

import java.util.List;

/**
 * A CV as the {@code cv} template lays it out: masthead, summary, then sections.
 *
 * <pre>{@code
 * CvView cv = new CvView(info, masthead, "Runs ML data pipelines end to end.", List.of(
 *     CvView.Section.of("Experience", List.of(new CvView.Role("Lead engineer", "Fraud platform",
 *         "Sep 2024 – present", "London", "", List.of(new CvView.Item("Gated 6 run phases…", "")))))));
 * String xhtml = Templates.cv(cv);
 * }</pre>
 *
 * @param info title, author, subject and paper
 * @param masthead name, headline and contact line
 * @param summary a short paragraph under the masthead, or empty
 * @param sections the sections in order (Experience, Education, Skills, Next…)
 */
public record CvView(DocumentInfo info, Masthead masthead, String summary, List<Section> sections) {

  /** Cleans the text and copies the list. */
  public CvView {
    summary = Text.printable(summary);
    sections = List.copyOf(sections);
  }

  /**
   * One section: a heading, then roles (each with its items), loose items, or one line of text
   * (such as the skills, joined).
   *
   * @param heading the section's heading, e.g. {@code Experience}
   * @param line a line of text under the heading, or empty
   * @param roles the engagements, latest first
   * @param items bullets outside any role
   */
  public record Section(String heading, String line, List<Role> roles, List<Item> items) {

    /** Cleans the text and copies the lists. */
    public Section {
      heading = Text.printable(heading);
      line = Text.printable(line);
      roles = List.copyOf(roles);
      items = List.copyOf(items);
    }

    /** A section of roles. */
    public static Section of(String heading, List<Role> roles) {
      return new Section(heading, "", roles, List.of());
    }
  }

  /**
   * One engagement: the role held, where, when, and its bullets.
   *
   * @param title the role held, e.g. {@code Lead engineer}
   * @param organisation the engagement's name, e.g. {@code Fraud platform}
   * @param dates the period, e.g. {@code Sep 2024 – present}
   * @param location where, or empty
   * @param summary a line on the engagement, or empty
   * @param items the bullets, strongest first
   */
  public record Role(String title, String organisation, String dates, String location, String summary, List<Item> items) {

    /** Cleans the text and copies the list. */
    public Role {
      title = Text.printable(title);
      organisation = Text.printable(organisation);
      dates = Text.printable(dates);
      location = Text.printable(location);
      summary = Text.printable(summary);
      items = List.copyOf(items);
    }
  }

  /**
   * One bullet: the claim as a sentence, and a note on its status when it is not done.
   *
   * @param text the bullet's text
   * @param note e.g. {@code in progress, as of Nov 2026}, or empty
   */
  public record Item(String text, String note) {

    /** Cleans the text. */
    public Item {
      text = Text.printable(text);
      note = Text.printable(note);
    }
  }
}
