package org.lianxin.suggestion.internal;

import java.time.LocalDate;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The promised items of accepted replies: created when the office accepts a reply,
 * reported by the agency, confirmed by the deputy, closed by the office with a reason.
 * Each step is also a step in its suggestion's history.
 */
@Service
@Transactional
public class PromiseKeeping {

	private final PromisedItemRepository items;

	private final SuggestionRepository suggestions;

	private final WorkdayCalendar calendar;

	private final org.springframework.beans.factory.ObjectProvider<SuggestionWorkflow> workflow;

	PromiseKeeping(PromisedItemRepository items, SuggestionRepository suggestions, WorkdayCalendar calendar,
			org.springframework.beans.factory.ObjectProvider<SuggestionWorkflow> workflow) {
		this.items = items;
		this.suggestions = suggestions;
		this.calendar = calendar;
		this.workflow = workflow;
	}

	void promiseAll(Suggestion suggestion) {
		suggestion.replyItems().forEach(item -> this.items.save(PromisedItem.promised(suggestion, item)));
	}

	int openOf(long suggestionId) {
		return (int) this.items.findBySuggestionId(suggestionId).stream().filter(i -> i.status().isOpen()).count();
	}

	void closeAllOpen(Suggestion suggestion, SuggestionActor by, String reason) {
		for (PromisedItem item : this.items.findBySuggestionId(suggestion.id())) {
			if (item.status().isOpen()) {
				String note = item.closeByOffice(reason, this.calendar.today());
				this.items.save(item);
				suggestion.promiseStep(SuggestionAction.PROMISE_CLOSE, by, item.id(), note);
			}
		}
	}

	/** The agency reports an item done, or not yet with the day it now will be. */
	public void report(CurrentUser user, long promiseId, boolean done, String note, LocalDate newDueOn) {
		take(user, promiseId, SuggestionAction.PROMISE_REPORT,
				(item, by) -> item.report(by, done, note, newDueOn, this.calendar.today()));
	}

	/** The lead deputy, asked again, confirms the item kept or not. */
	public void confirm(CurrentUser user, long promiseId, boolean kept) {
		take(user, promiseId, SuggestionAction.PROMISE_CONFIRM, (item, by) -> {
			Suggestion suggestion = this.suggestions.findById(item.suggestionId()).orElseThrow();
			if (by.deputyId() == null || by.deputyId() != suggestion.leadDeputyId()) {
				throw new RuleViolationException(null, "suggestion.not-lead-deputy");
			}
			return item.confirm(kept, this.calendar.today());
		});
	}

	/** The office closes one open item, saying why. */
	public void close(CurrentUser user, long promiseId, String reason) {
		take(user, promiseId, SuggestionAction.PROMISE_CLOSE,
				(item, by) -> item.closeByOffice(reason, this.calendar.today()));
	}

	interface PromiseStep {

		String take(PromisedItem item, SuggestionActor by);

	}

	private void take(CurrentUser user, long promiseId, SuggestionAction action, PromiseStep step) {
		SuggestionWorkflow steps = this.workflow.getObject();
		if (!SuggestionWorkflow.mayTake(user, action)) {
			throw new AccessDeniedException(action.name());
		}
		PromisedItem item = this.items.findById(promiseId)
			.orElseThrow(() -> new NotFoundException("promise " + promiseId));
		Suggestion suggestion = steps.load(user, item.suggestionId());
		SuggestionActor by = steps.actor(user);
		String note = step.take(item, by);
		this.items.save(item);
		suggestion.promiseStep(action, by, item.id(), note);
		steps.save(suggestion);
	}

}
