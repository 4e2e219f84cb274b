package io.experiencelake.render.portfolio;

import static io.experiencelake.dsl.Lakes.cluster;
import static io.experiencelake.dsl.Lakes.entry;
import static io.experiencelake.dsl.Lakes.job;
import static io.experiencelake.dsl.Lakes.link;
import static io.experiencelake.dsl.Lakes.owner;
import static io.experiencelake.dsl.Lakes.receipt;
import static io.experiencelake.dsl.Lakes.reportStat;
import static io.experiencelake.dsl.Lakes.role;
import static io.experiencelake.dsl.Lakes.runOutput;
import static io.experiencelake.dsl.Lakes.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Tier;
import io.experiencelake.core.verify.ImmutableAnchorResult;
import io.experiencelake.core.verify.ImmutableEntryVerification;
import io.experiencelake.core.verify.ImmutableVerificationReport;
import io.experiencelake.core.verify.Outcome;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.dsl.Lakes;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.Goldens;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderFixtures;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendering;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortfolioRendererTests {

  private final Lake lake = RenderFixtures.smallLake();

  private static RenderOptions withRole(boolean targets) {
    return ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).role("data-platform").includeTargets(targets).build();
  }

  private RenderRun run(RenderOptions options) {
    return Rendering.run(lake, options, PortfolioRenderer.NAME);
  }

  private static String golden(String name, String actual) {
    return Goldens.read(PortfolioRendererTests.class, name, actual);
  }

  /** A report saying the first anchor of 'loads' was verified and that of 'replay' did not match. */
  private VerificationReport report() {
    List<ImmutableEntryVerification> entries = new ArrayList<>();
    for (int i = 0; i < lake.entries().size(); i++) {
      LakeEntry entry = lake.entries().get(i);
      ImmutableEntryVerification.BuildFinal verification = ImmutableEntryVerification.builder().entry(entry).pointer("/entries/" + i);
      for (int a = 0; a < entry.evidence().size(); a++) {
        Outcome outcome = entry.id().equals("loads") ? Outcome.VERIFIED : entry.id().equals("replay") ? Outcome.MISMATCH : Outcome.MISSING;
        verification.addAnchors(ImmutableAnchorResult.builder().entryId(entry.id()).anchorIndex(a).pointer("/entries/" + i + "/evidence/" + a)
            .anchor(entry.evidence().get(a)).outcome(outcome).detail("the check said " + outcome.label()).build());
      }
      entries.add(verification.build());
    }
    return ImmutableVerificationReport.builder().addAllEntries(entries).build();
  }

  @Test
  void isFoundByName() {
    assertThat(Renderers.named("portfolio")).isInstanceOf(PortfolioRenderer.class);
  }

  @Test
  void writesAnIndexAStylesheetAPagePerClusterAndEntryAndMarkdown() {
    assertThat(run(RenderFixtures.withTargets()).artifacts()).extracting(Artifact::path).containsExactly(
        "portfolio.md", "portfolio/clusters/runs.html", "portfolio/entries/lineage.html", "portfolio/entries/loads.html",
        "portfolio/entries/replay.html", "portfolio/entries/talk.html", "portfolio/index.html", "portfolio/style.css");
  }

  @Nested
  class Golden {

    @Test
    void indexMatchesTheGoldenFile() {
      String actual = run(withRole(true)).artifact(PortfolioRenderer.INDEX).text();
      assertThat(actual).isEqualTo(golden("small-index.html", actual));
    }

    @Test
    void entryPageMatchesTheGoldenFile() {
      String actual = run(withRole(false)).artifact("portfolio/entries/loads.html").text();
      assertThat(actual).isEqualTo(golden("small-entry-loads.html", actual));
    }

    @Test
    void markdownMatchesTheGoldenFile() {
      String actual = run(RenderFixtures.withTargets()).artifact(PortfolioRenderer.MARKDOWN).text();
      assertThat(actual).isEqualTo(golden("small-portfolio.md", actual));
    }
  }

  @Nested
  class Links {

    @Test
    void everyInternalLinkFindsItsTarget() {
      for (RenderOptions options : List.of(RenderFixtures.options(), withRole(true))) {
        SitePages site = new SitePages(run(options).artifacts());

        assertThat(site.problems()).isEmpty();
        assertThat(site.followed()).isGreaterThan(20);
      }
    }

    @Test
    void reportsALinkToAPageThatIsNotThere() {
      List<Artifact> artifacts = new ArrayList<>(run(RenderFixtures.options()).artifacts());
      artifacts.removeIf(a -> a.path().equals("portfolio/entries/talk.html"));

      assertThat(new SitePages(artifacts).problems()).extracting(SitePages.Problem::why).contains("no file portfolio/entries/talk.html");
    }

    @Test
    void worksOfflineWithNoScriptsFontsOrRemoteResources() {
      RenderRun run = run(withRole(true));
      for (Document page : new SitePages(run.artifacts()).pages().values()) {
        assertThat(page.select("script, iframe, object, embed")).isEmpty();
        // The one image is the site's own coverage heatmap, a file beside the page.
        assertThat(page.select("img")).allSatisfy(img -> assertThat(img.attr("src")).isEqualTo("coverage.svg"));
        assertThat(page.select("link")).allSatisfy(l -> assertThat(l.attr("href")).doesNotContain(":"));
      }
      assertThat(run.artifact("portfolio/coverage.svg").text()).doesNotContain("http://www.w3.org/1999/xlink", "<image", "url(", "<script");
      String css = run.artifact("portfolio/style.css").text();
      assertThat(css).doesNotContain("@import", "url(", "@font-face", "http");
      assertThat(css.length()).isLessThan(8_000);
    }
  }

  @Nested
  class Escaping {

    private static final String EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)> \"q\" 'a' & <b>b</b>";
    private static final String DIGEST = "c".repeat(64);

    private String evil(String field) {
      return field + " " + EVIL;
    }

    private final List<String> fields = List.of("name", "headline", "email", "location", "summary", "capability", "capability description",
        "role", "engagement", "engagement role", "story", "challenge", "cluster", "why", "claim", "constraint", "choice", "option",
        "whyNot", "consequence", "metric", "unit", "attests", "run description", "link title", "keyword", "progress", "target");

    private Lake evilLake() {
      return Lakes.lake(owner(evil("name"), evil("headline")).email(evil("email")).location(evil("location"))
              .summary(evil("summary")).url("javascript:alert(3)"))
          .capability("reliability", evil("capability"), evil("capability description"))
          .role(role("r", evil("role")).requires("reliability", 1.0))
          .engagement(job("acme", evil("engagement")).role(evil("engagement role")).from(2021, 1))
          .story(story("1", evil("story")).challenge(evil("challenge")))
          .cluster(cluster("runs", 1, Tier.CORE).title(evil("cluster")).why(evil("why")).stories("1").demonstrates("reliability"))
          .entry(entry("loads").in("runs").at("acme").from("1").claim(evil("claim")).constraint(evil("constraint"))
              .decision(evil("choice")).over(evil("option"), evil("whyNot")).consequence(evil("consequence"))
              .evidence(reportStat("reports/loads.json").pointer("/x").metric(evil("metric")).is(0, evil("unit")).sha256(DIGEST))
              .and(receipt("receipts/r.json", DIGEST).attests(evil("attests")))
              .and(runOutput("runs/run.log", DIGEST).describedAs(evil("run description")))
              .and(link("javascript:alert(4)").titled(evil("link title")))
              .achieved(2023, 5, 31).capabilities("reliability").keywords(evil("keyword")))
          .entry(entry("replay").in("runs").from("1").claim("Replays").constraint("Keys").decision("One key").consequence("Carry it")
              .evidence(runOutput("runs/replay.log", DIGEST)).current(LocalDate.of(2026, 11, 1), evil("progress")).capabilities("reliability"))
          .entry(entry("plan").in("runs").from("1").claim(evil("target")).constraint("None").decision("Stamp").consequence("Bigger")
              .noEvidenceYet().target(LocalDate.of(2027, 3, 31)))
          .buildUnchecked();
    }

    @Test
    void writesHtmlAndScriptInEveryFieldAsText() {
      RenderOptions options = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).role("r").includeTargets(true).build();
      List<Artifact> artifacts = new PortfolioRenderer().render(evilLake(), options).artifacts();
      SitePages site = new SitePages(artifacts);
      StringBuilder visible = new StringBuilder();

      for (Artifact artifact : artifacts) {
        if (artifact.path().endsWith(".html")) {
          String html = artifact.text().toLowerCase(Locale.ROOT).replace("<img src=\"coverage.svg\" alt=", "");
          assertThat(html).as(artifact.path()).doesNotContain("<script", "<img", "<b>", "href=\"javascript");
        }
      }
      for (Document page : site.pages().values()) {
        assertThat(page.select("script, b")).isEmpty();
        assertThat(page.select("img")).allSatisfy(img -> {
          assertThat(img.attr("src")).isEqualTo("coverage.svg");
          assertThat(img.attributes().size()).isEqualTo(2);
        });
        for (Element element : page.getAllElements()) {
          assertThat(element.attributes().asList()).allSatisfy(a -> assertThat(a.getKey()).doesNotStartWith("on"));
        }
        visible.append(page.title()).append('\n').append(page.body().text()).append('\n');
      }
      for (String field : fields) {
        assertThat(visible.toString()).as(field).contains(evil(field));
      }
      String heatmap = artifacts.stream().filter(a -> a.path().equals("portfolio/coverage.svg")).findFirst().orElseThrow().text();
      assertThat(heatmap).doesNotContain("<script", "<img", "<b>").contains("&lt;script&gt;");
    }

    @Test
    void linksOnlyToWebAddresses() {
      RenderOptions options = RenderFixtures.options();
      SitePages site = new SitePages(new PortfolioRenderer().render(evilLake(), options).artifacts());

      for (Document page : site.pages().values()) {
        assertThat(page.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).doesNotStartWith("javascript"));
      }
      assertThat(site.pages().get(PortfolioRenderer.INDEX).body().text()).contains("javascript:alert(3)");
    }
  }

  @Nested
  class Evidence {

    @Test
    void showsDigestsAndSaysNotCheckedWithoutAReport() {
      Document page = new SitePages(run(RenderFixtures.options()).artifacts()).pages().get("portfolio/entries/loads.html");

      assertThat(page.select("table.evidence code.digest").attr("title")).isEqualTo("sha256 " + "a".repeat(64));
      assertThat(page.select("table.evidence .badge").text()).isEqualTo("Not checked");
    }

    @Test
    void showsEachAnchorsOutcomeFromTheVerificationReport() {
      RenderOptions options = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).verification(report()).build();
      RenderRun run = run(options);
      SitePages site = new SitePages(run.artifacts());

      assertThat(site.pages().get("portfolio/entries/loads.html").select("table.evidence .badge.verified").text()).isEqualTo("Verified");
      assertThat(site.pages().get("portfolio/entries/replay.html").select("table.evidence .badge.mismatch").attr("title"))
          .isEqualTo("the check said mismatch");
      assertThat(site.pages().get(PortfolioRenderer.INDEX).select(".stats li").last().text()).isEqualTo("1 verified against the files");
      assertThat(run.manifest().text()).contains("\"verification\": \"3 anchors: 1 verified, 1 mismatch, 1 missing");
    }

    @Test
    void ignoresAReportOfOtherAnchors() {
      Lake changed = io.experiencelake.core.ImmutableLake.copyOf(lake).withEntries(lake.entries().stream()
          .map(e -> io.experiencelake.core.ImmutableLakeEntry.copyOf(e).withEvidence(io.experiencelake.core.ImmutableRunOutput.builder().path("runs/other.log").sha256("d".repeat(64)).build()))
          .collect(java.util.stream.Collectors.toList()));
      RenderOptions options = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).verification(report()).build();

      Document page = new SitePages(new PortfolioRenderer().render(changed, options).artifacts()).pages().get("portfolio/entries/loads.html");

      assertThat(page.select("table.evidence .badge").text()).isEqualTo("Not checked");
    }
  }

  @Nested
  class Coverage {

    @Test
    void countsEntriesPerCapabilityWithTheRolesWeights() {
      Document index = new SitePages(run(withRole(false)).artifacts()).pages().get(PortfolioRenderer.INDEX);

      assertThat(index.select("table.coverage tbody tr")).extracting(Element::text).containsExactly(
          "Reliability rails 1 2 — loads, talk",
          "Run discipline — — 1 replay");
    }
  }

  @Nested
  class Determinism {

    @Test
    void writesTheSameBytesOnEveryRun() {
      String one = io.experiencelake.render.Determinism.texts(run(withRole(true)));
      String two = io.experiencelake.render.Determinism.texts(Rendering.run(RenderFixtures.smallLake(), withRole(true), PortfolioRenderer.NAME));

      assertThat(one).isEqualTo(two);
    }

    @ParameterizedTest
    @CsvSource({"tr-TR, Pacific/Kiritimati", "ja-JP, America/Los_Angeles"})
    void writesTheSameBytesWhateverTheDefaultLocaleAndTimeZone(String locale, String zone) {
      String expected = io.experiencelake.render.Determinism.texts(run(withRole(true)));

      String actual = io.experiencelake.render.Determinism.under(locale, zone,
          () -> io.experiencelake.render.Determinism.texts(Rendering.run(RenderFixtures.smallLake(), withRole(true), PortfolioRenderer.NAME)));

      assertThat(actual).isEqualTo(expected);
    }
  }
}
