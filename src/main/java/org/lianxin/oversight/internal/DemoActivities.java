package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lianxin.account.CurrentUser;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo's activities, each taken through the steps an office takes. */
@Component
@Profile("demo")
class DemoActivities {

	private final OversightActivities activities;

	DemoActivities(OversightActivities activities) {
		this.activities = activities;
	}

	/**
	 * An activity planned, visited once and completed: its deputies each get a record. A
	 * law-enforcement inspection checks the law its title names (《…》); one another
	 * level's congress organised with the office names it in its title (联动, 与…).
	 */
	long held(CurrentUser office, ActivityKind kind, String title, String organiser, LocalDate from, LocalDate to,
			List<Long> deputies, SiteKind site, String place, String report) {
		List<NewActivity.Participant> people = new ArrayList<>();
		deputies.forEach(id -> people.add(new NewActivity.Participant(ParticipantRole.DEPUTY, id, null)));
		long id = this.activities.plan(office,
				new NewActivity(kind, title, organiser, title.startsWith("与营口市") ? "营口市人大常委会" : null,
						(kind == ActivityKind.LAW_ENFORCEMENT)
								? title.substring(title.indexOf('《'), title.indexOf('》') + 1) : null,
						from, to, null, Set.of(InspectionMethod.HEARING_REPORTS), people));
		this.activities.visit(office, id, new NewVisit(from, place, site, false, null));
		this.activities.complete(office, id, report);
		return id;
	}

	/** Three of the deputies, a different three for each {@code i}. */
	static List<Long> three(List<Long> deputies, int i) {
		return List
			.of(deputies.get(i % deputies.size()), deputies.get((i + 1) % deputies.size()),
					deputies.get((i + 2) % deputies.size()))
			.stream()
			.distinct()
			.toList();
	}

}
