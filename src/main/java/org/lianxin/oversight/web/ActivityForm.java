package org.lianxin.oversight.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lianxin.oversight.internal.ActivityKind;
import org.lianxin.oversight.internal.InspectionMethod;
import org.lianxin.oversight.internal.NewActivity;
import org.lianxin.oversight.internal.ParticipantRole;

/**
 * The activity form as posted: deputies ticked, experts and trade representatives typed
 * as names separated by 、 or commas.
 */
record ActivityForm(ActivityKind kind, String title, String organiser, String jointOrganisers, String lawsChecked,
		LocalDate startsOn, LocalDate endsOn, String preparatoryStudy, Set<InspectionMethod> methods,
		List<Long> deputyIds, String experts, String trade, String others) {

	NewActivity toActivity() {
		List<NewActivity.Participant> people = new ArrayList<>();
		if (this.deputyIds != null) {
			this.deputyIds.forEach(id -> people.add(new NewActivity.Participant(ParticipantRole.DEPUTY, id, null)));
		}
		names(this.experts)
			.forEach(name -> people.add(new NewActivity.Participant(ParticipantRole.EXPERT, null, name)));
		names(this.trade).forEach(name -> people.add(new NewActivity.Participant(ParticipantRole.TRADE, null, name)));
		names(this.others).forEach(name -> people.add(new NewActivity.Participant(ParticipantRole.OTHER, null, name)));
		return new NewActivity(this.kind, this.title, this.organiser, this.jointOrganisers, this.lawsChecked,
				this.startsOn, this.endsOn, this.preparatoryStudy, this.methods, people);
	}

	private static List<String> names(String typed) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		return List.of(typed.split("[、,，;；\\n]+")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
