package org.lianxin.legislation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.deputy.DeputyList;
import org.lianxin.deputy.DeputyRow;
import org.lianxin.legislation.DeputiesAtLegislativeMeeting;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

import org.springframework.context.ApplicationEventPublisher;
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

	private final DeputyList deputies;

	private final ApplicationEventPublisher events;

	Meetings(Consultations consultations, OperationLog log, JdbcClient jdbc, DeputyList deputies,
			ApplicationEventPublisher events) {
		this.deputies = deputies;
		this.events = events;
		this.consultations = consultations;
		this.log = log;
		this.jdbc = jdbc;
	}

	public record MeetingRow(long id, MeetingKind kind, LocalDate heldOn, String place, int participants,
			long opinions) {
	}

	/**
	 * Records the meeting with the deputies who attended (none, or deputies the user
	 * reaches), each told to the duty module as a duty done.
	 */
	@Transactional
	public long record(CurrentUser user, long consultationId, String kind, LocalDate heldOn, String place,
			Integer participants, List<Long> deputyIds) {
		List<Long> deputies = (deputyIds == null) ? List.of() : deputyIds.stream().distinct().toList();
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
		if (!deputies.isEmpty() && !this.deputies.serving(user)
			.stream()
			.map(DeputyRow::id)
			.collect(Collectors.toSet())
			.containsAll(deputies)) {
			problems.check(() -> {
				throw new RuleViolationException("deputyIds", "meeting.deputies.unknown");
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
		if (!deputies.isEmpty()) {
			this.jdbc
				.sql("""
						insert into legislation_meeting_deputy (meeting_id, deputy_id) select ?, d from unnest(?::bigint[]) d""")
				.params(id, deputies.toArray(Long[]::new))
				.update();
			this.events.publishEvent(new DeputiesAtLegislativeMeeting(id, meetingKind == MeetingKind.FIELD_RESEARCH,
					title(meetingKind, consultation.title()), heldOn, where, deputies));
		}
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

	/** As the deputies' records name it, within a record's title (100). */
	private static String title(MeetingKind kind, String consultation) {
		String title = "立法征询" + kind.label() + "：《" + consultation.replaceAll("^《|》$", "") + "》";
		return (title.length() > 100) ? title.substring(0, 99) + "…" : title;
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
