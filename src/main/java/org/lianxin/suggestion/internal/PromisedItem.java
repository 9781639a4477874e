package org.lianxin.suggestion.internal;

import java.time.LocalDate;

import org.lianxin.platform.web.RuleViolationException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One item a B or C reply promised (承诺事项), with a clock of its own: when it falls due the
 * agency reports whether it was done, the deputy is asked again, and while it is open its
 * suggestion is not 办结. Each step returns the note its suggestion's history keeps.
 */
@Table("suggestion_promise")
public class PromisedItem {

	@Id
	Long id;

	@Version
	Integer version;

	long suggestionId;

	int handlingRound;

	long agencyId;

	String regionCode;

	String text;

	LocalDate dueOn;

	PromiseStatus status;

	LocalDate reportedOn;

	String reportText;

	LocalDate closedOn;

	int escalationLevel;

	private PromisedItem() {
	}

	/** What the accepted reply of the suggestion's lead agency promised. */
	public static PromisedItem promised(Suggestion suggestion, ReplyItem item) {
		PromisedItem promise = new PromisedItem();
		promise.suggestionId = suggestion.id();
		promise.handlingRound = suggestion.handlingRound();
		promise.agencyId = suggestion.leadAgencyId();
		promise.regionCode = suggestion.regionCode();
		promise.text = item.text();
		promise.dueOn = item.dueOn();
		promise.status = PromiseStatus.OPEN;
		return promise;
	}

	/**
	 * The agency's report: done (the deputy is asked next) or not yet, with the day it
	 * now will be.
	 */
	public String report(SuggestionActor by, boolean done, String note, LocalDate newDueOn, LocalDate today) {
		requireStatus(PromiseStatus.OPEN);
		if (by.agencyId() == null || by.agencyId() != this.agencyId) {
			throw new RuleViolationException(null, "suggestion.not-lead");
		}
		String said = SuggestionTexts.require("note", note, SuggestionTexts.MAX_NOTE);
		this.reportedOn = today;
		this.reportText = said;
		if (done) {
			this.status = PromiseStatus.REPORTED;
			return "已完成：" + said;
		}
		if (newDueOn == null || !newDueOn.isAfter(today)) {
			throw new RuleViolationException("dueOn", "suggestion.reply.item-due");
		}
		this.dueOn = newDueOn;
		this.escalationLevel = 0;
		return "未完成，改于" + newDueOn + "：" + said;
	}

	/** The deputy, asked again: kept, or not (open again, and overdue). */
	public String confirm(boolean kept, LocalDate today) {
		requireStatus(PromiseStatus.REPORTED);
		this.status = kept ? PromiseStatus.KEPT : PromiseStatus.OPEN;
		this.closedOn = kept ? today : null;
		return kept ? "代表确认已兑现" : "代表认为未兑现";
	}

	/** The office closes an open item, saying why. */
	public String closeByOffice(String reason, LocalDate today) {
		if (!this.status.isOpen()) {
			throw new RuleViolationException(null, "suggestion.promise.closed");
		}
		String why = SuggestionTexts.require("reason", reason, SuggestionTexts.MAX_NOTE);
		this.status = PromiseStatus.CLOSED_BY_OFFICE;
		this.closedOn = today;
		return "办公室关闭：" + why;
	}

	/** 督办 on the item's clock; {@code false} when it moved on meanwhile. */
	public boolean supervise(LocalDate due, int level) {
		if (this.status != PromiseStatus.OPEN || !due.equals(this.dueOn) || level <= this.escalationLevel) {
			return false;
		}
		this.escalationLevel = level;
		return true;
	}

	private void requireStatus(PromiseStatus required) {
		if (this.status != required) {
			throw new RuleViolationException(null, "suggestion.promise.state",
					new org.springframework.context.support.DefaultMessageSourceResolvable(
							"suggestion.promise.status." + this.status));
		}
	}

	public Long id() {
		return this.id;
	}

	public long suggestionId() {
		return this.suggestionId;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public String text() {
		return this.text;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public PromiseStatus status() {
		return this.status;
	}

	public int escalationLevel() {
		return this.escalationLevel;
	}

}
