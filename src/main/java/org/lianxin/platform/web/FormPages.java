package org.lianxin.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again because of what the user typed answers 400, not 200: the page shows
 * the field messages, and scripts and tests can tell a rejected submission from a fresh
 * form.
 */
public final class FormPages {

	private FormPages() {
	}

	public static ModelAndView rejected(String view, Model model) {
		return new ModelAndView(view, model.asMap(), HttpStatus.BAD_REQUEST);
	}

}
