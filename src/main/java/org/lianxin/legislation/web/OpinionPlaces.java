package org.lianxin.legislation.web;

import org.lianxin.legislation.internal.ConsultationView;
import org.lianxin.legislation.internal.Rosters;

/**
 * Where an opinion the office enters came in: the informant's own point when one of the
 * consultation's informants is named, else the consultation's point.
 */
final class OpinionPlaces {

	private OpinionPlaces() {
	}

	static long pointOf(Rosters rosters, ConsultationView consultation, Long informantId) {
		if (informantId == null) {
			return consultation.pointId();
		}
		return rosters.activeAround(consultation.pointId())
			.stream()
			.filter(pick -> pick.id() == informantId)
			.map(Rosters.Pick::pointId)
			.findFirst()
			.orElse(consultation.pointId());
	}

}
