package io.experiencelake.render.cv;

import io.experiencelake.render.ContactItem;
import io.experiencelake.render.Markdown;
import java.util.ArrayList;
import java.util.List;

/** Lays a {@link CvDocument} out as Markdown and as plain text. */
final class Cv {

  private Cv() {}

  /** The Markdown CV: every piece of text escaped, the contact items linked, LF line ends, one trailing newline. */
  static String markdown(CvDocument cv) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(Markdown.escape(cv.name())).append("\n\n");
    List<String> contact = new ArrayList<>();
    contact.add(Markdown.escape(cv.headline()));
    for (ContactItem item : cv.contact()) {
      contact.add(item.link().map(link -> Markdown.link(item.text(), link)).orElse(Markdown.escape(item.text())));
    }
    out.append(String.join(" · ", contact)).append('\n');
    cv.summary().ifPresent(s -> out.append('\n').append(Markdown.escape(s)).append('\n'));
    for (CvDocument.Section section : cv.sections()) {
      out.append("\n## ").append(section.title()).append('\n');
      for (CvDocument.Group group : section.groups()) {
        group.heading().ifPresent(h -> {
          out.append("\n### ").append(Markdown.escape(h.role())).append(" — ").append(Markdown.escape(h.organisation())).append("\n\n");
          out.append(h.period()).append(h.location().map(l -> " · " + Markdown.escape(l)).orElse("")).append('\n');
        });
        group.summary().ifPresent(s -> out.append('\n').append(Markdown.escape(s)).append('\n'));
        bullets(group.bullets(), out);
      }
    }
    if (!cv.skills().isEmpty()) {
      out.append("\n## ").append(CvDocument.SKILLS).append("\n\n");
      out.append(String.join(" · ", cv.skills().stream().map(Markdown::escape).toList())).append('\n');
    }
    if (!cv.next().isEmpty()) {
      out.append("\n## ").append(CvDocument.NEXT).append('\n');
      bullets(cv.next(), out);
    }
    return out.toString();
  }

  private static void bullets(List<CvDocument.Bullet> bullets, StringBuilder out) {
    if (!bullets.isEmpty()) {
      out.append('\n');
    }
    for (CvDocument.Bullet bullet : bullets) {
      out.append("- ").append(Markdown.escape(bullet.line())).append('\n');
    }
  }

  /** The plain-text CV (ATS-safe): one column, headings on lines of their own, "- " bullets, no tables, no links. */
  static String text(CvDocument cv) {
    StringBuilder out = new StringBuilder();
    out.append(cv.name()).append('\n');
    out.append(String.join(" | ", cv.contactTexts())).append('\n');
    cv.summary().ifPresent(s -> out.append('\n').append(s).append('\n'));
    for (CvDocument.Section section : cv.sections()) {
      out.append('\n').append(section.title()).append('\n');
      for (CvDocument.Group group : section.groups()) {
        group.heading().ifPresentOrElse(h -> {
          out.append('\n').append(h.role()).append(" — ").append(h.organisation()).append('\n');
          out.append(h.period()).append(h.location().map(l -> " | " + l).orElse("")).append('\n');
        }, () -> out.append('\n'));
        group.summary().ifPresent(s -> out.append(s).append('\n'));
        for (CvDocument.Bullet bullet : group.bullets()) {
          out.append("- ").append(bullet.line()).append('\n');
        }
      }
    }
    if (!cv.skills().isEmpty()) {
      out.append('\n').append(CvDocument.SKILLS).append('\n').append(String.join(", ", cv.skills())).append('\n');
    }
    if (!cv.next().isEmpty()) {
      out.append('\n').append(CvDocument.NEXT).append("\n\n");
      for (CvDocument.Bullet bullet : cv.next()) {
        out.append("- ").append(bullet.line()).append('\n');
      }
    }
    return out.toString();
  }
}
