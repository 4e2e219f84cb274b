package io.experiencelake.core.json;

import io.experiencelake.core.LakeException;
import io.experiencelake.core.check.CheckOptions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScratchTests {
  static final CheckOptions O = CheckOptions.today(LocalDate.of(2026, 11, 27));
  static void show(String json) {
    try {
      LakeJson.read(json, "lake.json", O);
      System.out.println("OK");
    } catch (LakeException e) {
      System.out.println(e.getMessage());
    }
  }
  @Test
  void show() throws Exception {
    String full = LakeJson.write(SampleLakes.full());
    java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/full.json"), full);
    System.out.println(LakeJson.read(full, "lake.json", O).lake().equals(SampleLakes.full()));
    show(full.replace("\"claim\": \"Gated", "\"claimm\": \"Gated"));
    show(full.replace("\"claim\": \"Gated each of 6 run phases on committed evidence, ending 14 silent partial promotions a month\"", "\"claim\": \"  \""));
    show(full.replace("\"2025-03-14\"", "\"2025-02-30\""));
    show(full.replace("\"runs/2025-03-14/gates.log\"", "\"/runs/../gates.log\""));
    show(full.replaceFirst("9f86d0", "9F86D0"));
    show(full.replace("\"id\": \"CHG-1042\",", "\"id\": \"CHG-1042\", \"path\": \"x\","));
    show(full.replace("\"pointer\": \"/partial_promotions\",", ""));
    show(full.replace("\"outputContains\": \"0 skipped\"", "\"x\": 1"));
    show(full.replace("\"state\": \"CURRENT\"", "\"state\": \"CURENT\""));
    show(full.replace("\"tier\": \"CORE\"", "\"tier\": \"core\""));
    show(full.replace("\"rank\": 1,", "\"rank\": \"1\","));
    show(full.replace("\"rank\": 1,", "\"rank\": 0,"));
    show(full.replace("\"weight\": 0.5", "\"weight\": 1.5"));
    show(full.replace("\"id\": \"46\",", "\"id\": \"46a\","));
    show(full.replace("\"end\": \"2025-06\",", "\"end\": \"2023-06\","));
    show(full.replace("\"kind\": \"link\",\n      \"uri\": \"https://github.com/alex/platform/pull/42\"", "\"kind\": \"link\",\n      \"uri\": \"not a uri\""));
    show(full.replace("\"constraint\": \"Replays compete with live traffic\",", ""));
    show(full.replace("\"evidence\": [\n      {\n        \"kind\": \"link\",\n        \"uri\": \"https://example.org/replay-plan\"\n      }\n    ],", "\"evidence\": [],"));
    show(full.replace("\"owner\": {", "\"owner\": {\"name\": \"dup\",").replace("\"id\": \"streaming\",", "\"id\": \"streaming\", \"id\": \"x\","));
    show(full + " x");
    show(full.replace("\"value\": 120.5", "\"value\": NaN"));
    show(full.replace("\"value\": 120.5", "\"value\": 1e999"));
    show(full.replace("\"value\": 120.5,", "\"value\": 120.5, // comment\n"));
    show("\uFEFF" + full);
    show("");
    show("[]");
    show("{}");
    show("{\"owner\": null}");
    show(full.replace("\"id\": \"110\",", "\"id\": \"110\\n\","));
    show(full.replace("\"$schema\": \"https://experiencelake.io/schema/v1/lake.json\"", "\"$schema\": \"x\""));
    show(full.replace("\"weight\": 0.5", "\"weight\": 0.5, \"foo\": 1"));
    show(full.replace("\"value\": 120.5", "\"value\": \"1e999\""));
  }
}
