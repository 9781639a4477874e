package org.lianxin.survey;

import java.util.List;

import org.lianxin.account.CurrentUser;

/**
 * The steps of a survey as other modules take them (the demo's past years, the projects'
 * vote): set up, open, paper ballots handed out and typed in by two clerks, closed. Each
 * step is the one the office's pages take, with the same rules.
 */
public interface SurveyManagement {

	/** A draft survey for a congress (or one of its groups) in the user's scope. */
	long create(CurrentUser user, NewSurvey spec);

	void open(CurrentUser user, long id);

	/** Ends voting, once every paper sheet is agreed on, and counts. */
	void close(CurrentUser user, long id);

	/** Puts a deputy of the electorate on the roll with a paper ballot. */
	void handOutPaper(CurrentUser user, long id, long deputyId);

	/** One clerk's entry (1 or 2) of a paper sheet. */
	void enterPaper(CurrentUser user, long id, int sheetNo, int clerk, short[] answers);

	/**
	 * How many ballots chose each item, in item order, once the survey is closed (empty
	 * before): the count of a vote choosing N of M.
	 */
	List<Long> chosenCounts(CurrentUser user, long id);

	/**
	 * How each item was answered once the survey is closed, one count per answer in the
	 * scale's order (满意, 基本满意, 不满意 for a satisfaction survey); empty before closing and
	 * while fewer ballots came in than the survey's minimum for a breakdown.
	 */
	List<List<Long>> answerCounts(CurrentUser user, long id);

	/** The deputies who may vote in the survey now. */
	List<Long> electorate(CurrentUser user, long id);

	/** The surveys of the user's scope, of the region and below when given. */
	List<SurveyRow> list(CurrentUser user, String region);

}
