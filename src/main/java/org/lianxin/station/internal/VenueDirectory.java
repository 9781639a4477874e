package org.lianxin.station.internal;

import org.lianxin.station.VenueKind;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Liaison venues as anyone may find them in the public directory. */
@Service
public class VenueDirectory {

	private final JdbcClient jdbc;

	VenueDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An open venue in the public directory, with its distance when the visitor shared a
	 * location.
	 */
	public record NearbyVenue(String name, VenueKind kind, String regionName, String address, String openingHours,
			String publicCode, Double distanceKm) {
	}

	/** An open venue as anyone may list it: no staff-only fields. */
	public record PublicVenue(String name, VenueKind kind, String regionCode, String regionName, String address,
			BigDecimal latitude, BigDecimal longitude, String openingHours, String publicCode) {
	}

	/**
	 * One page of the open venues of a region and below (all regions when none is given),
	 * of one kind or all.
	 */
	public List<PublicVenue> page(String regionCode, VenueKind kind, int offset, int limit) {
		// only the filters in use become SQL (see AgencyManagement on generic plans)
		StringBuilder where = new StringBuilder("where v.enabled");
		Map<String, Object> params = new HashMap<>(Map.of("offset", offset, "limit", limit));
		if (regionCode != null && !regionCode.isBlank()) {
			where.append(" and r.path like (select path from region_view where code = :regionCode) || '%'");
			params.put("regionCode", regionCode);
		}
		if (kind != null) {
			where.append(" and v.kind = :kind");
			params.put("kind", kind.name());
		}
		return this.jdbc.sql("""
				select v.name, v.kind, v.region_code, r.name as region_name, v.address, v.latitude, v.longitude,
				       v.opening_hours, c.code as public_code
				from venue v join region_view r on r.code = v.region_code
				join venue_public_code c on c.venue_id = v.id and c.revoked_at is null
				%s order by v.region_code, v.kind, v.id offset :offset limit :limit""".formatted(where))
			.params(params)
			.query(PublicVenue.class)
			.list();
	}

	/** One page of the public directory's venues, and how many match in all. */
	public record NearbyPage(List<NearbyVenue> venues, long total) {
	}

	/**
	 * Open venues for the public directory: nearest first when a location is given
	 * (great-circle distance, computed by the database), otherwise those of the chosen
	 * region and below; one page at a time.
	 */
	public NearbyPage nearby(Double latitude, Double longitude, String regionCode, int offset, int limit) {
		boolean located = latitude != null && longitude != null && Math.abs(latitude) <= 90
				&& Math.abs(longitude) <= 180;
		String distance = located ? """
				6371 * 2 * asin(sqrt(power(sin(radians(v.latitude - :lat) / 2), 2)
				  + cos(radians(:lat)) * cos(radians(v.latitude)) * power(sin(radians(v.longitude - :lng) / 2), 2)))"""
				: "cast(null as double precision)";
		Map<String, Object> params = new HashMap<>(Map.of("offset", offset, "limit", limit));
		String region = "";
		if (regionCode != null && !regionCode.isBlank()) {
			region = " and r.path like (select path from region_view where code = :regionCode) || '%'";
			params.put("regionCode", regionCode);
		}
		if (located) {
			params.put("lat", latitude);
			params.put("lng", longitude);
		}
		String open = """
				from venue v join region_view r on r.code = v.region_code
				join venue_public_code c on c.venue_id = v.id and c.revoked_at is null
				where v.enabled %s %s""".formatted(region, located ? " and v.latitude is not null" : "");
		long total = this.jdbc.sql("select count(*) " + open).params(params).query(Long.class).single();
		List<NearbyVenue> venues = this.jdbc
			.sql("""
					select v.name, v.kind, r.name as region_name, v.address, v.opening_hours, c.code as public_code,
					       %s as distance_km
					%s
					order by %s offset :offset limit :limit""".formatted(distance, open,
					located ? "distance_km, v.id" : "r.path, v.kind, v.name, v.id"))
			.params(params)
			.query(NearbyVenue.class)
			.list();
		return new NearbyPage(venues, total);
	}

}
