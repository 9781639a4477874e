package org.lianxin.opinion.web;

import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.opinion.internal.Open311Keys;
import org.lianxin.opinion.internal.OpinionPermissions;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The keys of Open311 clients, issued and revoked by the city's administrator. */
@Controller
@RequestMapping("/open311-keys")
@PreAuthorize("hasAuthority('" + OpinionPermissions.OPEN311_KEY_MANAGE + "')")
class Open311KeyController {

	private final Open311Keys keys;

	private final SmallForms forms;

	private final boolean required;

	Open311KeyController(Open311Keys keys, SmallForms forms,
			@Value("${lianxin.open311.api-key-required:false}") boolean required) {
		this.keys = keys;
		this.forms = forms;
		this.required = required;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("keys", this.keys.all());
		model.addAttribute("required", this.required);
		return "opinion/open311-keys";
	}

	@PostMapping
	String issue(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String contact, RedirectAttributes redirect, Locale locale) {
		try {
			this.forms.issuedSecret(redirect, this.keys.issue(user, name, contact).secret());
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/open311-keys";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.keys.revoke(user, id);
		this.forms.notice(redirect, "open311-key.revoked");
		return "redirect:/open311-keys";
	}

}
