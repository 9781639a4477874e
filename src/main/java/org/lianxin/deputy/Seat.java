package org.lianxin.deputy;

import java.time.LocalDate;

/**
 * A seat to give a deputy: in which congress term, for which electoral district, in which
 * group.
 *
 * @param groupName the deputy group (代表小组) or delegation; created on first use
 */
public record Seat(long congressId, String electoralDistrict, String groupName, LocalDate startedOn) {
}
