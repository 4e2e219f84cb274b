package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class EnvironmentTests {

  @Test
  void theSystemClockGivesTheDateTheDefaultTimeZoneHasToday() {
    TimeZone before = TimeZone.getDefault();
    try {
      // A day apart from each other at most hours: the furthest ahead and behind, and one with summer time.
      for (String zone : new String[] {"Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/London", "Asia/Kolkata", "UTC"}) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        LocalDate expected = LocalDate.now(ZoneId.of(zone));

        assertThat(LocalDate.now(Environment.systemClock())).as(zone).isEqualTo(expected);
        assertThat(Environment.systemClock().getZone().getRules().getOffset(java.time.Instant.now()))
            .as(zone).isEqualTo(ZoneId.of(zone).getRules().getOffset(java.time.Instant.now()));
      }
    } finally {
      TimeZone.setDefault(before);
    }
  }
}
