package org.lianxin.station.internal;

import java.util.List;

import org.lianxin.deputy.PublicCardLinks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Puts the venues where a deputy is stationed on the deputy's public card. */
@Component
class StationLinksOnDeputyCard implements PublicCardLinks {

	private final JdbcClient jdbc;

	StationLinksOnDeputyCard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Link> linksFor(long deputyId) {
		return this.jdbc.sql("""
				select v.name as label, '/v/' || c.code as href
				from venue_deputy vd join venue v on v.id = vd.venue_id
				join venue_public_code c on c.venue_id = v.id and c.revoked_at is null
				where vd.deputy_id = ? and v.enabled order by v.kind, v.name""")
			.param(deputyId)
			.query(Link.class)
			.list();
	}

}
