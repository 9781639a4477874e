package org.lianxin.survey.internal;

import java.time.Clock;
import java.time.Duration;

import org.lianxin.account.PhoneNumbers;
import org.lianxin.notification.Message;
import org.lianxin.notification.Notifications;
import org.lianxin.notification.Recipient;
import org.lianxin.platform.throttle.GuessRule;
import org.lianxin.platform.throttle.GuessThrottle;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * The proof that a member of the public voting in a public survey holds the phone number
 * they type (a review found that any number typed counted as one voter): a six-digit code
 * sent to it by SMS, valid for the window of time it was sent in and the next, worked out
 * again from the number when typed ({@link PhoneNumbers#codeFor}), so nothing about the
 * voter is kept beside the survey. Wrong codes are counted per number and client like
 * other guessed secrets ({@link GuessThrottle}): past five, the client waits, longer each
 * time.
 */
@Component
class PhoneCodes {

	/** How long a code is valid: this window and the next. */
	static final Duration WINDOW = Duration.ofMinutes(10);

	private static final GuessRule RULE = new GuessRule("survey-code", 5, 30, Duration.ofMinutes(1),
			Duration.ofMinutes(15), Duration.ofHours(1));

	private final PhoneNumbers phones;

	private final Notifications notifications;

	private final GuessThrottle throttle;

	private final Clock clock;

	PhoneCodes(PhoneNumbers phones, Notifications notifications, GuessThrottle throttle, Clock clock) {
		this.phones = phones;
		this.notifications = notifications;
		this.throttle = throttle;
		this.clock = clock;
	}

	/** Sends the phone its code for the survey (once per window, however often asked). */
	void send(long surveyId, String title, String phone, String lookupHash) {
		long window = window();
		String code = code(surveyId, phone, window);
		this.notifications.send(new Message(new Recipient(null, phone, null), "投票验证码",
				"您参加“" + title + "”的验证码是 " + code + "，20分钟内有效；每个手机号只能投一票。", "survey " + surveyId, "投票验证码（验证码不记录）",
				"survey " + surveyId + " code " + lookupHash + " " + window));
	}

	/**
	 * Refuses, writing nothing, a missing code, a wrong or expired one, and a guess past
	 * the allowance.
	 * @param client the client's key (see {@code platform.web.ClientKey})
	 */
	void require(long surveyId, String phone, String lookupHash, String typed, String client) {
		if (typed == null || typed.isBlank()) {
			throw new RuleViolationException("code", "survey.code.required");
		}
		String subject = surveyId + ":" + lookupHash;
		if (!this.throttle.attempt(RULE, subject, client).admitted()) {
			throw new RuleViolationException("code", "survey.code.wait");
		}
		long window = window();
		String code = typed.strip();
		if (!code.equals(code(surveyId, phone, window)) && !code.equals(code(surveyId, phone, window - 1))) {
			throw new RuleViolationException("code", "survey.code.wrong");
		}
		this.throttle.succeeded(RULE, subject, client);
	}

	/** The code of a window: the one in force now for the phone and the survey. */
	String code(long surveyId, String phone, long window) {
		return this.phones.codeFor(phone, "survey " + surveyId, window).orElseThrow();
	}

	long window() {
		return this.clock.millis() / WINDOW.toMillis();
	}

}
