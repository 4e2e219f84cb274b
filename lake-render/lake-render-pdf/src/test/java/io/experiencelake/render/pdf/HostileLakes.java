package io.experiencelake.render.pdf;

import static io.experiencelake.dsl.Lakes.cluster;
import static io.experiencelake.dsl.Lakes.entry;
import static io.experiencelake.dsl.Lakes.job;
import static io.experiencelake.dsl.Lakes.link;
import static io.experiencelake.dsl.Lakes.owner;
import static io.experiencelake.dsl.Lakes.receipt;
import static io.experiencelake.dsl.Lakes.role;
import static io.experiencelake.dsl.Lakes.story;

import io.experiencelake.core.Lake;
import io.experiencelake.core.Tier;
import io.experiencelake.dsl.Lakes;
import java.time.LocalDate;

/**
 * A lake whose every text is hostile: markup and scripts, a {@code javascript:} link, a right-to-left
 * override, a 10,000-character word and control characters (C0, DEL and C1), for the typeset
 * documents' tests (the DOCX tests share it through the test jar).
 */
public final class HostileLakes {

  /** Markup, a script and an event handler, which must show as text. */
  public static final String MARKUP = "<script>alert(1)</script><img src=x onerror=alert(2)> <b>bold</b> & \"q\"";

  /** Control characters: a bell, an escape, DEL and two C1 controls; none may reach the document's text. */
  public static final String CONTROLS = "bell\u0007 esc\u001b[31m del\u007f c1\u0085\u009b";

  /** A right-to-left override that would make the rest of a line read backwards. */
  public static final String RTL = "\u202Egnp.exe\u202C";

  /** A word of 10,000 characters. */
  public static final String LONG_WORD = "W".repeat(10_000);

  private HostileLakes() {}

  /** The hostile text for {@code field}: its name, then every kind of trouble. */
  public static String hostile(String field) {
    return field + " " + MARKUP + " " + CONTROLS + " " + RTL;
  }

  /** A lake with hostile text in every field the documents show; built without the checker. */
  public static Lake lake() {
    return Lakes.lake(owner(hostile("name"), hostile("headline")).email("x@example.org\u0007<script>")
            .location(hostile("location")).summary(hostile("summary") + " " + LONG_WORD).url("javascript:alert(3)"))
        .capability("reliability", hostile("capability"))
        .role(role("r", hostile("role")).requires("reliability", 1.0))
        .engagement(job("acme", hostile("engagement")).role(hostile("engagement role")).from(2021, 1).location(hostile("place"))
            .summary(hostile("engagement summary")))
        .story(story("1", hostile("story")))
        .cluster(cluster("runs", 1, Tier.CORE).title(hostile("cluster")).why(hostile("why")).stories("1").demonstrates("reliability"))
        .entry(entry("loads").in("runs").at("acme").from("1").claim(hostile("claim") + " " + LONG_WORD).constraint(hostile("constraint"))
            .decision(hostile("choice")).over(hostile("option"), hostile("whyNot")).consequence(hostile("consequence"))
            .evidence(receipt("receipts/r.json", "c".repeat(64)).attests(hostile("attests")))
            .and(link("javascript:alert(4)").titled(hostile("link title")))
            .achieved(2023, 5, 31).capabilities("reliability"))
        .entry(entry("replay").in("runs").at("acme").from("1").claim(hostile("current claim")).constraint(hostile("constraint"))
            .decision("One key").consequence("Carry it")
            .evidence(receipt("receipts/r.json", "c".repeat(64)).attests("done"))
            .current(LocalDate.of(2026, 11, 1), hostile("progress")).capabilities("reliability"))
        .buildUnchecked();
  }
}
