package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.lianxin.platform.web.RuleViolationException;

import static org.lianxin.suggestion.internal.SuggestionAction.ASSIGN;
import static org.lianxin.suggestion.internal.SuggestionAction.CONTACT;
import static org.lianxin.suggestion.internal.SuggestionAction.CO_VIEW;
import static org.lianxin.suggestion.internal.SuggestionAction.DECIDE_EXTENSION;
import static org.lianxin.suggestion.internal.SuggestionAction.DECIDE_RETURN;
import static org.lianxin.suggestion.internal.SuggestionAction.EXTEND;
import static org.lianxin.suggestion.internal.SuggestionAction.REASSIGN;
import static org.lianxin.suggestion.internal.SuggestionAction.REQUEST_RETURN;
import static org.lianxin.suggestion.internal.SuggestionAction.SIGN;

/** Assignment and handling up to the reply: 交办、签收、申退、协办、沟通、延期. */
abstract class HandlingSteps extends FilingSteps {

	/** 交办: one lead and any co-handlers; the reply is due 3 months on. */
	public void assign(SuggestionActor by, long leadAgency, Set<Long> coAgencyIds, LocalDate today) {
		require(ASSIGN);
		handTo(ASSIGN, by, leadAgency, coAgencyIds, today);
	}

	/** 重新交办: to another lead (or the same with other co-handlers), clocks restarted. */
	public void reassign(SuggestionActor by, long leadAgency, Set<Long> coAgencyIds, LocalDate today) {
		require(REASSIGN);
		handTo(REASSIGN, by, leadAgency, coAgencyIds, today);
	}

	private void handTo(SuggestionAction action, SuggestionActor by, long lead, Set<Long> coAgencyIds,
			LocalDate today) {
		this.leadAgencyId = lead;
		this.coAgencies = new LinkedHashSet<>();
		coAgencyIds.stream().filter(agency -> agency != lead).map(CoAgency::named).forEach(this.coAgencies::add);
		this.assignedOn = today;
		this.coViewDueOn = this.deadlines.months(today, SuggestionDeadlines.CO_VIEW_MONTHS);
		startReplyClock(today, SuggestionDeadlines.REPLY_MONTHS, SuggestionDeadlines.LATEST_REPLY_MONTHS);
		this.pendingExtension = null;
		this.extensionReason = null;
		this.returnReason = null;
		this.contactedOn = null;
		move(action, SuggestionStatus.ASSIGNED, by, null, today, this.deadlines.signBy(today));
		lastStep(step -> step.withAgency(lead));
	}

	/**
	 * The reply is due {@code months} calendar months from {@code from}; extensions may
	 * take it to {@code maxMonths}.
	 */
	void startReplyClock(LocalDate from, int months, int maxMonths) {
		this.replyClockFrom = from;
		this.replyMonths = months;
		this.maxReplyMonths = maxMonths;
		this.replyDueOn = this.deadlines.months(from, months);
	}

	/** 签收 by the lead agency: the reply clock is the one that runs now. */
	public void sign(SuggestionActor by, LocalDate today) {
		require(SIGN);
		requireLead(by);
		move(SIGN, SuggestionStatus.IN_PROGRESS, by, null, today, this.replyDueOn);
	}

	/** 申退: within 5 working days of assignment, with a reason. */
	public void requestReturn(SuggestionActor by, String reason, LocalDate today) {
		require(REQUEST_RETURN);
		requireLead(by);
		String why = SuggestionTexts.require("reason", reason, SuggestionTexts.MAX_NOTE);
		LocalDate lastDay = this.deadlines.returnBy(this.assignedOn);
		if (today.isAfter(lastDay)) {
			throw new RuleViolationException(null, "suggestion.return.too-late", lastDay);
		}
		this.returnReason = why;
		Long agency = this.leadAgencyId;
		move(REQUEST_RETURN, SuggestionStatus.RETURN_REQUESTED, by, why, today, null);
		lastStep(step -> step.withAgency(agency));
	}

	/** Granted: back to the office to assign again. Refused: the agency must sign. */
	public void decideReturn(SuggestionActor by, boolean granted, String note, LocalDate today) {
		require(DECIDE_RETURN);
		String said = SuggestionTexts.optional("note", note, SuggestionTexts.MAX_NOTE);
		Long agency = this.leadAgencyId;
		if (granted) {
			this.leadAgencyId = null;
			this.coAgencies = new LinkedHashSet<>();
			this.assignedOn = null;
			move(DECIDE_RETURN, SuggestionStatus.REGISTERED, by, said, today, null);
		}
		else {
			move(DECIDE_RETURN, SuggestionStatus.ASSIGNED, by, said, today, this.deadlines.signBy(today));
		}
		this.returnReason = null;
		lastStep(step -> step.withAgency(agency));
	}

	/** A co-handler's view for the lead, once a round. */
	public void coView(SuggestionActor by, String view, LocalDate today) {
		require(CO_VIEW);
		CoAgency co = this.coAgencies.stream()
			.filter(agency -> by.agencyId() != null && agency.agencyId() == by.agencyId())
			.findFirst()
			.orElseThrow(() -> new RuleViolationException(null, "suggestion.not-co-agency"));
		if (co.viewedOn() != null) {
			throw new RuleViolationException(null, "suggestion.co-view.twice");
		}
		String text = SuggestionTexts.require("view", view, SuggestionTexts.MAX_BODY);
		this.coAgencies.remove(co);
		this.coAgencies.add(new CoAgency(co.agencyId(), text, today));
		record(CO_VIEW, by, text, step -> step.withAgency(co.agencyId()));
	}

	/** 面商、电话、座谈 with the deputy, which the reply must come after. */
	public void recordContact(SuggestionActor by, ContactMode mode, String note, LocalDate today) {
		require(CONTACT);
		requireLead(by);
		if (mode == null) {
			throw new RuleViolationException("mode", "suggestion.contact.mode");
		}
		String what = SuggestionTexts.require("note", note, SuggestionTexts.MAX_NOTE);
		this.contactedOn = today;
		Long agency = this.leadAgencyId;
		record(CONTACT, by, mode.name() + ": " + what, step -> step.withAgency(agency));
	}

	/**
	 * 申请延期: months more, never past 6 months from assignment, with the explanation the
	 * deputy is sent.
	 */
	public void requestExtension(SuggestionActor by, int months, String explanation) {
		require(EXTEND);
		requireLead(by);
		String why = SuggestionTexts.require("explanation", explanation, SuggestionTexts.MAX_NOTE);
		if (this.pendingExtension != null) {
			throw new RuleViolationException(null, "suggestion.extension.pending");
		}
		if (months < 1 || this.replyMonths + months > this.maxReplyMonths) {
			throw new RuleViolationException("months", "suggestion.extension.too-long", this.maxReplyMonths,
					this.deadlines.months(this.replyClockFrom, this.maxReplyMonths));
		}
		this.pendingExtension = months;
		this.extensionReason = why;
		Long agency = this.leadAgencyId;
		record(EXTEND, by, why, step -> step.withAgency(agency));
	}

	/** 审批延期: granted, the reply is due that many months later. */
	public void decideExtension(SuggestionActor by, boolean approved, String note) {
		require(DECIDE_EXTENSION);
		if (this.pendingExtension == null) {
			throw new RuleViolationException(null, "suggestion.extension.none");
		}
		String said = SuggestionTexts.optional("note", note, SuggestionTexts.MAX_NOTE);
		if (approved) {
			this.replyMonths += this.pendingExtension;
			this.replyDueOn = this.deadlines.months(this.replyClockFrom, this.replyMonths);
			this.stageDueOn = this.replyDueOn;
		}
		this.pendingExtension = null;
		LocalDate due = approved ? this.replyDueOn : null;
		record(DECIDE_EXTENSION, by, said, step -> step.withDue(due));
	}

}
