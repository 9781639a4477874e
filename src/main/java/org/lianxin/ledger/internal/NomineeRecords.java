package org.lianxin.ledger.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One nominee's record across terms (任免履历): every appointment and removal of the person
 * of that name by one region's standing committee, oldest first, each placed in the term
 * of the congress sitting on its day. A person is their name within the region, as the
 * ledger records them.
 */
@Component
public class NomineeRecords {

	private final JdbcClient jdbc;

	NomineeRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One decision on the person, in the term it fell in (none outside every term). */
	public record Step(long id, Appointment.Action action, String positionTitle, LocalDate decidedOn,
			Integer termNumber, String congressName, int membersPresent, int votesFor, boolean statementMade,
			boolean oathTaken) {
	}

	/**
	 * The person's decisions, and how many appointments, removals and terms they span.
	 */
	public record NomineeRecord(String personName, List<Step> steps, long appointments, long removals, long terms) {
	}

	/**
	 * The record of the person of that name; none when the region never decided on them.
	 */
	public Optional<NomineeRecord> of(String region, String name) {
		String person = LedgerTexts.required("name", name, 50);
		List<Step> steps = this.jdbc.sql("""
				select a.id, a.action, a.position_title, a.decided_on, c.term_number, c.name as congress_name,
				       a.members_present, a.votes_for, a.statement_made, a.oath_taken
				from ledger_appointment a
				left join congress_view c on c.region_code = a.region_code
				 and a.decided_on between c.term_start and c.term_end
				where a.region_code = :region and a.person_name = :name
				order by a.decided_on, a.id""").param("region", region).param("name", person).query(Step.class).list();
		if (steps.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new NomineeRecord(person, steps,
				steps.stream().filter(s -> s.action() == Appointment.Action.APPOINT).count(),
				steps.stream().filter(s -> s.action() == Appointment.Action.REMOVE).count(),
				steps.stream().map(Step::termNumber).filter(t -> t != null).distinct().count()));
	}

}
