package org.lianxin.ledger.internal;

import java.time.LocalDate;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A request or report to the Party committee (请示报告): its subject and day, and the answer
 * once the committee gives one.
 */
@Table("ledger_request")
public class PartyRequest {

	@Id
	private Long id;

	private String regionCode;

	private Kind kind;

	private String subject;

	private LocalDate sentOn;

	private String answer;

	private LocalDate answeredOn;

	private Long createdBy;

	@Version
	private Integer version;

	@PersistenceCreator
	private PartyRequest() {
	}

	/** 请示 (asks for a decision) or 报告 (reports); labelled {@code ledger.request.*}. */
	public enum Kind {

		REQUEST, REPORT

	}

	static PartyRequest send(Kind kind, String subject, LocalDate sentOn, String regionCode, LocalDate today, Long by) {
		RuleViolations broken = new RuleViolations();
		PartyRequest request = new PartyRequest();
		broken.check(() -> {
			if (kind == null) {
				throw new RuleViolationException("kind", "ledger.required");
			}
		});
		broken.check(() -> request.subject = LedgerTexts.required("subject", subject, 300));
		broken.check(() -> request.sentOn = LedgerTexts.past("sentOn", sentOn, today));
		broken.throwIfAny();
		request.kind = kind;
		request.regionCode = regionCode;
		request.createdBy = by;
		return request;
	}

	/** The committee's answer, recorded once, not before the request was sent. */
	PartyRequest answer(String text, LocalDate on, LocalDate today) {
		if (this.answer != null) {
			throw new RuleViolationException(null, "ledger.request.answered");
		}
		RuleViolations broken = new RuleViolations();
		String answered = broken.get(() -> LedgerTexts.required("answer", text, 2000));
		LocalDate day = broken.get(() -> LedgerTexts.past("answeredOn", on, today));
		broken.throwIfAny();
		if (day.isBefore(this.sentOn)) {
			throw new RuleViolationException("answeredOn", "ledger.request.answer-before");
		}
		this.answer = answered;
		this.answeredOn = day;
		return this;
	}

	String regionCode() {
		return this.regionCode;
	}

	Long id() {
		return this.id;
	}

}
