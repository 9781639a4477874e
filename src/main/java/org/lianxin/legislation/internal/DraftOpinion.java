package org.lianxin.legislation.internal;

import java.time.LocalDate;

import org.lianxin.account.ProtectedPhone;
import org.lianxin.legislation.DeputyGaveDraftOpinion;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An opinion on a draft: on an article, a paragraph or the whole draft of the version
 * open when it was given, with who gave it, through which point and how. The person who
 * gave it follows it by its tracking token.
 */
@Table("legislation_opinion")
public class DraftOpinion extends AbstractAggregateRoot<DraftOpinion> {

	static final int MAX_TEXT = 2000;

	@Id
	private Long id;

	private long consultationId;

	private int draftVersion;

	private Integer articleNumber;

	private Integer paragraphNumber;

	private String text;

	private OpinionChannel channel;

	private long pointId;

	private String regionCode;

	private Long informantId;

	private Long meetingId;

	private String citizenName;

	private String phoneCipher;

	private String phoneHash;

	@Column("phone_last4")
	private String phoneLast4;

	private String phoneMasked;

	private String trackingToken;

	private Long mergedInto;

	private String idempotencyKey;

	private Long createdBy;

	@Version
	private Integer version;

	@PersistenceCreator
	private DraftOpinion() {
	}

	/** An opinion was given on a consultation's draft. */
	record Given(DraftOpinion opinion, long consultationId, Long informantId) {
	}

	/**
	 * The opinion, already checked by {@link DraftOpinions}: its article and paragraph
	 * exist in the version, its giver is known.
	 */
	static DraftOpinion give(NewDraftOpinion input, int draftVersion, String regionCode, String text,
			ProtectedPhone phone, String trackingToken, Long by) {
		DraftOpinion opinion = new DraftOpinion();
		opinion.consultationId = input.consultationId();
		opinion.draftVersion = draftVersion;
		opinion.articleNumber = input.article();
		opinion.paragraphNumber = input.paragraph();
		opinion.text = text;
		opinion.channel = input.channel();
		opinion.pointId = input.pointId();
		opinion.regionCode = regionCode;
		opinion.informantId = input.informantId();
		opinion.meetingId = input.meetingId();
		opinion.citizenName = (input.citizenName() == null || input.citizenName().isBlank()) ? null
				: input.citizenName().strip();
		if (phone != null) {
			opinion.phoneCipher = phone.cipherText();
			opinion.phoneHash = phone.lookupHash();
			opinion.phoneLast4 = phone.lastFour();
			opinion.phoneMasked = phone.masked();
		}
		opinion.trackingToken = trackingToken;
		opinion.idempotencyKey = input.idempotencyKey();
		opinion.createdBy = by;
		opinion.registerEvent(new Given(opinion, input.consultationId(), input.informantId()));
		return opinion;
	}

	/** Given by an informant who is a deputy: a duty of theirs done. */
	void byDeputy(long deputyId, String consultationTitle, LocalDate on) {
		registerEvent(new DeputyGaveDraftOpinion(deputyId, this.trackingToken, consultationTitle, on));
	}

	/** Kept for reporting as (part of) the merged opinion. */
	DraftOpinion mergeInto(long mergedOpinionId) {
		if (this.mergedInto != null) {
			throw new RuleViolationException("opinionIds", "merge.already-merged");
		}
		this.mergedInto = mergedOpinionId;
		return this;
	}

	/** Its merge was taken back: it is to be sorted again. */
	DraftOpinion unmerge() {
		this.mergedInto = null;
		return this;
	}

	long consultationId() {
		return this.consultationId;
	}

	Integer articleNumber() {
		return this.articleNumber;
	}

	String text() {
		return this.text;
	}

	Long id() {
		return this.id;
	}

	String trackingToken() {
		return this.trackingToken;
	}

}
