package org.lianxin.ledger.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A meeting of the committee (党组会议、主任会议、常委会会议), numbered within its term, with the
 * special work reports it heard and deliberated.
 */
@Table("ledger_meeting")
public class Meeting {

	static final int MAX_REPORTS = 50;

	@Id
	private Long id;

	private String regionCode;

	private MeetingKind kind;

	private int termNumber;

	private int sessionNumber;

	private LocalDate heldOn;

	private String agenda;

	private Integer attendance;

	private Long createdBy;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "meeting_id", keyColumn = "position")
	private List<ReportHeard> reports = new ArrayList<>();

	@PersistenceCreator
	private Meeting() {
	}

	/** A special work report (专项工作报告) heard and deliberated. */
	@Table("ledger_meeting_report")
	record ReportHeard(String title) {
	}

	/** A meeting as entered: the reports heard one title each. */
	public record NewMeeting(MeetingKind kind, Integer termNumber, Integer sessionNumber, LocalDate heldOn,
			String agenda, Integer attendance, List<String> reports) {

		public NewMeeting {
			reports = (reports != null)
					? reports.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList() : List.of();
		}

	}

	/** Every broken rule at once. */
	static Meeting record(NewMeeting entered, String regionCode, LocalDate today, Long by) {
		RuleViolations broken = new RuleViolations();
		Meeting meeting = new Meeting();
		broken.check(() -> {
			if (entered.kind() == null) {
				throw new RuleViolationException("kind", "ledger.required");
			}
		});
		broken.check(() -> meeting.termNumber = LedgerTexts.within("termNumber", entered.termNumber(), 1, 99));
		broken
			.check(() -> meeting.sessionNumber = LedgerTexts.within("sessionNumber", entered.sessionNumber(), 1, 999));
		broken.check(() -> meeting.heldOn = LedgerTexts.past("heldOn", entered.heldOn(), today));
		broken.check(() -> meeting.agenda = LedgerTexts.required("agenda", entered.agenda(), 4000));
		broken.check(() -> {
			if (entered.attendance() != null) {
				meeting.attendance = LedgerTexts.within("attendance", entered.attendance(), 0, 1000);
			}
		});
		broken.check(() -> {
			if (entered.reports().size() > MAX_REPORTS) {
				throw new RuleViolationException("reports", "ledger.meeting.reports.too-many", MAX_REPORTS);
			}
			entered.reports().forEach(title -> LedgerTexts.required("reports", title, 200));
		});
		broken.throwIfAny();
		meeting.regionCode = regionCode;
		meeting.kind = entered.kind();
		meeting.createdBy = by;
		entered.reports().forEach(title -> meeting.reports.add(new ReportHeard(title)));
		return meeting;
	}

	Long id() {
		return this.id;
	}

}
