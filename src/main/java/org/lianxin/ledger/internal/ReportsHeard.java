package org.lianxin.ledger.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.oversight.DeliberationLinks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The special work reports (专项工作报告) a region's meetings heard in a year, each with the
 * deliberation opinions the oversight module keeps on it and where to draft one.
 */
@Component
public class ReportsHeard {

	private final JdbcClient jdbc;

	private final DeliberationLinks links;

	ReportsHeard(JdbcClient jdbc, DeliberationLinks links) {
		this.jdbc = jdbc;
		this.links = links;
	}

	/** A report heard at a meeting, numbered from 1 within it, with its opinions. */
	public record ReportHeard(long meetingId, MeetingKind kind, int termNumber, int sessionNumber, LocalDate heldOn,
			int number, String title, List<DeliberationLinks.Link> opinions, String draftPath) {
	}

	private record Row(long meetingId, MeetingKind kind, int termNumber, int sessionNumber, LocalDate heldOn,
			int number, String title) {
	}

	public List<ReportHeard> of(String region, int year) {
		List<Row> rows = this.jdbc.sql("""
				select m.id as meeting_id, m.kind, m.term_number, m.session_number, m.held_on,
				       r.position + 1 as number, r.title
				from ledger_meeting m join ledger_meeting_report r on r.meeting_id = m.id
				where m.region_code = :region
				  and m.held_on >= make_date(:year, 1, 1) and m.held_on < make_date(:year + 1, 1, 1)
				order by m.held_on desc, m.id desc, r.position""")
			.param("region", region)
			.param("year", year)
			.query(Row.class)
			.list();
		List<DeliberationLinks.Link> opinions = this.links
			.ofMeetings(rows.stream().map(Row::meetingId).distinct().toList());
		return rows.stream()
			.map(r -> new ReportHeard(r.meetingId(), r.kind(), r.termNumber(), r.sessionNumber(), r.heldOn(),
					r.number(), r.title(),
					opinions.stream()
						.filter(o -> o.meetingId() == r.meetingId() && o.reportNumber() == r.number())
						.toList(),
					this.links.draftPath(r.meetingId(), r.number(), r.title())))
			.toList();
	}

}
