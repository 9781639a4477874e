package org.lianxin.survey.internal;

import java.time.Clock;

import org.lianxin.account.PhoneNumbers;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.survey.Electorate;

import org.springframework.stereotype.Service;

/**
 * The public's side of a public survey: anyone votes once per phone number, checked as
 * the public opinion form checks it ({@link PhoneNumbers}) and proved by a code sent to
 * it ({@link PhoneCodes}). The number is kept only as the roll's keyed hash, which says
 * that the number voted, never how; nothing logs it.
 */
@Service
public class PublicVoting {

	private final SurveyRepository repository;

	private final BallotBox box;

	private final PhoneNumbers phones;

	private final PhoneCodes codes;

	private final Clock clock;

	PublicVoting(SurveyRepository repository, BallotBox box, PhoneNumbers phones, PhoneCodes codes, Clock clock) {
		this.repository = repository;
		this.box = box;
		this.phones = phones;
		this.codes = codes;
		this.clock = clock;
	}

	/** A public survey that has been opened; any other is not there for the public. */
	public Survey ballotFor(long surveyId) {
		return this.repository.findById(surveyId)
			.filter(s -> s.electorate() == Electorate.PUBLIC && s.state() != SurveyState.DRAFT)
			.orElseThrow(() -> new NotFoundException("survey " + surveyId));
	}

	/**
	 * Sends the phone its code for the survey, which the vote then asks for: the proof
	 * that whoever votes holds the number. Refused, with nothing sent, without a valid
	 * number or outside the voting time. Whether the number has voted is told only to
	 * whoever types its code.
	 */
	public void sendCode(long surveyId, String phone) {
		Survey survey = ballotFor(surveyId);
		survey.requireVoting(this.clock.instant());
		this.codes.send(surveyId, survey.title(), phone, lookupHash(phone));
	}

	/**
	 * The ballot of whoever holds the phone number, proved by the code sent to it;
	 * refused, with nothing written, without a valid number or its code, outside the
	 * voting time, a second time from the same number, or not fitting the items.
	 * @param client the client's key, by which wrong codes are counted
	 */
	// not one transaction: a wrong code's count must stay when the vote is refused; the
	// ballot box's own transaction writes the roll and the ballot together
	public void cast(long surveyId, String phone, String code, short[] answers, String client) {
		ballotFor(surveyId).requireVoting(this.clock.instant());
		String key = lookupHash(phone);
		this.codes.require(surveyId, phone, key, code, client);
		if (this.box.hasVoted(surveyId, voterKey(key))) {
			throw new RuleViolationException("phone", "survey.phone.voted");
		}
		this.box.cast(surveyId, voterKey(key), answers);
	}

	private String lookupHash(String phone) {
		if (phone == null || phone.isBlank()) {
			throw new RuleViolationException("phone", "survey.phone.required");
		}
		return this.phones.lookupHashOf(phone)
			.orElseThrow(() -> new RuleViolationException("phone", "survey.phone.invalid"));
	}

	static String voterKey(String phoneLookupHash) {
		return "P:" + phoneLookupHash;
	}

}
