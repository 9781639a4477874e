package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An oversight activity as planned.
 *
 * @param jointOrganisers another level's congress organising it jointly, may be blank
 * @param lawsChecked the laws and regulations a law-enforcement inspection checks
 * @param participants who takes part besides the deputies (experts, trade
 * representatives), and the deputies (resolved to names by the service)
 */
public record NewActivity(ActivityKind kind, String title, String organiser, String jointOrganisers, String lawsChecked,
		LocalDate startsOn, LocalDate endsOn, String preparatoryStudy, Set<InspectionMethod> methods,
		List<Participant> participants) {

	public NewActivity {
		methods = (methods != null) ? Set.copyOf(methods) : Set.of();
		participants = (participants != null) ? participants.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/**
	 * Someone who takes part: a deputy by id (their name as the deputy register keeps
	 * it), anyone else by name.
	 */
	public record Participant(ParticipantRole role, Long deputyId, String name) {
	}

}
