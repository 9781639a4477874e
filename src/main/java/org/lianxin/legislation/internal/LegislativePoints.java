package org.lianxin.legislation.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.station.VenueKind;
import org.lianxin.station.VenueRegistry;
import org.lianxin.station.VenueView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The legislative contact points and information-collection points: venues of the station
 * module of those two kinds, each with its count of active informants.
 */
@Component
public class LegislativePoints {

	static final Set<VenueKind> KINDS = EnumSet.of(VenueKind.LEGISLATIVE_CONTACT_POINT,
			VenueKind.LEGISLATIVE_INFO_POINT);

	private final VenueRegistry venues;

	private final JdbcClient jdbc;

	LegislativePoints(VenueRegistry venues, JdbcClient jdbc) {
		this.venues = venues;
		this.jdbc = jdbc;
	}

	/** A point as the roster lists it. */
	public record PointRow(long id, String kind, String name, Long parentId, String regionCode, String regionName,
			long informants) {
	}

	/**
	 * The points in the user's scope, contact points first, with their active informants.
	 */
	public List<PointRow> inScope(CurrentUser user) {
		SqlCondition scope = user.scope().restrict("v.region_code", null, "v.created_by");
		return this.jdbc
			.sql("""
					select v.id, v.kind, v.name, v.parent_id, v.region_code, r.name as region_name,
					       (select count(*) from legislation_informant i where i.point_id = v.id and i.active) as informants
					from venue_view v join region_view r on r.code = v.region_code
					where v.kind in ('LEGISLATIVE_CONTACT_POINT', 'LEGISLATIVE_INFO_POINT') and v.enabled and """
					+ " " + scope.sql() + " order by v.kind, v.region_code, v.id")
			.params(scope.params())
			.query(PointRow.class)
			.list();
	}

	/** The point, if it is a legislative one the user may see. */
	public Optional<VenueView> find(CurrentUser user, long pointId) {
		return this.venues.find(user, pointId).filter(venue -> KINDS.contains(venue.kind()));
	}

	public VenueView get(CurrentUser user, long pointId) {
		return find(user, pointId).orElseThrow(() -> new NotFoundException("legislative point " + pointId));
	}

}
