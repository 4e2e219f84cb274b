package com.example.fencing;

import io.experiencelake.core.Lake;
import io.experiencelake.core.Tier;
import io.experiencelake.core.json.LakeJson;
import io.experiencelake.dsl.Lakes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** A one-entry lake whose only evidence is a log; {@code main} writes it as JSON for lake-maven-plugin. */
public final class FencingLake {

  private FencingLake() {}

  /** The lake, checked as of 2026-11-27. */
  public static Lake lake() {
    var fencing = Lakes.entry("writer-fencing").in("datastore").from("31")
        .claim("Fenced every datastore write with a token, so 0 of 412 writes came from a stale leader")
        .constraint("Two leaders could both believe they held the lock after a pause")
        .decision("Tokens checked by the datastore on each write")
        .over("Shorter lock leases", "Pauses longer than a lease still overlap");
    return Lakes.lake(Lakes.owner("Robin Writer", "Data engineer"))
        .capability("data-plane", "Data-plane hardening")
        .story(Lakes.story("31", "A paused leader overwrote newer rows"))
        .cluster(Lakes.cluster("datastore", 1, Tier.CORE).title("Datastore hardening").why("Lost writes are silent").stories("31")
            .demonstrates("data-plane"))
        .entry(fencing.consequence("Every write carries one more field")
            .evidence(Lakes.runOutput("runs/fencing.log", "d3f42f36cb95e0ecd31b8d7efb9a2a5a369513bfc0d4f1e6ed8d0e9b8063d5ad"))
            .achieved(2025, 6, 2)
            .capabilities("data-plane"))
        .build(LocalDate.of(2026, 11, 27));
  }

  /** Writes the lake as JSON to the file named by the first argument. */
  public static void main(String[] args) throws IOException {
    LakeJson.write(lake(), Path.of(args[0]));
  }
}
