package org.lianxin.suggestion.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.suggestion.internal.CongressDeputies;
import org.lianxin.suggestion.internal.Period;
import org.lianxin.suggestion.internal.SimilarSuggestions;
import org.lianxin.suggestion.internal.SuggestionCategory;
import org.lianxin.suggestion.internal.SuggestionFiling;
import org.lianxin.suggestion.internal.SuggestionPermissions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Help while drafting. 查重: the filing form posted here comes back as it was typed, with
 * the earlier suggestions like it. 附议代表: the deputy types a name and ticks deputies of
 * the same congress. Without JavaScript the deputy presses 查重 or 查找; with it, htmx posts
 * the form as the fields change and takes only the part it needs.
 */
@Controller
@Tag(name = "Suggestions")
@PreAuthorize("hasAuthority('" + SuggestionPermissions.FILE + "')")
class SimilarSuggestionsController {

	private static final int MATCHES = 10;

	private final SimilarSuggestions similar;

	private final CongressDeputies deputies;

	private final SuggestionFiling filing;

	SimilarSuggestionsController(SimilarSuggestions similar, CongressDeputies deputies, SuggestionFiling filing) {
		this.similar = similar;
		this.deputies = deputies;
		this.filing = filing;
	}

	/** What the deputy typed so far, to fill the form in again. */
	record Draft(String title, String body, SuggestionCategory category, Integer sessionNumber, Period period,
			String coSignerName, List<Long> coSignerIds) {
	}

	@PostMapping("/suggestions/new")
	String check(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String body, @RequestParam(required = false) SuggestionCategory category,
			@RequestParam(required = false) Integer sessionNumber, @RequestParam(required = false) Period period,
			@RequestParam(defaultValue = "") String coSignerName,
			@RequestParam(required = false) List<Long> coSignerIds, @RequestParam(required = false) Long jointGroupId,
			Model model) {
		List<Long> chosen = (coSignerIds != null) ? coSignerIds : List.of();
		long deputy = this.filing.deputyOf(user);
		model.addAttribute("draft", new Draft(title, body, category, sessionNumber, period, coSignerName, chosen));
		model.addAttribute("similar", this.similar.toDraftOf(user, title, body));
		model.addAttribute("chosen", this.deputies.byIds(chosen));
		model.addAttribute("matches",
				this.deputies.coSignersFor(deputy, coSignerName, MATCHES)
					.stream()
					.filter(found -> !chosen.contains(found.id()))
					.toList());
		model.addAttribute("jointGroups", this.filing.jointGroups(user));
		model.addAttribute("jointGroupId", jointGroupId);
		model.addAttribute("categories", SuggestionCategory.values());
		model.addAttribute("periods", Period.values());
		return "suggestion/new";
	}

	@Operation(summary = "Earlier suggestions like a draft: same congress as the caller's deputy, filed this year or "
			+ "the two before, by character bigrams of title and body (at most 5, most similar first)")
	@GetMapping("/api/v1/suggestions/similar")
	@ResponseBody
	List<SimilarSuggestions.Similar> similar(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body) {
		return this.similar.toDraftOf(user, title, body);
	}

	@Operation(summary = "Deputies the caller may name as co-signers: serving in a congress the caller serves in, "
			+ "whose name holds the text (at most 10)")
	@GetMapping("/api/v1/suggestions/co-signers")
	@ResponseBody
	List<CongressDeputies.Named> coSigners(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "") String name) {
		return this.deputies.coSignersFor(this.filing.deputyOf(user), name, MATCHES);
	}

}
