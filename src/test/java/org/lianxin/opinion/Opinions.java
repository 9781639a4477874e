package org.lianxin.opinion;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.lianxin.opinion.internal.Actor;
import org.lianxin.opinion.internal.CaseContact;
import org.lianxin.opinion.internal.CaseContent;
import org.lianxin.opinion.internal.CaseOrigin;
import org.lianxin.opinion.internal.Deadlines;
import org.lianxin.opinion.internal.NewCase;
import org.lianxin.opinion.internal.Opinion;
import org.lianxin.opinion.internal.Stage;
import org.lianxin.workday.internal.DayKind;
import org.lianxin.workday.WorkingDays;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * Cases in a given state, for tests of the loop, on a calendar with the 2026 Spring
 * Festival.
 */
final class Opinions {

	static final long AGENCY = 7;

	static final long OTHER_AGENCY = 8;

	static final Actor OFFICE = new Actor("office-210802", null);

	static final Actor HANDLER = new Actor("agency-210802", AGENCY);

	static final Actor OTHER_HANDLER = new Actor("agency-other", OTHER_AGENCY);

	/** Spring Festival 2026: 15–23 February off, 14 and 28 February worked. */
	static final WorkingDays CALENDAR = new WorkingDays(
			Map.ofEntries(Map.entry(LocalDate.of(2026, 2, 14), DayKind.WORKDAY),
					Map.entry(LocalDate.of(2026, 2, 16), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 2, 17), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 2, 18), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 2, 19), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 2, 20), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 2, 23), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 2, 28), DayKind.WORKDAY)));

	/** The default clocks of DESIGN §5. */
	static final Deadlines DEFAULT = new Deadlines() {
		@Override
		public LocalDate due(Stage stage, LocalDate start) {
			int days = switch (stage) {
				case ASSIGN, FEEDBACK -> 3;
				case SIGN, CLOSE -> 1;
				case REPLY -> 15;
				case VISIT, RETURN -> 7;
			};
			return CALENDAR.plus(start, days);
		}

		@Override
		public LocalDate plusWorkingDays(LocalDate start, int days) {
			return CALENDAR.plus(start, days);
		}
	};

	private Opinions() {
	}

	static Opinion received(long id, LocalDate on) {
		NewCase intake = new NewCase(new CaseOrigin(IntakeChannel.WEB, "210802001", null, null, null, on, false),
				new CaseContent(1, false, "路灯不亮", null, null, null, null),
				new CaseContact(null, null, null, null, null, null, false), null, null);
		Opinion opinion = Opinion.receive(intake, "T" + id, "link-" + id, Actor.CITIZEN, on, DEFAULT);
		// as if saved: the repository gives it its id and takes the steps it recorded
		ReflectionTestUtils.setField(opinion, "id", id);
		ReflectionTestUtils.invokeMethod(opinion, "stepsSaved");
		return opinion;
	}

	static Opinion received(LocalDate on) {
		return received(1, on);
	}

	static Opinion assigned(LocalDate on) {
		Opinion opinion = received(on);
		opinion.assign(OFFICE, AGENCY, Set.of(), null, on);
		return opinion;
	}

	static Opinion inProgress(LocalDate on) {
		Opinion opinion = assigned(on);
		opinion.sign(HANDLER, on);
		return opinion;
	}

	static Opinion replied(LocalDate on) {
		Opinion opinion = inProgress(on);
		opinion.reply(HANDLER, ResultClass.A, "已修复路灯", on);
		return opinion;
	}

	static Opinion fedBack(LocalDate on) {
		Opinion opinion = replied(on);
		opinion.feedback(OFFICE, ContactChannel.PHONE, "已电话告知群众", on);
		return opinion;
	}

}
