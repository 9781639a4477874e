package org.lianxin.legislation.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offline meetings of a consultation (座谈会, 论证会, 实地调研): a record of what was held,
 * where and with how many; the opinions raised there are entered against it.
 */
@Service
public class Meetings {

	private final Consultations consultations;

	private final OperationLog log;

	private final JdbcClient jdbc;

	Meetings(Consultations consultations, OperationLog log, JdbcClient jdbc) {
		this.consultations = consultations;
		this.log = log;
		this.jdbc = jdbc;
	}

	public record MeetingRow(long id, MeetingKind kind, LocalDate heldOn, String place, int participants,
			long opinions) {
	}

	@Transactional
	public long record(CurrentUser user, long consultationId, String kind, LocalDate heldOn, String place,
			Integer participants) {
		ConsultationView consultation = this.consultations.get(user, consultationId);
		RuleViolations problems = new RuleViolations();
		MeetingKind meetingKind = problems.get(() -> kind(kind));
		if (heldOn == null || heldOn.isBefore(consultation.receivedOn())) {
			problems.check(() -> {
				throw new RuleViolationException("heldOn", "meeting.held-on.invalid");
			});
		}
		String where = (place == null) ? "" : place.strip();
		if (where.isEmpty() || where.length() > 200) {
			problems.check(() -> {
				throw new RuleViolationException("place", "meeting.place.invalid");
			});
		}
		if (participants == null || participants < 1 || participants > 10_000) {
			problems.check(() -> {
				throw new RuleViolationException("participants", "meeting.participants.invalid");
			});
		}
		problems.throwIfAny();
		long id = this.jdbc.sql("""
				insert into legislation_meeting (consultation_id, point_id, region_code, kind, held_on, place,
				                                 participants, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(consultationId, consultation.pointId(), consultation.regionCode(), meetingKind.name(), heldOn,
					where, participants, user.id())
			.query(Long.class)
			.single();
		this.log.record("legislation.meeting.record", "consultation " + consultationId, meetingKind + " " + heldOn);
		return id;
	}

	public List<MeetingRow> of(long consultationId) {
		return this.jdbc.sql("""
				select m.id, m.kind, m.held_on, m.place, m.participants,
				       (select count(*) from legislation_opinion o where o.meeting_id = m.id) as opinions
				from legislation_meeting m where m.consultation_id = ? order by m.held_on, m.id""")
			.param(consultationId)
			.query(MeetingRow.class)
			.list();
	}

	private static MeetingKind kind(String input) {
		try {
			return MeetingKind.valueOf(String.valueOf(input).strip());
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("kind", "meeting.kind.invalid");
		}
	}

}
