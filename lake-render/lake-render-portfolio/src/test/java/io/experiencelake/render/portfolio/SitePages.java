package io.experiencelake.render.portfolio;

import io.experiencelake.render.Artifact;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The portfolio's HTML pages parsed with jsoup, and the links between them followed. */
final class SitePages {

  /** A link that leads nowhere, or to a resource off the site. */
  record Problem(String page, String link, String why) {}

  private final Map<String, Document> pages = new LinkedHashMap<>();
  private final List<String> paths = new ArrayList<>();
  private int followed;

  SitePages(List<Artifact> artifacts) {
    for (Artifact artifact : artifacts) {
      paths.add(artifact.path());
      if (artifact.path().endsWith(".html")) {
        pages.put(artifact.path(), Jsoup.parse(artifact.text()));
      }
    }
  }

  Map<String, Document> pages() {
    return pages;
  }

  /** How many internal links {@link #problems()} followed. */
  int followed() {
    return followed;
  }

  /**
   * Follows every {@code href} and {@code src} of every page: an internal one must name a file of
   * the site (and, with a fragment, an element of that page with that id); an external one may only
   * be an {@code http}, {@code https} or {@code mailto} link of an {@code a} element, never a
   * stylesheet, script, image or frame.
   */
  List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    followed = 0;
    for (Map.Entry<String, Document> page : pages.entrySet()) {
      for (Element element : page.getValue().select("[href], [src]")) {
        String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
        String lower = link.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
          if (!element.tagName().equals("a")) {
            problems.add(new Problem(page.getKey(), link, "a <" + element.tagName() + "> loads from off the site"));
          }
          continue;
        }
        if (lower.contains(":") || link.isEmpty()) {
          problems.add(new Problem(page.getKey(), link, "not a relative link"));
          continue;
        }
        followed++;
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        String target = path.isEmpty() ? page.getKey() : URI.create(page.getKey()).resolve(path).normalize().toString();
        if (!paths.contains(target)) {
          problems.add(new Problem(page.getKey(), link, "no file " + target));
        } else if (hash >= 0 && pages.get(target).getElementById(link.substring(hash + 1)) == null) {
          problems.add(new Problem(page.getKey(), link, "no element with that id in " + target));
        }
      }
    }
    return problems;
  }

  /**
   * The pages' visible text (titles and bodies) outside any {@code section.next}, then a line
   * {@code @@NEXT@@} and the text inside them, when there is any.
   */
  String textAroundNext() {
    StringBuilder outside = new StringBuilder();
    StringBuilder inside = new StringBuilder();
    for (Document page : pages.values()) {
      Document copy = page.clone();
      for (Element next : copy.select("section.next")) {
        inside.append(next.text()).append('\n');
        next.remove();
      }
      outside.append(copy.title()).append('\n').append(copy.body().text()).append('\n');
    }
    return inside.length() == 0 ? outside.toString() : outside + "\n@@NEXT@@\n" + inside;
  }
}
