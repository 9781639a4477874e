package org.lianxin.opinion.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A case as it is stored: what came in (written once) and where it stands in the loop.
 * Only the steps of {@link Opinion} change it.
 */
abstract class OpinionState {

	@Id
	Long id;

	@Version
	Integer version;

	@InsertOnlyProperty
	String trackingCode;

	@InsertOnlyProperty
	String linkToken;

	@InsertOnlyProperty
	String idempotencyKey;

	@InsertOnlyProperty
	@Column("idempotency_hash")
	String fingerprint;

	@InsertOnlyProperty
	@Embedded.Empty
	CaseOrigin origin;

	@InsertOnlyProperty
	@Embedded.Empty
	CaseContent content;

	@InsertOnlyProperty
	@Embedded.Empty
	CaseContact contact;

	OpinionStatus status;

	LocalDate stageStartedOn;

	LocalDate stageDueOn;

	Long leadAgencyId;

	@MappedCollection(idColumn = "opinion_id")
	Set<CoAgency> coAgencies = new LinkedHashSet<>();

	LocalDate assignedOn;

	LocalDate replyDueOn;

	Integer extensionDays;

	String extensionReason;

	LocalDate repliedOn;

	Boolean repliedOnTime;

	ResultClass resultClass;

	Satisfaction rating;

	LocalDate closedOn;

	Long mergedInto;

	int handlingRound;

	/** What came in, written once when the case is first saved. */
	void cameIn(NewCase intake, String trackingCode, String linkToken) {
		this.trackingCode = trackingCode;
		this.linkToken = linkToken;
		this.idempotencyKey = intake.idempotencyKey();
		this.fingerprint = intake.fingerprint();
		this.origin = intake.origin();
		this.content = intake.content();
		this.contact = intake.contact();
		this.handlingRound = 1;
	}

	/** The case's id, {@code null} until it is first saved. */
	public Long id() {
		return this.id;
	}

	public OpinionStatus status() {
		return this.status;
	}

	public LocalDate stageStartedOn() {
		return this.stageStartedOn;
	}

	public LocalDate stageDueOn() {
		return this.stageDueOn;
	}

	public Long leadAgencyId() {
		return this.leadAgencyId;
	}

	public Set<Long> coAgencyIds() {
		Set<Long> ids = new LinkedHashSet<>();
		this.coAgencies.forEach(agency -> ids.add(agency.agencyId()));
		return Collections.unmodifiableSet(ids);
	}

	public LocalDate assignedOn() {
		return this.assignedOn;
	}

	public LocalDate replyDueOn() {
		return this.replyDueOn;
	}

	public Integer extensionDays() {
		return this.extensionDays;
	}

	public String extensionReason() {
		return this.extensionReason;
	}

	public LocalDate repliedOn() {
		return this.repliedOn;
	}

	public Boolean repliedOnTime() {
		return this.repliedOnTime;
	}

	public ResultClass resultClass() {
		return this.resultClass;
	}

	public Satisfaction rating() {
		return this.rating;
	}

	public LocalDate closedOn() {
		return this.closedOn;
	}

	public Long mergedInto() {
		return this.mergedInto;
	}

	public int handlingRound() {
		return this.handlingRound;
	}

	public int version() {
		return (this.version != null) ? this.version : 0;
	}

	public long categoryId() {
		return this.content.categoryId();
	}

	public boolean urgent() {
		return this.content.urgent();
	}

	public String trackingCode() {
		return this.trackingCode;
	}

	public String linkToken() {
		return this.linkToken;
	}

}
