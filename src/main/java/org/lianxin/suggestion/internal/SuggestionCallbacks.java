package org.lianxin.suggestion.internal;

import org.lianxin.workday.WorkdayCalendar;

import org.springframework.data.relational.core.mapping.event.AfterConvertCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Around the repository: a loaded suggestion gets the calendar's clocks; a saved one's
 * new steps are appended to its history in the same transaction (the history is
 * append-only, so it is no collection the repository would delete and write again), and
 * its share of the tally is brought up to date.
 */
@Component
class SuggestionCallbacks implements AfterConvertCallback<Suggestion>, AfterSaveCallback<Suggestion> {

	private final WorkdayCalendar calendar;

	private final SuggestionHistory history;

	private final SuggestionTally tally;

	SuggestionCallbacks(WorkdayCalendar calendar, SuggestionHistory history, SuggestionTally tally) {
		this.calendar = calendar;
		this.history = history;
		this.tally = tally;
	}

	@Override
	public Suggestion onAfterConvert(Suggestion suggestion) {
		return suggestion.clockedBy(new SuggestionDeadlines(this.calendar.workingDays()));
	}

	@Override
	public Suggestion onAfterSave(Suggestion suggestion) {
		suggestion.newSteps().forEach(step -> this.history.append(suggestion.id(), step));
		// after the history: a figure may count a step (交办, 答复)
		this.tally.refresh(suggestion.id());
		return suggestion;
	}

}
