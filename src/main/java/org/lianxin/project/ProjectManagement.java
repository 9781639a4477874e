package org.lianxin.project;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;

/**
 * The steps of livelihood projects as other modules take them (the demo's three years of
 * 盖州 and 老边区): each is the step the office's and agencies' pages take, with the same
 * rules.
 */
public interface ProjectManagement {

	/** A candidate for a congress and year, proposed after those already proposed. */
	long propose(CurrentUser user, NewProject project);

	/**
	 * Sets up the session's vote choosing {@code seats} of the year's candidates.
	 * @return the survey the deputies vote in
	 */
	long startVote(CurrentUser user, long congressId, int year, int seats, OffsetDateTime opensAt,
			OffsetDateTime closesAt);

	/** Counts the closed vote: the top {@code seats} become the year's projects. */
	void count(CurrentUser user, long congressId, int year);

	/** The lead agency's report of a month: the quantities measured, one per target. */
	void report(CurrentUser user, long projectId, YearMonth month, List<BigDecimal> quantities, String note);

	/** Whether the congress has candidates for the year already. */
	boolean hasCandidates(long congressId, int year);

	/** The id of an enabled category of that name. */
	Optional<Long> category(String name);

}
