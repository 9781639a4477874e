package org.lianxin.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lianxin.account.internal.LoginFailureCookie;

import org.springframework.context.MessageSource;
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
	String login(@RequestParam(required = false) String error, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale) {
		if (error != null) {
			var failure = LoginFailureCookie.take(request, response);
			model.addAttribute("errorMessage",
					failure.map(f -> this.messages.getMessage(f.messageKey(), f.arguments(), locale))
						.orElseGet(() -> this.messages.getMessage("login.failed", null, locale)));
			model.addAttribute("username", failure.map(LoginFailureCookie.Failure::username).orElse(""));
		}
		return "account/login";
	}

}
