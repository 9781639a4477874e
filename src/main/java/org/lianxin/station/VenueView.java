package org.lianxin.station;

import java.math.BigDecimal;

/** A venue as lists, pages and the public card show it. */
public record VenueView(long id, VenueKind kind, String name, Long parentId, String parentName, String regionCode,
		String regionName, String address, BigDecimal latitude, BigDecimal longitude, String openingHours,
		String contactPhone, boolean enabled, int stationedDeputies, ReceptionRule.Kind receptionKind,
		Integer receptionDay, Integer receptionWeekday, ReceptionRule.Months receptionMonths,
		ReceptionRule.HolidayRule holidayRule, boolean hasPhoto, String publicCode) {

	/** The venue's reception days rule, if it has one. */
	public ReceptionRule receptionRule() {
		return (this.receptionKind == null) ? null : new ReceptionRule(this.receptionKind, this.receptionDay,
				this.receptionWeekday, this.receptionMonths, this.holidayRule);
	}

	/**
	 * A link that opens the venue on a map in any phone browser (Amap; coordinates as
	 * stored).
	 */
	public String mapUrl() {
		if (this.latitude == null) {
			return null;
		}
		return "https://uri.amap.com/marker?position=" + this.longitude.toPlainString() + ","
				+ this.latitude.toPlainString() + "&name="
				+ java.net.URLEncoder.encode(this.name, java.nio.charset.StandardCharsets.UTF_8);
	}

}
