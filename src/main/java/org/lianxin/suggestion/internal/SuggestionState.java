package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lianxin.opinion.ResultClass;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A suggestion as it is stored. Only the steps of {@link Suggestion} change it; what
 * other classes read comes through the getters.
 */
abstract class SuggestionState {

	@Id
	Long id;

	@Version
	Integer version;

	@InsertOnlyProperty
	long congressId;

	@InsertOnlyProperty
	String regionCode;

	@InsertOnlyProperty
	long leadDeputyId;

	@InsertOnlyProperty
	Long originOpinionId;

	@InsertOnlyProperty
	String idempotencyKey;

	@InsertOnlyProperty
	@Column("idempotency_hash")
	String fingerprint;

	int sessionNumber;

	Period period;

	String title;

	String body;

	SuggestionCategory category;

	Long filedBy;

	/** 联名: the deputy group in whose name the lead filed, or {@code null}. */
	@InsertOnlyProperty
	Long jointGroupId;

	@InsertOnlyProperty
	String jointGroupName;

	LocalDate filedOn;

	SuggestionStatus status;

	Integer serialNumber;

	boolean keySuggestion;

	String supervisingLeader;

	LocalDate stageStartedOn;

	LocalDate stageDueOn;

	Long leadAgencyId;

	LocalDate assignedOn;

	LocalDate coViewDueOn;

	LocalDate replyDueOn;

	LocalDate replyClockFrom;

	Integer replyMonths;

	Integer maxReplyMonths;

	Integer pendingExtension;

	String extensionReason;

	String returnReason;

	LocalDate contactedOn;

	LocalDate repliedOn;

	Boolean repliedOnTime;

	ResultClass resultClass;

	String replyText;

	String signatory;

	boolean publishReply;

	/** The day the lead deputy agreed to publish the reply, if they did. */
	LocalDate publishAgreedOn;

	/** The day the office published the reply on the public site, if it did. */
	LocalDate publishedOn;

	LocalDate closedOn;

	Long mergedInto;

	int handlingRound = 1;

	int escalationLevel;

	@MappedCollection(idColumn = "suggestion_id")
	Set<CoSigner> coSigners = new LinkedHashSet<>();

	@MappedCollection(idColumn = "suggestion_id")
	Set<CoAgency> coAgencies = new LinkedHashSet<>();

	@MappedCollection(idColumn = "suggestion_id")
	Set<ReplyItem> replyItems = new LinkedHashSet<>();

	@MappedCollection(idColumn = "suggestion_id")
	Set<Rating> ratings = new LinkedHashSet<>();

	public Long id() {
		return this.id;
	}

	public long congressId() {
		return this.congressId;
	}

	public String regionCode() {
		return this.regionCode;
	}

	public long leadDeputyId() {
		return this.leadDeputyId;
	}

	public Long originOpinionId() {
		return this.originOpinionId;
	}

	public String title() {
		return this.title;
	}

	public SuggestionStatus status() {
		return this.status;
	}

	public Integer serialNumber() {
		return this.serialNumber;
	}

	public int sessionNumber() {
		return this.sessionNumber;
	}

	public boolean keySuggestion() {
		return this.keySuggestion;
	}

	public LocalDate stageDueOn() {
		return this.stageDueOn;
	}

	public Long leadAgencyId() {
		return this.leadAgencyId;
	}

	public LocalDate assignedOn() {
		return this.assignedOn;
	}

	public LocalDate replyDueOn() {
		return this.replyDueOn;
	}

	public LocalDate coViewDueOn() {
		return this.coViewDueOn;
	}

	public ResultClass resultClass() {
		return this.resultClass;
	}

	public Boolean repliedOnTime() {
		return this.repliedOnTime;
	}

	public LocalDate closedOn() {
		return this.closedOn;
	}

	public int handlingRound() {
		return this.handlingRound;
	}

	public int escalationLevel() {
		return this.escalationLevel;
	}

	public String idempotencyFingerprint() {
		return this.fingerprint;
	}

	public Set<Long> coAgencyIds() {
		Set<Long> ids = new LinkedHashSet<>();
		this.coAgencies.forEach(agency -> ids.add(agency.agencyId()));
		return ids;
	}

	/** The co-signers who confirmed, and with the lead deputy the deputies who rate. */
	public List<Long> confirmedCoSigners() {
		return this.coSigners.stream().filter(CoSigner::confirmed).map(CoSigner::deputyId).sorted().toList();
	}

	/** The items the current reply promises, earliest due first. */
	public List<ReplyItem> replyItems() {
		return this.replyItems.stream()
			.sorted(java.util.Comparator.comparing(ReplyItem::dueOn).thenComparing(ReplyItem::text))
			.toList();
	}

}
