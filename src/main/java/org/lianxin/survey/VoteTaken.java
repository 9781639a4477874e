package org.lianxin.survey;

import java.time.LocalDate;

/**
 * A deputy took part in a survey's vote (online, or handed a paper ballot): a duty done.
 * It says that they voted, as the roll does, never how.
 *
 * @param on the day they voted
 */
public record VoteTaken(long surveyId, long deputyId, String title, LocalDate on) {
}
