package org.lianxin.legislation.internal;

import java.time.LocalDate;

import org.lianxin.account.ProtectedPhone;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A legislative informant (立法信息员) on one point's roster: enrolled with their consent,
 * active until they leave. Their phone is kept only as {@link ProtectedPhone} keeps it.
 */
@Table("legislation_informant")
public class Informant extends AbstractAggregateRoot<Informant> {

	static final int MAX_NAME = 32;

	static final int MAX_WORKPLACE = 100;

	@Id
	private Long id;

	private long pointId;

	private String regionCode;

	private String name;

	private InformantField field;

	private String workplace;

	private String phoneCipher;

	private String phoneHash;

	@Column("phone_last4")
	private String phoneLast4;

	private String phoneMasked;

	private LocalDate consentedOn;

	private Long deputyId;

	private boolean active;

	private LocalDate leftOn;

	private Long createdBy;

	@Version
	private Integer version;

	@PersistenceCreator
	private Informant() {
	}

	/** An informant enrolled on the point, once they consented (on that day). */
	record Enrolled(long pointId, String name, Long by) {
	}

	/** An informant taken off the roster. */
	record Left(long informantId, long pointId, LocalDate on) {
	}

	static Informant enrol(long pointId, String regionCode, String name, InformantField field, String workplace,
			ProtectedPhone phone, LocalDate consentedOn, Long deputyId, Long by) {
		Informant informant = new Informant();
		informant.pointId = pointId;
		informant.regionCode = regionCode;
		informant.name = name;
		informant.field = field;
		informant.workplace = workplace;
		informant.phoneCipher = phone.cipherText();
		informant.phoneHash = phone.lookupHash();
		informant.phoneLast4 = phone.lastFour();
		informant.phoneMasked = phone.masked();
		informant.consentedOn = consentedOn;
		informant.deputyId = deputyId;
		informant.active = true;
		informant.createdBy = by;
		informant.registerEvent(new Enrolled(pointId, name, by));
		return informant;
	}

	/** Takes the informant off the roster; their opinions stay theirs. */
	Informant leave(LocalDate on) {
		if (!this.active) {
			throw new RuleViolationException(null, "informant.already-left");
		}
		this.active = false;
		this.leftOn = on;
		registerEvent(new Left(this.id, this.pointId, on));
		return this;
	}

	Long id() {
		return this.id;
	}

	long pointId() {
		return this.pointId;
	}

	String regionCode() {
		return this.regionCode;
	}

	boolean active() {
		return this.active;
	}

	ProtectedPhone phone() {
		return new ProtectedPhone(this.phoneCipher, this.phoneHash, this.phoneLast4, this.phoneMasked);
	}

}
