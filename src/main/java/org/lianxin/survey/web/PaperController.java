package org.lianxin.survey.web;

import java.util.Locale;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.survey.internal.SurveyPermissions;
import org.lianxin.survey.internal.Surveys;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Paper ballots at a session: handing one to a deputy (who is then on the roll) and the
 * two clerks typing in each sheet.
 */
@Controller
@RequestMapping("/surveys/{id}/paper")
@PreAuthorize("hasAuthority('" + SurveyPermissions.PAPER + "')")
class PaperController {

	private final Surveys surveys;

	private final SmallForms forms;

	PaperController(Surveys surveys, SmallForms forms) {
		this.surveys = surveys;
		this.forms = forms;
	}

	@PostMapping
	String enter(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int sheetNo, @RequestParam(defaultValue = "0") int clerk,
			@RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(
				() -> this.surveys.enterPaper(user, id, sheetNo, clerk,
						BallotForm.answers(fields, this.surveys.get(user, id).items().size())),
				"survey.paper.entered", "/surveys/" + id, redirect, locale);
	}

	@PostMapping("/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int sheetNo,
			@RequestParam int clerk, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.surveys.withdrawPaper(user, id, sheetNo, clerk), "survey.paper.withdrawn",
				"/surveys/" + id, redirect, locale);
	}

	@PostMapping("/hand-out")
	String handOut(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long deputyId,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.surveys.handOutPaper(user, id, deputyId), "survey.paper.handed-out",
				"/surveys/" + id, redirect, locale);
	}

}
