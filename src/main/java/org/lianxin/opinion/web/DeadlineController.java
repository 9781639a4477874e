package org.lianxin.opinion.web;

import java.util.Locale;

import org.lianxin.account.OperationLog;
import org.lianxin.opinion.OpinionCategories;
import org.lianxin.opinion.internal.DeadlineRules;
import org.lianxin.opinion.internal.OpinionPermissions;
import org.lianxin.opinion.internal.Stage;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working days each stage of the loop may take, by default and per category, for
 * ordinary and urgent cases. A change applies to the stages that start after it.
 */
@Controller
@RequestMapping("/opinion-deadlines")
@PreAuthorize("hasAuthority('" + OpinionPermissions.RULE_EDIT + "')")
class DeadlineController {

	private final DeadlineRules rules;

	private final OpinionCategories categories;

	private final OperationLog log;

	private final SmallForms forms;

	DeadlineController(DeadlineRules rules, OpinionCategories categories, OperationLog log, SmallForms forms) {
		this.rules = rules;
		this.categories = categories;
		this.log = log;
		this.forms = forms;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rules", this.rules.all());
		model.addAttribute("categories", this.categories.enabled());
		model.addAttribute("stages", Stage.values());
		return "opinion/deadlines";
	}

	@PostMapping
	String save(@RequestParam(required = false) Long categoryId, @RequestParam(defaultValue = "false") boolean urgent,
			@RequestParam(required = false) Stage stage, @RequestParam(required = false) Integer workingDays,
			RedirectAttributes redirect, Locale locale) {
		try {
			if (stage == null || workingDays == null) {
				throw new RuleViolationException(null, "opinion.field.required");
			}
			this.rules.save(categoryId, urgent, stage, workingDays);
			this.log.record("opinion.deadline.save", (categoryId != null) ? "category " + categoryId : "default",
					stage + (urgent ? " urgent" : "") + " = " + workingDays);
			this.forms.notice(redirect, "deadline.saved");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/opinion-deadlines";
	}

	@PostMapping("/{id}/delete")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		if (this.rules.removeOverride(id)) {
			this.log.record("opinion.deadline.remove", "rule " + id, null);
			this.forms.notice(redirect, "deadline.removed");
		}
		return "redirect:/opinion-deadlines";
	}

}
