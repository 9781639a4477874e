package org.lianxin.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again because of what the user typed answers 400, not 200: the page shows
 * the field messages, and scripts and tests can tell a rejected submission from a fresh
 * form.
 */
public final class FormPages {

	private FormPages() {
	}

	/**
	 * Puts the broken business rules on the form: each on its field, or on the form as a
	 * whole.
	 */
	public static void reject(BindingResult result, RuleViolationException violations) {
		for (RuleViolationException violation : violations.each()) {
			if (violation.field() != null) {
				result.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
			}
			else {
				result.reject(violation.messageKey(), violation.arguments(), null);
			}
		}
	}

	public static ModelAndView rejected(String view, Model model) {
		return new ModelAndView(view, model.asMap(), HttpStatus.BAD_REQUEST);
	}

}
