package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.lianxin.opinion.Satisfaction;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.suggestion.SuggestionCoSigned;
import org.lianxin.suggestion.SuggestionFiled;

import org.springframework.data.relational.core.mapping.Table;

import static org.lianxin.suggestion.internal.SuggestionAction.CLOSE;
import static org.lianxin.suggestion.internal.SuggestionAction.DRAFT;
import static org.lianxin.suggestion.internal.SuggestionAction.PUBLISH;
import static org.lianxin.suggestion.internal.SuggestionAction.PUBLISH_AGREE;
import static org.lianxin.suggestion.internal.SuggestionAction.RATE;
import static org.lianxin.suggestion.internal.SuggestionAction.REHANDLE;
import static org.lianxin.suggestion.internal.SuggestionAction.REPLY;
import static org.lianxin.suggestion.internal.SuggestionAction.REVIEW;
import static org.lianxin.suggestion.internal.SuggestionAction.SEND_BACK;

/**
 * A deputy's suggestion moving from filing to 办结. Each step checks that the state allows
 * it ({@link IllegalSuggestionStepException} otherwise) and who takes it, moves the
 * suggestion on, starts the clock of the next stage and records a history step. Saved
 * through its repository, the steps go to the history and {@link SuggestionFiled} and
 * {@link SuggestionCoSigned} go out. The steps before assignment are in
 * {@link FilingSteps}, those up to the reply in {@link HandlingSteps}; here are the
 * reply, the deputies' verdicts and closing. Promised items are aggregates of their own
 * ({@link PromisedItem}); the suggestion only hears how many are still open.
 */
@Table("suggestion")
public class Suggestion extends HandlingSteps {

	private Suggestion() {
	}

	/** A draft for the deputy, converted from an opinion case. */
	public static Suggestion draft(NewSuggestion draft, SuggestionDeadlines deadlines, LocalDate today) {
		Suggestion suggestion = new Suggestion().clockedBy(deadlines);
		suggestion.begin(draft, today);
		suggestion.record(DRAFT, SuggestionActor.SYSTEM, "opinion:" + draft.originOpinionId(),
				step -> step.withDeputy(draft.leadDeputyId()));
		return suggestion;
	}

	/** 提出: the lead deputy files at once, naming co-signers who must each confirm. */
	public static Suggestion file(NewSuggestion filing, Set<Long> coSignerIds, SuggestionActor by,
			SuggestionDeadlines deadlines, LocalDate today) {
		Suggestion suggestion = new Suggestion().clockedBy(deadlines);
		suggestion.begin(filing, today);
		suggestion.fileDraft(by, filing.content(), coSignerIds, today);
		return suggestion;
	}

	/** 提出 on paper: the office imports it for its lead deputy, co-signers confirmed. */
	public static Suggestion onPaper(NewSuggestion filing, Set<Long> coSignerIds, SuggestionActor office,
			SuggestionDeadlines deadlines, LocalDate today) {
		Suggestion suggestion = new Suggestion().clockedBy(deadlines);
		suggestion.begin(filing, today);
		suggestion.fileOnPaper(office, coSignerIds, today);
		return suggestion;
	}

	/** Gives a suggestion (new or loaded) the calendar's clocks. */
	public Suggestion clockedBy(SuggestionDeadlines clocks) {
		this.deadlines = clocks;
		return this;
	}

	/** 答复: after contact with the deputy; B and C name each promised item and its day. */
	public void reply(SuggestionActor by, Reply reply, LocalDate today) {
		require(REPLY);
		requireLead(by);
		if (this.contactedOn == null) {
			throw new RuleViolationException(null, "suggestion.reply.no-contact");
		}
		reply.checkAgainst(today);
		this.resultClass = reply.resultClass();
		this.replyText = reply.text();
		this.signatory = reply.signatory();
		this.publishReply = reply.publish();
		this.replyItems = new LinkedHashSet<>(reply.items());
		this.repliedOn = today;
		this.repliedOnTime = !today.isAfter(this.replyDueOn);
		this.pendingExtension = null;
		Long agency = this.leadAgencyId;
		move(REPLY, SuggestionStatus.REPLIED, by, reply.text(), today, null);
		lastStep(step -> step.withAgency(agency).withResult(reply.resultClass()));
	}

	/**
	 * 办复审查 passed: the reply goes to the deputies, and its promises start their clocks.
	 */
	public void acceptReply(SuggestionActor by, LocalDate today) {
		require(REVIEW);
		move(REVIEW, SuggestionStatus.ANSWERED, by, null, today, null);
	}

	/** 办复审查 failed: back to the agency, whose reply clock still runs. */
	public void sendBack(SuggestionActor by, String reason, LocalDate today) {
		require(SEND_BACK);
		String why = SuggestionTexts.require("reason", reason, SuggestionTexts.MAX_NOTE);
		forgetReply();
		move(SEND_BACK, SuggestionStatus.IN_PROGRESS, by, why, today, this.replyDueOn);
	}

	/**
	 * 评价 by the lead deputy or a confirmed co-signer, once a round, on the handling and
	 * the result. Once all of them have rated, a 不满意 starts a new round (重新办理, within 2
	 * months); otherwise the suggestion waits to be closed.
	 */
	public void rate(SuggestionActor by, Satisfaction handling, Satisfaction result, LocalDate today) {
		require(RATE);
		Ratings round = new Ratings(this.leadDeputyId, confirmedCoSigners(), this.ratings, this.handlingRound);
		this.ratings.add(round.check(by, handling, result, today));
		Ratings after = new Ratings(this.leadDeputyId, confirmedCoSigners(), this.ratings, this.handlingRound);
		if (after.complete() && !after.anyUnsatisfied()) {
			move(RATE, SuggestionStatus.RATED, by, null, today, null);
		}
		else {
			record(RATE, by, null, step -> step);
		}
		lastStep(step -> step.withDeputy(by.deputyId()).withRating(handling, result));
		if (after.complete() && after.anyUnsatisfied()) {
			rehandle(today);
		}
	}

	private void rehandle(LocalDate today) {
		this.handlingRound++;
		forgetReply();
		this.contactedOn = null;
		startReplyClock(today, SuggestionDeadlines.REHANDLING_MONTHS, SuggestionDeadlines.REHANDLING_MONTHS);
		move(REHANDLE, SuggestionStatus.IN_PROGRESS, SuggestionActor.SYSTEM, null, today, this.replyDueOn);
	}

	private void forgetReply() {
		this.resultClass = null;
		this.repliedOn = null;
		this.repliedOnTime = null;
		this.replyItems = new LinkedHashSet<>();
		this.publishAgreedOn = null;
		this.publishedOn = null;
	}

	/**
	 * 同意公开: the lead deputy agrees that the accepted reply, which its agency marked fit
	 * to publish, goes on the public site.
	 */
	public void agreeToPublish(SuggestionActor by, LocalDate today) {
		requirePublishable();
		requireLeadDeputy(by);
		if (this.publishAgreedOn != null) {
			throw new RuleViolationException(null, "suggestion.publish.agreed-twice");
		}
		this.publishAgreedOn = today;
		record(PUBLISH_AGREE, by, null, step -> step.withDeputy(by.deputyId()));
	}

	/** 公开答复: the office publishes a reply its lead deputy agreed to publish. */
	public void publish(SuggestionActor by, LocalDate today) {
		requirePublishable();
		if (this.publishAgreedOn == null) {
			throw new RuleViolationException(null, "suggestion.publish.not-agreed");
		}
		if (this.publishedOn != null) {
			throw new RuleViolationException(null, "suggestion.publish.twice");
		}
		this.publishedOn = today;
		record(PUBLISH, by, null, UnaryOperator.identity());
	}

	private void requirePublishable() {
		boolean accepted = this.status == SuggestionStatus.ANSWERED || this.status == SuggestionStatus.RATED
				|| this.status == SuggestionStatus.CLOSED;
		if (!accepted || this.replyText == null || !this.publishReply) {
			throw new RuleViolationException(null, "suggestion.publish.not-publishable");
		}
	}

	/**
	 * 办结. Not while a promised item is open unless the office states why; without every
	 * deputy's verdict only with a reason.
	 * @param openPromises how many of its promised items are still open
	 */
	public void close(SuggestionActor by, String reason, int openPromises, LocalDate today) {
		require(CLOSE);
		String why = SuggestionTexts.optional("reason", reason, SuggestionTexts.MAX_NOTE);
		if (why == null && openPromises > 0) {
			throw new RuleViolationException("reason", "suggestion.close.promises-open", openPromises);
		}
		if (why == null && this.status != SuggestionStatus.RATED) {
			throw new RuleViolationException("reason", "suggestion.close.unrated");
		}
		this.closedOn = today;
		move(CLOSE, SuggestionStatus.CLOSED, by, why, today, null);
	}

}
