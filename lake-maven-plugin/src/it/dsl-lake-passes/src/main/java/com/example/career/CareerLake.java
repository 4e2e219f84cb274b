package com.example.career;

import static io.experiencelake.dsl.Lakes.*;

import io.experiencelake.core.Lake;
import io.experiencelake.core.Tier;
import io.experiencelake.core.json.LakeJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** The owner's lake, written in the DSL; {@code main} writes it as JSON for lake-maven-plugin. */
public final class CareerLake {

  private CareerLake() {}

  /** The lake, checked as of 2026-11-27. */
  public static Lake build() {
    return lake(owner("Sam Builder", "Platform engineer"))
        .capability("run-discipline", "Run discipline and evidence gating")
        .engagement(job("ingest", "Ingest platform").role("Senior engineer").from(2024, 2))
        .story(story("7", "A crashed writer's run was promoted"))
        .story(story("8", "Promotions waited on a timer"))
        .cluster(cluster("gated-runs", 1, Tier.CORE)
            .title("Runs promoted on evidence")
            .why("It is the platform, not the code, that users feel")
            .stories("7", "8")
            .demonstrates("run-discipline"))
        .entry(entry("run-gates").in("gated-runs").at("ingest").from("7", "8")
            .claim("Gated the 6 phases of every run on a written receipt, taking weekly partial promotions from 3 to 0")
            .constraint("Runs were promoted on a timer, so a crashed writer's run still looked complete")
            .decision("A receipt per phase, read before promotion")
                .over("A longer timer", "The crash stays hidden, and every run waits longer")
                .consequence("A run is promoted only as fast as its slowest phase")
            .evidence(runOutput("runs/2025-03-14/gates.log",
                    "c9f7b17429b455d578346c09f488343c126f288026cb1cd2a5365f4b902c6419"))
                .and(reportStat("reports/promotions.csv").cell("partial_promotions", "week", "2025-W12")
                    .metric("partial promotions in week 12").is(0, "runs"))
            .achieved(2025, 3, 14)
            .capabilities("run-discipline"))
        .build(LocalDate.of(2026, 11, 27));
  }

  /** Writes the lake as JSON to the file named by the first argument. */
  public static void main(String[] args) throws IOException {
    LakeJson.write(build(), Path.of(args[0]));
  }
}
