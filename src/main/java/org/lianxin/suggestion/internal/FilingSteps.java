package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.lianxin.platform.web.RuleViolationException;

import static org.lianxin.suggestion.internal.SuggestionAction.CO_SIGN;
import static org.lianxin.suggestion.internal.SuggestionAction.DECLINE;
import static org.lianxin.suggestion.internal.SuggestionAction.FILE;
import static org.lianxin.suggestion.internal.SuggestionAction.MARK_KEY;
import static org.lianxin.suggestion.internal.SuggestionAction.MEETING_NOTE;
import static org.lianxin.suggestion.internal.SuggestionAction.MERGE;
import static org.lianxin.suggestion.internal.SuggestionAction.REGISTER;

/** The deputy's and the office's steps before assignment: 提出、附议、立案. */
abstract class FilingSteps extends SuggestionSteps {

	void begin(NewSuggestion start, LocalDate today) {
		this.congressId = start.congressId();
		this.regionCode = start.regionCode();
		this.leadDeputyId = start.leadDeputyId();
		this.originOpinionId = start.originOpinionId();
		this.idempotencyKey = start.idempotencyKey();
		this.fingerprint = start.fingerprint();
		this.stageStartedOn = today;
		this.status = SuggestionStatus.DRAFT;
		write(start.content());
	}

	private void write(SuggestionContent content) {
		this.title = content.title();
		this.body = content.body();
		this.category = content.category();
		this.sessionNumber = content.sessionNumber();
		this.period = content.period();
	}

	/** 提出, as the lead deputy completed it, naming co-signers who must each confirm. */
	public void fileDraft(SuggestionActor by, SuggestionContent content, Set<Long> coSignerIds, LocalDate today) {
		require(FILE);
		requireLeadDeputy(by);
		write(content);
		this.coSigners = new LinkedHashSet<>();
		coSignerIds.stream()
			.filter(deputy -> deputy != this.leadDeputyId)
			.map(deputy -> new CoSigner(deputy, null))
			.forEach(this.coSigners::add);
		this.filedBy = null;
		this.filedOn = today;
		move(FILE, SuggestionStatus.FILED, by, null, today, null);
		long lead = this.leadDeputyId;
		lastStep(step -> step.withDeputy(lead));
	}

	/**
	 * 联名: filed in the name of the lead's deputy group, whose serving members are the
	 * named co-signers; the filing step says so.
	 */
	void jointlyFor(JointGroup group) {
		this.jointGroupId = group.id();
		this.jointGroupName = group.name();
		lastStep(step -> step.withNote(group.name() + "联名"));
	}

	/**
	 * 提出 on paper, typed in by the office from a session's forms: the co-signers signed
	 * the paper, so each counts as confirmed on the day of the import.
	 */
	void fileOnPaper(SuggestionActor office, Set<Long> coSignerIds, LocalDate today) {
		require(FILE);
		long lead = this.leadDeputyId;
		this.coSigners = new LinkedHashSet<>();
		this.filedOn = today;
		move(FILE, SuggestionStatus.FILED, office, null, today, null);
		lastStep(step -> step.withDeputy(lead));
		coSignerIds.stream().filter(deputy -> deputy != lead).forEach(deputy -> {
			this.coSigners.add(new CoSigner(deputy, today));
			record(CO_SIGN, office, null, step -> step.withDeputy(deputy));
		});
	}

	/** 附议: only a deputy the lead named, once, on their own account. */
	public void coSign(SuggestionActor by, LocalDate today) {
		require(CO_SIGN);
		CoSigner named = this.coSigners.stream()
			.filter(signer -> by.deputyId() != null && signer.deputyId() == by.deputyId())
			.findFirst()
			.orElseThrow(() -> new RuleViolationException(null, "suggestion.co-sign.not-named"));
		if (named.confirmed()) {
			throw new RuleViolationException(null, "suggestion.co-sign.twice");
		}
		this.coSigners.remove(named);
		this.coSigners.add(new CoSigner(named.deputyId(), today));
		record(CO_SIGN, by, null, step -> step.withDeputy(named.deputyId()));
	}

	/** 立案 under the number drawn for it; co-signers who never confirmed drop out. */
	public void register(SuggestionActor by, int serialNumber, LocalDate today) {
		require(REGISTER);
		this.serialNumber = serialNumber;
		this.coSigners.removeIf(signer -> !signer.confirmed());
		move(REGISTER, SuggestionStatus.REGISTERED, by, "第" + serialNumber + "号", today, null);
	}

	/** 不予立案, e.g. it belongs in a bill or a letter: always with the reason. */
	public void decline(SuggestionActor by, String reason, LocalDate today) {
		require(DECLINE);
		String why = SuggestionTexts.require("reason", reason, SuggestionTexts.MAX_NOTE);
		this.closedOn = today;
		move(DECLINE, SuggestionStatus.DECLINED, by, why, today, null);
	}

	/** 并案 into another open suggestion of the same congress. */
	public void mergeInto(SuggestionActor by, SuggestionState primary, String note, LocalDate today) {
		require(MERGE);
		if (primary.id.equals(this.id) || !primary.status.isOpen() || primary.congressId != this.congressId) {
			throw new RuleViolationException("into", "suggestion.merge.target");
		}
		this.mergedInto = primary.id;
		this.closedOn = today;
		move(MERGE, SuggestionStatus.MERGED, by, SuggestionTexts.optional("note", note, SuggestionTexts.MAX_NOTE),
				today, null);
	}

	/** 重点建议, with its 督办领导. */
	public void markKey(SuggestionActor by, String leader) {
		require(MARK_KEY);
		this.supervisingLeader = SuggestionTexts.require("leader", leader, SuggestionTexts.MAX_NAME);
		this.keySuggestion = true;
		record(MARK_KEY, by, this.supervisingLeader, UnaryOperator.identity());
	}

	/** 推进会: a question asked at the mid-year progress meeting, and the answer. */
	public void meetingNote(SuggestionActor by, String questionAndAnswer) {
		require(MEETING_NOTE);
		record(MEETING_NOTE, by, SuggestionTexts.require("note", questionAndAnswer, SuggestionTexts.MAX_BODY),
				UnaryOperator.identity());
	}

}
