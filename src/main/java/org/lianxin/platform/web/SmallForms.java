package org.lianxin.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The small forms of a list page (a row's save, remove or verify button) post, then
 * redirect back: with a notice when the change went through, with the broken rule's
 * message as the page's problem when it did not (and then nothing changed).
 */
@Component
public class SmallForms {

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
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RuleViolationException ex) {
			problem(redirect, ex, locale);
		}
		return "redirect:" + backTo;
	}

	/** The broken rule's message, for the page the redirect leads to. */
	public void problem(RedirectAttributes redirect, RuleViolationException violation, Locale locale) {
		redirect.addFlashAttribute("problem",
				this.messages.getMessage(violation.messageKey(), violation.arguments(), locale));
	}

}
