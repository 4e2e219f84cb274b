package io.experiencelake.render.pdf;

import static io.experiencelake.dsl.Lakes.cluster;
import static io.experiencelake.dsl.Lakes.entry;
import static io.experiencelake.dsl.Lakes.job;
import static io.experiencelake.dsl.Lakes.owner;
import static io.experiencelake.dsl.Lakes.receipt;
import static io.experiencelake.dsl.Lakes.role;
import static io.experiencelake.dsl.Lakes.story;

import io.experiencelake.core.Lake;
import io.experiencelake.core.Tier;
import io.experiencelake.dsl.LakeStep;
import io.experiencelake.dsl.Lakes;
import java.time.LocalDate;

/** Lakes too long for a two-page CV: many engagements, each with several long claims. */
public final class LongLakes {

  /** The pinned "today" of the long lakes. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private LongLakes() {}

  /** The claim of the entry {@code id} (such as {@code e3x2}): long, and unique to it. */
  public static String claim(String id) {
    return "Claim " + id + " rebuilt the nightly settlement pipeline so that every batch carries a signed receipt,"
        + " cutting the reconciliation backlog from eleven days to under one across all regional ledgers and partner feeds";
  }

  /** A lake of {@code engagements} jobs with {@code perEngagement} achieved entries each. */
  public static Lake lake(int engagements, int perEngagement) {
    LakeStep lake = Lakes.lake(owner("Long Example", "Platform engineer").email("long@example.org"))
        .capability("reliability", "Reliability rails")
        .role(role("r", "Platform Engineer").requires("reliability", 1.0))
        .story(story("1", "A story"))
        .cluster(cluster("work", 1, Tier.CORE).title("Work").why("Because").stories("1").demonstrates("reliability"));
    for (int e = 0; e < engagements; e++) {
      lake = lake.engagement(job("job" + e, "Company " + e).role("Engineer " + e).from(2010 + e, 1).until(2010 + e, 12)
          .summary("A company that does something rather particular, described in a line."));
      for (int i = 0; i < perEngagement; i++) {
        String id = "e" + e + "x" + i;
        lake = lake.entry(entry(id).in("work").at("job" + e).from("1").claim(claim(id)).constraint("It was hard")
            .decision("A choice").consequence("A cost")
            .evidence(receipt("receipts/" + id + ".json", "c".repeat(64)).attests("done"))
            .achieved(2010 + e, 6, 1 + i).capabilities("reliability"));
      }
    }
    return lake.build(TODAY);
  }
}
