package org.lianxin.workday.internal;

import java.time.LocalDate;

/** A day that differs from the Monday-to-Friday rule, and why. */
public record CalendarException(LocalDate day, DayKind kind, String name) {
}
