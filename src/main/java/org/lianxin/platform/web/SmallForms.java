package org.lianxin.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a form's outcome reaches the page a POST redirects to: the one place that writes
 * it, under one set of flash keys, which the console layout ({@code fragments/outcome})
 * shows above the page's content.
 * <ul>
 * <li>{@value #NOTICE}: the message key of what went through;</li>
 * <li>{@value #NOTICE_ARGUMENTS}: that message's arguments, when it has any;</li>
 * <li>{@value #WARNING}: the resolved text of a caution about a change that went through
 * all the same;</li>
 * <li>{@value #PROBLEM}: the resolved text of the rule the request broke (and then
 * nothing changed);</li>
 * <li>{@value #PROBLEM_AT}: the form on the page the problem belongs to, when the page
 * shows it there itself (beside the form the redirect scrolls to, or above the form it
 * opens again) rather than at the top.</li>
 * </ul>
 * A page's own data that only a redirect can carry (the API token shown once after it is
 * issued) is not an outcome and keeps a flash attribute named for what it is.
 */
@Component
public class SmallForms {

	public static final String NOTICE = "notice";

	public static final String NOTICE_ARGUMENTS = "noticeArguments";

	public static final String WARNING = "warning";

	public static final String PROBLEM = "problem";

	public static final String PROBLEM_AT = "problemAt";

	/** A secret (an API token or key) the next page shows once and nothing keeps. */
	public static final String ISSUED_SECRET = "issuedToken";

	private final MessageSource messages;

	SmallForms(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Runs the change and says how it went on the next page.
	 * @param notice the message key of the notice when it works
	 * @return {@code redirect:} to the given page
	 */
	public String run(Runnable change, String notice, String backTo, RedirectAttributes redirect, Locale locale) {
		try {
			change.run();
			notice(redirect, notice);
		}
		catch (RuleViolationException ex) {
			problem(redirect, ex, locale);
		}
		return "redirect:" + backTo;
	}

	/**
	 * What went through, for the page the redirect leads to.
	 * @param messageKey the notice's message key
	 * @param arguments its arguments, already in the reader's words
	 */
	/** Shows a newly issued secret on the next page, the only time anyone sees it. */
	public void issuedSecret(RedirectAttributes redirect, String secret) {
		redirect.addFlashAttribute(ISSUED_SECRET, secret);
	}

	public void notice(RedirectAttributes redirect, String messageKey, Object... arguments) {
		redirect.addFlashAttribute(NOTICE, messageKey);
		if (arguments.length > 0) {
			redirect.addFlashAttribute(NOTICE_ARGUMENTS, arguments);
		}
	}

	/** A caution about a change that went through, resolved in the reader's language. */
	public void warning(RedirectAttributes redirect, String messageKey, Locale locale, Object... arguments) {
		redirect.addFlashAttribute(WARNING, this.messages.getMessage(messageKey, arguments, locale));
	}

	/** The broken rule's message, for the page the redirect leads to. */
	public void problem(RedirectAttributes redirect, RuleViolationException violation, Locale locale) {
		problem(redirect, violation.messageKey(), locale, violation.arguments());
	}

	/** A request the page cannot act on, with the message that says why. */
	public void problem(RedirectAttributes redirect, String messageKey, Locale locale, Object... arguments) {
		redirect.addFlashAttribute(PROBLEM, this.messages.getMessage(messageKey, arguments, locale));
	}

	/**
	 * The broken rule's message, shown by the page beside (or above) the form it came
	 * from.
	 * @param form the name the page knows the form by
	 */
	public void problemAt(String form, RedirectAttributes redirect, RuleViolationException violation, Locale locale) {
		problem(redirect, violation, locale);
		redirect.addFlashAttribute(PROBLEM_AT, form);
	}

	/**
	 * Every rule the request broke (a form checked whole), for the page the redirect
	 * leads to.
	 */
	public void everyProblem(RedirectAttributes redirect, RuleViolationException violation, Locale locale) {
		problems(redirect,
				violation.each()
					.stream()
					.map(each -> this.messages.getMessage(each.messageKey(), each.arguments(), locale))
					.toList());
	}

	/**
	 * What went wrong with some items of a batch whose other items went through, each
	 * already in the reader's words; nothing when the list is empty.
	 */
	public void problems(RedirectAttributes redirect, List<String> texts) {
		if (!texts.isEmpty()) {
			redirect.addFlashAttribute(PROBLEM, String.join("；", texts));
		}
	}

}
