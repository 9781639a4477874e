package org.lianxin.survey;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A survey as the office sets it up.
 *
 * @param series the name the survey keeps from year to year (连续6年 is one series)
 * @param maxChoices how many items a ballot may choose, for {@link SurveyScale#CHOICE}
 * @param rectifyBelow the satisfaction rate in percent below which an item's agency must
 * report its 整改, or none
 */
public record NewSurvey(String regionCode, String series, int year, String title, SurveyScale scale, Integer maxChoices,
		Electorate electorate, Long congressId, Long groupId, OffsetDateTime opensAt, OffsetDateTime closesAt,
		int minCount, BigDecimal rectifyBelow, List<SurveyItem> items) {
}
