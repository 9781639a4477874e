package org.lianxin.ledger.internal;

import java.time.LocalDate;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An appointment or removal (任免) of one person: the nominee's statement, the vote of the
 * members present, the oath. Counted as 人次: one row, one person.
 */
@Table("ledger_appointment")
public class Appointment {

	@Id
	private Long id;

	private String regionCode;

	private Action action;

	private String personName;

	private String positionTitle;

	private LocalDate decidedOn;

	private int membersPresent;

	private int votesFor;

	private int votesAgainst;

	private int abstentions;

	private boolean statementMade;

	private boolean oathTaken;

	private Long createdBy;

	@Version
	private Integer version;

	@PersistenceCreator
	private Appointment() {
	}

	/** 任命 or 免职; labelled {@code ledger.action.*}. */
	public enum Action {

		APPOINT, REMOVE

	}

	/** An appointment as entered. */
	public record NewAppointment(Action action, String personName, String positionTitle, LocalDate decidedOn,
			Integer membersPresent, Integer votesFor, Integer votesAgainst, Integer abstentions, boolean statementMade,
			boolean oathTaken) {
	}

	/**
	 * Every broken rule at once; a vote with more votes than members present is refused.
	 */
	static Appointment record(NewAppointment entered, String regionCode, LocalDate today, Long by) {
		RuleViolations broken = new RuleViolations();
		Appointment appointment = new Appointment();
		broken.check(() -> {
			if (entered.action() == null) {
				throw new RuleViolationException("action", "ledger.required");
			}
		});
		broken.check(() -> appointment.personName = LedgerTexts.required("personName", entered.personName(), 50));
		broken.check(
				() -> appointment.positionTitle = LedgerTexts.required("positionTitle", entered.positionTitle(), 200));
		broken.check(() -> appointment.decidedOn = LedgerTexts.past("decidedOn", entered.decidedOn(), today));
		broken.check(() -> appointment.membersPresent = LedgerTexts.within("membersPresent", entered.membersPresent(),
				1, 1000));
		broken.check(() -> appointment.votesFor = LedgerTexts.within("votesFor", entered.votesFor(), 0, 1000));
		broken.check(
				() -> appointment.votesAgainst = LedgerTexts.within("votesAgainst", entered.votesAgainst(), 0, 1000));
		broken.check(() -> appointment.abstentions = LedgerTexts.within("abstentions", entered.abstentions(), 0, 1000));
		broken.throwIfAny();
		if (appointment.votesFor + appointment.votesAgainst + appointment.abstentions > appointment.membersPresent) {
			throw new RuleViolationException("votesFor", "ledger.appointment.votes-exceed", appointment.membersPresent);
		}
		appointment.regionCode = regionCode;
		appointment.action = entered.action();
		appointment.statementMade = entered.statementMade();
		appointment.oathTaken = entered.oathTaken();
		appointment.createdBy = by;
		return appointment;
	}

	Long id() {
		return this.id;
	}

}
