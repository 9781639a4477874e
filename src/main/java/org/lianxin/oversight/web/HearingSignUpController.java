package org.lianxin.oversight.web;

import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.oversight.internal.HearingSignUps;
import org.lianxin.oversight.internal.OversightPermissions;
import org.lianxin.oversight.internal.SeatState;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A deputy's own sign-ups for observed hearings (旁听报名), on a phone: the hearings listed
 * where they hold a seat, with seats left, and their place on each.
 */
@Controller
@RequestMapping("/court-observations/sign-up")
@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_SIGN_UP + "')")
class HearingSignUpController {

	private final HearingSignUps signUps;

	private final SmallForms forms;

	HearingSignUpController(HearingSignUps signUps, SmallForms forms) {
		this.signUps = signUps;
		this.forms = forms;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		boolean deputy = this.signUps.isDeputy(user);
		model.addAttribute("deputy", deputy);
		model.addAttribute("hearings", deputy ? this.signUps.openTo(user) : List.of());
		return "oversight/sign-up";
	}

	@PostMapping("/{id}")
	String signUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		try {
			SeatState state = this.signUps.signUp(user, id);
			this.forms.notice(redirect, "court.sign-up." + state.name().toLowerCase(Locale.ROOT));
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/court-observations/sign-up";
	}

	@PostMapping("/{id}/withdrawal")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		return this.forms.run(() -> this.signUps.withdraw(user, id), "court.self.withdrawn",
				"/court-observations/sign-up", redirect, locale);
	}

}
