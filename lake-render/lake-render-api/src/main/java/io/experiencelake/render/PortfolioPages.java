package io.experiencelake.render;

import java.net.URI;

/**
 * Where the portfolio puts each entry's page, so documents can link to it: the portfolio renderer
 * writes the pages, the cover letter links to them under the owner's {@code site}.
 *
 * <pre>{@code
 * PortfolioPages.entry("phase-gates");                                         // "entries/phase-gates.html"
 * PortfolioPages.entryUrl(URI.create("https://alex.example.org/"), "phase-gates"); // https://alex.example.org/entries/phase-gates.html
 * }</pre>
 */
public final class PortfolioPages {

  private PortfolioPages() {}

  /** The path of an entry's page, relative to the portfolio's root folder. */
  public static String entry(String entryId) {
    return "entries/" + entryId + ".html";
  }

  /**
   * The address of an entry's page on the published portfolio whose root is {@code site}; a site
   * without a trailing slash is taken as a folder all the same.
   */
  public static URI entryUrl(URI site, String entryId) {
    String root = site.toString().endsWith("/") ? site.toString() : site + "/";
    return URI.create(root).resolve(entry(entryId));
  }
}
