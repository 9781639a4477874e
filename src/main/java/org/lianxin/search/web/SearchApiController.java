package org.lianxin.search.web;

import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.ApiError;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.search.internal.QueryRules;
import org.lianxin.search.internal.Search;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 全文检索 for other systems: the same search as the page, as JSON. */
@RestController
@Tag(name = "Search")
class SearchApiController {

	private final Search search;

	private final MessageSource messages;

	SearchApiController(Search search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@Operation(summary = "全文检索: opinions, suggestions, duty records, issue items and opinions on drafts",
			description = "Finds every record in the caller's scope whose text contains q (2 to 100 characters; "
					+ "markup is removed, runs of spaces count as one, Latin letters match in any case), each kind "
					+ "only if the caller may read it. A window holds the newest 500 records of each kind, ranked "
					+ "(found in the title, at the start, how often; then newest) and paged by 'page' (20 per page). "
					+ "titleHtml and passageHtml are escaped HTML with the query in <mark>. When 'more' is set, "
					+ "older records exist: pass it back as 'more' for the next window. A bad q answers 400 with "
					+ "a message and runs nothing.")
	@GetMapping("/api/v1/search")
	ResponseEntity<?> search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String more, @RequestParam(defaultValue = "0") int page, Locale locale) {
		try {
			return ResponseEntity.ok(this.search.find(user, QueryRules.check(q), more, page));
		}
		catch (RuleViolationException refused) {
			String message = this.messages.getMessage(refused.messageKey(), refused.arguments(), locale);
			return ResponseEntity.badRequest().body(new ApiError("bad_query", message, Map.of("q", message)));
		}
	}

}
