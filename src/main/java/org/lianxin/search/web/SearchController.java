package org.lianxin.search.web;

import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.search.internal.QueryRules;
import org.lianxin.search.internal.Search;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 全文检索 as a page: the header's search box leads here. Every staff user may search; each
 * kind of record shows only to those who may read it, within their scope.
 */
@Controller
class SearchController {

	private final Search search;

	private final MessageSource messages;

	SearchController(Search search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/search")
	String search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String more, @RequestParam(defaultValue = "0") int page, Model model,
			Locale locale) {
		model.addAttribute("q", (q != null && q.length() <= QueryRules.MAX_LENGTH * 2) ? q : "");
		if (q == null) {
			return "search/results";
		}
		try {
			model.addAttribute("found", this.search.find(user, QueryRules.check(q), more, page));
			model.addAttribute("more", more);
		}
		catch (RuleViolationException refused) {
			model.addAttribute("refusal", this.messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
		return "search/results";
	}

}
