package org.lianxin.survey.internal;

import org.lianxin.survey.SurveyItem;
import org.lianxin.survey.NewSurvey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item that scored below its survey's threshold: the rated agency reports its 整改, and
 * once every such item has its report the office puts them to the vote again.
 */
@Service
public class Rectifications {

	private final Surveys surveys;

	private final SurveyResults results;

	private final JdbcClient jdbc;

	private final OperationLog log;

	Rectifications(Surveys surveys, SurveyResults results, JdbcClient jdbc, OperationLog log) {
		this.surveys = surveys;
		this.results = results;
		this.jdbc = jdbc;
		this.log = log;
	}

	/** A report submitted for an item. */
	public record Report(int position, String report, Instant submittedAt) {
	}

	public List<Report> of(long surveyId) {
		return this.jdbc
			.sql("select position, report, submitted_at from survey_rectification where survey_id = ? order by 1")
			.param(surveyId)
			.query(Report.class)
			.list();
	}

	/**
	 * The rated agency's report (or the office's on its behalf) for an item below the
	 * threshold; one per item.
	 */
	@Transactional
	public void submit(CurrentUser user, long surveyId, int position, String report) {
		Survey survey = this.surveys.get(user, surveyId);
		SurveyResults.ItemResult item = below(survey).stream()
			.filter(i -> i.position() == position)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException(null, "survey.rectification.not-needed"));
		boolean office = user.can(SurveyPermissions.EDIT);
		if (!office && (item.agencyId() == null || !item.agencyId().equals(user.scope().agencyId()))) {
			throw new RuleViolationException(null, "survey.rectification.not-yours");
		}
		if (report == null || report.isBlank() || report.strip().length() > 2000) {
			throw new RuleViolationException("report", "survey.rectification.report.invalid");
		}
		int added = this.jdbc.sql("""
				insert into survey_rectification (survey_id, position, report, submitted_by) values (?, ?, ?, ?)
				on conflict do nothing""").params(surveyId, position, report.strip(), user.id()).update();
		if (added == 0) {
			throw new RuleViolationException(null, "survey.rectification.submitted");
		}
		this.log.record("survey.rectification", "survey " + surveyId, "item " + position);
	}

	/**
	 * A new draft survey of the items below the threshold, in the same series and year,
	 * once each has its 整改 report.
	 */
	@Transactional
	public long revote(CurrentUser user, long surveyId, OffsetDateTime opensAt, OffsetDateTime closesAt) {
		Survey survey = this.surveys.get(user, surveyId);
		List<SurveyResults.ItemResult> below = below(survey);
		List<Integer> reported = of(surveyId).stream().map(Report::position).toList();
		if (below.isEmpty() || !below.stream().allMatch(i -> reported.contains(i.position()))) {
			throw new RuleViolationException(null, "survey.revote.not-ready");
		}
		NewSurvey again = new NewSurvey(null, survey.series(), survey.year(), cut(survey.title() + "（整改后复评）"),
				survey.scale(), survey.maxChoices(), survey.electorate(), survey.congressId(), survey.groupId(),
				opensAt, closesAt, survey.minCount(), survey.rectifyBelow(),
				below.stream().map(i -> new SurveyItem(i.label(), i.agencyId())).toList());
		return this.surveys.save(user, again, surveyId);
	}

	private List<SurveyResults.ItemResult> below(Survey survey) {
		return this.results.of(survey).items().stream().filter(SurveyResults.ItemResult::belowThreshold).toList();
	}

	private static String cut(String title) {
		return (title.length() > 100) ? title.substring(0, 100) : title;
	}

}
