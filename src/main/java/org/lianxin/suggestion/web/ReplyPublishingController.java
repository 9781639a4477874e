package org.lianxin.suggestion.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.suggestion.internal.PublishedReplies;
import org.lianxin.suggestion.internal.ReplyPublishing;
import org.lianxin.suggestion.internal.SuggestionPermissions;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Replies on the public site: the lead deputy's 同意公开 and the office's 公开答复 on the
 * suggestion's page, and the public, phone-sized list of published replies of a region,
 * open without signing in.
 */
@Controller
@Tag(name = "Suggestions")
class ReplyPublishingController {

	private final ReplyPublishing publishing;

	private final PublishedReplies published;

	private final SmallForms forms;

	private final MessageSource messages;

	ReplyPublishingController(ReplyPublishing publishing, PublishedReplies published, SmallForms forms,
			MessageSource messages) {
		this.publishing = publishing;
		this.published = published;
		this.forms = forms;
		this.messages = messages;
	}

	@PostMapping("/suggestions/{id}/publish-agree")
	@PreAuthorize("hasAuthority('" + SuggestionPermissions.FILE + "')")
	String agree(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		return step(id, "PUBLISH_AGREE", redirect, locale, () -> this.publishing.agree(user, id));
	}

	@PostMapping("/suggestions/{id}/publish")
	@PreAuthorize("hasAuthority('" + SuggestionPermissions.MANAGE + "')")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		return step(id, "PUBLISH", redirect, locale, () -> this.publishing.publish(user, id));
	}

	@Operation(summary = "同意公开: the caller's own deputy, as lead deputy, agrees to publish the accepted reply")
	@PostMapping("/api/v1/suggestions/{id}/publish-agree")
	@PreAuthorize("hasAuthority('" + SuggestionPermissions.FILE + "')")
	@ResponseBody
	ResponseEntity<Void> agreeApi(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.publishing.agree(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "公开答复: the office publishes a reply its lead deputy agreed to publish")
	@PostMapping("/api/v1/suggestions/{id}/publish")
	@PreAuthorize("hasAuthority('" + SuggestionPermissions.MANAGE + "')")
	@ResponseBody
	ResponseEntity<Void> publishApi(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.publishing.publish(user, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/public/suggestions")
	String published(@RequestParam(required = false) String region, @RequestParam(required = false) Long before,
			Model model) {
		model.addAttribute("page", this.published.page(region, before));
		model.addAttribute("region", region);
		return "public/suggestions";
	}

	private String step(long id, String action, RedirectAttributes redirect, Locale locale, Runnable step) {
		try {
			step.run();
			this.forms.notice(redirect, "suggestion.step.done",
					this.messages.getMessage("suggestion.action." + action, null, locale));
		}
		catch (RuleViolationException ex) {
			this.forms.problemAt(action, redirect, ex, locale);
		}
		return "redirect:/suggestions/" + id;
	}

}
