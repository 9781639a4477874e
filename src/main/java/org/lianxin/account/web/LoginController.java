package org.lianxin.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.lianxin.account.internal.LoginRefusedException;

import org.springframework.context.MessageSource;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	private final MessageSource messages;

	LoginController(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, HttpSession session, Model model, Locale locale) {
		if (error != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof Exception ex) {
			if (ex instanceof LoginRefusedException refused) {
				model.addAttribute("errorMessage",
						this.messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			}
			else {
				model.addAttribute("errorMessage", this.messages.getMessage("login.failed", null, locale));
			}
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		}
		return "account/login";
	}

}
