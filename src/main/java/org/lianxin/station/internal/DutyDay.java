package org.lianxin.station.internal;

import java.time.LocalDate;
import java.util.List;

/** A reception day of a venue and the deputies on duty that day. */
public record DutyDay(LocalDate day, List<StationedDeputy> onDuty) {
}
