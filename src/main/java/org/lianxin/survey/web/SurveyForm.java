package org.lianxin.survey.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.lianxin.survey.Electorate;
import org.lianxin.survey.NewSurvey;
import org.lianxin.survey.SurveyItem;
import org.lianxin.survey.SurveyScale;

/**
 * The set-up form: items one per line, a line {@code 区住建局 | 210811-ZJJ} naming the rated
 * agency by its code.
 */
record SurveyForm(String title, String series, Integer year, SurveyScale scale, Integer maxChoices,
		Electorate electorate, Long congressId, Long groupId, LocalDateTime opensAt, LocalDateTime closesAt,
		Integer minCount, BigDecimal rectifyBelow, String items) {

	NewSurvey toSurvey(ZoneId zone, Function<String, Long> agencyByCode) {
		List<SurveyItem> lines = (this.items == null) ? List.of()
				: Arrays.stream(this.items.split("\\R")).filter(line -> !line.isBlank()).map(line -> {
					String[] parts = line.split("[|｜]", 2);
					Long agency = (parts.length > 1) ? agencyByCode.apply(parts[1].strip()) : null;
					return new SurveyItem(parts[0].strip(), agency);
				}).toList();
		return new NewSurvey(null, this.series, (this.year != null) ? this.year : 0, this.title, this.scale,
				this.maxChoices, this.electorate, this.congressId, this.groupId,
				(this.opensAt != null) ? this.opensAt.atZone(zone).toOffsetDateTime() : null,
				(this.closesAt != null) ? this.closesAt.atZone(zone).toOffsetDateTime() : null,
				(this.minCount != null) ? this.minCount : 0, this.rectifyBelow, lines);
	}

}
