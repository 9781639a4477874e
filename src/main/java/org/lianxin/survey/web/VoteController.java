package org.lianxin.survey.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.survey.internal.Survey;
import org.lianxin.survey.internal.SurveyPermissions;
import org.lianxin.survey.internal.Voting;

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

/** A deputy votes on a phone: the surveys open to them, and the ballot. */
@Controller
@RequestMapping("/surveys/vote")
@PreAuthorize("hasAuthority('" + SurveyPermissions.CAST + "')")
class VoteController {

	private final Voting voting;

	private final SmallForms forms;

	VoteController(Voting voting, SmallForms forms) {
		this.voting = voting;
		this.forms = forms;
	}

	@GetMapping
	String open(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("notDeputy", false);
		try {
			model.addAttribute("open", this.voting.openFor(user));
		}
		catch (RuleViolationException ex) {
			model.addAttribute("open", List.of());
			model.addAttribute("notDeputy", true);
		}
		return "survey/vote-list";
	}

	@GetMapping("/{id}")
	String ballot(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			Survey survey = this.voting.ballotFor(user, id);
			model.addAttribute("survey", survey);
			model.addAttribute("voted", this.voting.hasVoted(user, id));
			return "survey/ballot";
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			return "redirect:/surveys/vote";
		}
	}

	@PostMapping("/{id}")
	String cast(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
		try {
			int items = this.voting.ballotFor(user, id).items().size();
			this.voting.cast(user, id, BallotForm.answers(fields, items));
			this.forms.notice(redirect, "survey.voted");
			return "redirect:/surveys/vote";
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			return "redirect:/surveys/vote/" + id;
		}
	}

}
