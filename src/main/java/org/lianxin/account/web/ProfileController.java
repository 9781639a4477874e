package org.lianxin.account.web;

import jakarta.validation.Valid;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.account.StaffAccounts;
import org.lianxin.account.internal.ApiTokens;
import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own page: who they are, their password, their API tokens. */
@Controller
class ProfileController {

	private final StaffAccounts accounts;

	private final ApiTokens tokens;

	private final OperationLog log;

	private final SmallForms forms;

	ProfileController(StaffAccounts accounts, ApiTokens tokens, OperationLog log, SmallForms forms) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.log = log;
		this.forms = forms;
	}

	@ModelAttribute("passwordForm")
	PasswordChangeForm passwordForm() {
		return new PasswordChangeForm();
	}

	@GetMapping("/profile")
	String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("tokens", this.tokens.tokensOf(user.id()));
		return "account/profile";
	}

	@PostMapping("/profile/password")
	Object changePassword(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
				&& !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changePassword(user, form.getCurrentPassword(), form.getNewPassword());
				this.forms.notice(redirect, "password.changed");
				return "redirect:/profile";
			}
			catch (RuleViolationException ex) {
				FormPages.reject(result, ex);
			}
		}
		return FormPages.rejected(profile(user, model), model);
	}

	@PostMapping("/profile/tokens")
	Object issueToken(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String label,
			Model model, RedirectAttributes redirect) {
		String cleaned = label.strip();
		if (cleaned.isEmpty() || cleaned.length() > 64) {
			model.addAttribute("tokenError", "token.label.invalid");
			return FormPages.rejected(profile(user, model), model);
		}
		this.forms.issuedSecret(redirect, this.tokens.issue(user.id(), cleaned));
		this.log.record("account.token.issue", "user " + user.username(), cleaned);
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		if (!this.tokens.revoke(user.id(), id)) {
			throw new NotFoundException("token " + id);
		}
		this.log.record("account.token.revoke", "user " + user.username(), "token " + id);
		this.forms.notice(redirect, "token.revoked");
		return "redirect:/profile";
	}

}
