package org.lianxin.survey.internal;

import java.util.List;

import org.lianxin.platform.web.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Paper ballots, typed in twice by two different clerks (双人录入): a sheet counts once both
 * entries agree; a sheet typed once or typed differently is shown, and the survey cannot
 * close until each is resolved.
 */
@Component
public class PaperBallots {

	/** Sheets whose two entries agree, as ballots. */
	static final String AGREED = """
			select a.answers from survey_paper_entry a
			join survey_paper_entry b on b.survey_id = a.survey_id and b.sheet_no = a.sheet_no and b.clerk = 2
			where a.survey_id = :survey and a.clerk = 1 and a.answers = b.answers""";

	private final JdbcClient jdbc;

	PaperBallots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A sheet not yet agreed on: typed by one clerk only, or differently by the two.
	 *
	 * @param first what the first clerk typed, or {@code null}
	 * @param second what the second clerk typed, or {@code null}
	 */
	public record Unresolved(int sheetNo, String first, String second) {
	}

	/**
	 * Types in one sheet as the first or the second clerk; the other entry of the sheet
	 * must come from another person.
	 */
	void enter(Survey survey, int sheetNo, int clerk, short[] answers, long by) {
		if (survey.state() != SurveyState.OPEN) {
			throw new RuleViolationException(null, "survey.paper.not-open");
		}
		if (sheetNo < 1 || sheetNo > 100_000 || (clerk != 1 && clerk != 2)) {
			throw new RuleViolationException("sheetNo", "survey.paper.sheet.invalid");
		}
		survey.requireValid(answers);
		boolean sameHands = this.jdbc.sql(
				"select count(*) from survey_paper_entry where survey_id = ? and sheet_no = ? and clerk <> ? and entered_by = ?")
			.params(survey.id(), sheetNo, clerk, by)
			.query(Long.class)
			.single() > 0;
		if (sameHands) {
			throw new RuleViolationException(null, "survey.paper.same-clerk");
		}
		int added = this.jdbc.sql("""
				insert into survey_paper_entry (survey_id, sheet_no, clerk, answers, entered_by)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(survey.id(), sheetNo, clerk, answers, by)
			.update();
		if (added == 0) {
			throw new RuleViolationException("sheetNo", "survey.paper.already-entered", sheetNo);
		}
	}

	/**
	 * Takes back a clerk's entry of a sheet that is not agreed on, to type it again after
	 * looking at the paper.
	 */
	void withdraw(Survey survey, int sheetNo, int clerk) {
		if (survey.state() != SurveyState.OPEN) {
			throw new RuleViolationException(null, "survey.paper.not-open");
		}
		boolean agreed = unresolved(survey.id()).stream().noneMatch(u -> u.sheetNo() == sheetNo);
		if (agreed) {
			throw new RuleViolationException(null, "survey.paper.agreed");
		}
		this.jdbc.sql("delete from survey_paper_entry where survey_id = ? and sheet_no = ? and clerk = ?")
			.params(survey.id(), sheetNo, clerk)
			.update();
	}

	List<Unresolved> unresolved(long surveyId) {
		return this.jdbc
			.sql("""
					select coalesce(a.sheet_no, b.sheet_no) as sheet_no,
					       array_to_string(a.answers, ' ') as first, array_to_string(b.answers, ' ') as second
					from (select * from survey_paper_entry where survey_id = :survey and clerk = 1) a
					full join (select * from survey_paper_entry where survey_id = :survey and clerk = 2) b on b.sheet_no = a.sheet_no
					where a.answers is distinct from b.answers
					order by 1""")
			.param("survey", surveyId)
			.query(Unresolved.class)
			.list();
	}

	long agreed(long surveyId) {
		return this.jdbc.sql("select count(*) from (" + AGREED + ") s")
			.param("survey", surveyId)
			.query(Long.class)
			.single();
	}

}
