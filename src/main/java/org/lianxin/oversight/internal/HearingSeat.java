package org.lianxin.oversight.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A deputy's place on a hearing's list, in the order they signed up. */
@Table("court_hearing_seat")
record HearingSeat(long deputyId, SeatState state) {
}
