package org.lianxin.station;

import java.util.HashMap;
import java.util.Map;

import org.lianxin.region.Region;

/**
 * A venue's input as the columns of its row (named parameters), blank text as null and
 * the reception rule spread over its columns.
 */
final class VenueColumns {

	private VenueColumns() {
	}

	static Map<String, Object> of(VenueInput input, Region region) {
		Map<String, Object> params = new HashMap<>();
		params.put("kind", input.kind().name());
		params.put("name", input.name().strip());
		params.put("parentId", input.parentId());
		params.put("regionCode", region.code());
		params.put("address", blankToNull(input.address()));
		params.put("latitude", input.latitude());
		params.put("longitude", input.longitude());
		params.put("openingHours", blankToNull(input.openingHours()));
		params.put("contactPhone", blankToNull(input.contactPhone()));
		params.put("enabled", input.enabled());
		ReceptionRule rule = input.reception();
		params.put("receptionKind", (rule != null) ? rule.kind().name() : null);
		params.put("receptionDay",
				(rule != null && rule.kind() == ReceptionRule.Kind.MONTHLY) ? rule.dayOfMonth() : null);
		params.put("receptionWeekday",
				(rule != null && rule.kind() == ReceptionRule.Kind.WEEKLY) ? rule.dayOfWeek() : null);
		params.put("receptionMonths", (rule != null) ? rule.months().name() : ReceptionRule.Months.ALL.name());
		params.put("holidayRule",
				(rule != null) ? rule.holidayRule().name() : ReceptionRule.HolidayRule.NEXT_WORKING_DAY.name());
		return params;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
