package org.lianxin.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * The error page for filters that answer before Spring MVC (a body too large, the
 * database out before the session could be read), where the template engine is not at
 * hand: the message in the reader's language and a button back to the page they came
 * from, where the browser still holds what they typed.
 */
final class PlainErrorPage {

	private PlainErrorPage() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message,
			MessageSource messages, Locale locale) throws IOException {
		String base = request.getContextPath();
		String title = messages.getMessage("error.title", null, locale);
		String back = messages.getMessage("error.go-back", null, locale);
		response.setStatus(status.value());
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + (locale.getLanguage().equals("en") ? "en" : "zh-CN")
					+ "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
					+ "initial-scale=1\"><title>" + HtmlUtils.htmlEscape(title, "UTF-8")
					+ "</title><link rel=\"stylesheet\" href=\"" + base
					+ "/webjars/bootstrap/css/bootstrap.min.css\"></head><body><main class=\"container py-4\">"
					+ "<h1 class=\"h3\">" + HtmlUtils.htmlEscape(title, "UTF-8")
					+ "</h1><p class=\"lead\" id=\"error-message\">" + HtmlUtils.htmlEscape(message, "UTF-8")
					+ "</p><p class=\"text-secondary\">HTTP " + status.value()
					+ "</p><a class=\"btn btn-danger btn-lg\" id=\"go-back\" href=\"javascript:history.back()\">"
					+ HtmlUtils.htmlEscape(back, "UTF-8") + "</a></main></body></html>");
	}

}
