package org.lianxin.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lianxin.project.internal.NewSiteVisit;
import org.lianxin.project.internal.VisitQuestion;

/**
 * A site visit as the phone's form (or an API client's multipart request) sends it: the
 * questions and answers as two lists paired by position.
 */
record SiteVisitForm(LocalDate visitedOn, String place, BigDecimal latitude, BigDecimal longitude, String findings,
		List<String> question, List<String> answer, List<Long> deputyIds) {

	NewSiteVisit toVisit() {
		List<String> asked = (this.question != null) ? this.question : List.of();
		List<String> answered = (this.answer != null) ? this.answer : List.of();
		List<VisitQuestion> questions = new ArrayList<>();
		for (int i = 0; i < Math.max(asked.size(), answered.size()); i++) {
			questions.add(new VisitQuestion((i < asked.size()) ? asked.get(i) : null,
					(i < answered.size()) ? answered.get(i) : null));
		}
		return new NewSiteVisit(this.visitedOn, this.place, this.latitude, this.longitude, this.findings, questions,
				this.deputyIds);
	}

}
