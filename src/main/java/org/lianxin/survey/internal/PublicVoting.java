package org.lianxin.survey.internal;

import org.lianxin.account.PhoneNumbers;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.survey.Electorate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public's side of a public survey: anyone votes once per phone number, checked as
 * the public opinion form checks it ({@link PhoneNumbers}). The number is kept only as
 * the roll's keyed hash, which says that the number voted, never how; nothing logs it.
 */
@Service
public class PublicVoting {

	private final SurveyRepository repository;

	private final BallotBox box;

	private final PhoneNumbers phones;

	PublicVoting(SurveyRepository repository, BallotBox box, PhoneNumbers phones) {
		this.repository = repository;
		this.box = box;
		this.phones = phones;
	}

	/** A public survey that has been opened; any other is not there for the public. */
	public Survey ballotFor(long surveyId) {
		return this.repository.findById(surveyId)
			.filter(s -> s.electorate() == Electorate.PUBLIC && s.state() != SurveyState.DRAFT)
			.orElseThrow(() -> new NotFoundException("survey " + surveyId));
	}

	/**
	 * The ballot of whoever holds the phone number; refused, with nothing written,
	 * without a valid number, outside the voting time, a second time from the same
	 * number, or not fitting the items.
	 */
	@Transactional
	public void cast(long surveyId, String phone, short[] answers) {
		ballotFor(surveyId);
		if (phone == null || phone.isBlank()) {
			throw new RuleViolationException("phone", "survey.phone.required");
		}
		String key = this.phones.lookupHashOf(phone)
			.orElseThrow(() -> new RuleViolationException("phone", "survey.phone.invalid"));
		this.box.cast(surveyId, voterKey(key), answers);
	}

	static String voterKey(String phoneLookupHash) {
		return "P:" + phoneLookupHash;
	}

}
