package org.lianxin.oversight;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The deliberation opinions written on the reports the work ledger's meetings heard, for
 * the ledger to link each report to its opinions (and to draft one), without reading the
 * oversight module's tables.
 */
@Service
public class DeliberationLinks {

	private final JdbcClient jdbc;

	DeliberationLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An opinion on report {@code reportNumber} (from 1) of a meeting, where staff open
	 * it, and its state's name ({@code DRAFTED}, {@code SENT}, {@code RECEIVED},
	 * {@code ANSWERED}, {@code RATED}).
	 */
	public record Link(long meetingId, int reportNumber, long opinionId, String title, String state, String path) {
	}

	/** The opinions on the reports of these meetings, oldest first. */
	public List<Link> ofMeetings(Collection<Long> meetingIds) {
		if (meetingIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select meeting_id, report_position + 1 as report_number, id, title, state
				from deliberation_opinion where meeting_id in (:ids) order by id""")
			.param("ids", meetingIds)
			.query((rs, n) -> new Link(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					"/oversight/deliberations/" + rs.getLong(3)))
			.list();
	}

	/** Where the office drafts an opinion on a meeting's report, its title filled in. */
	public String draftPath(long meetingId, int reportNumber, String reportTitle) {
		return UriComponentsBuilder.fromPath("/oversight/deliberations/new")
			.queryParam("meeting", meetingId)
			.queryParam("report", reportNumber)
			.queryParam("source", reportTitle)
			.encode()
			.build()
			.toUriString();
	}

}
