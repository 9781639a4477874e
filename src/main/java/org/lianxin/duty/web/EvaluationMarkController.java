package org.lianxin.duty.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyGroups;
import org.lianxin.duty.internal.DutyPermissions;
import org.lianxin.duty.internal.EvaluationMarks;
import org.lianxin.duty.internal.ScorerRole;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 评议打分: a scorer's sheet of the deputies they mark in a batch, one field a deputy and
 * manual item ({@code m_<deputy>_<item>}), saved or submitted.
 */
@Controller
@RequestMapping("/duty/evaluations/{id}/marks")
@PreAuthorize("hasAuthority('" + DutyPermissions.EVALUATION_SCORE + "')")
class EvaluationMarkController {

	private static final Pattern FIELD = Pattern.compile("m_(\\d{1,18})_(\\d{1,18})");

	private final EvaluationMarks marks;

	private final DeputyGroups groups;

	private final SmallForms forms;

	EvaluationMarkController(EvaluationMarks marks, DeputyGroups groups, SmallForms forms) {
		this.marks = marks;
		this.groups = groups;
		this.forms = forms;
	}

	@GetMapping
	String sheet(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) ScorerRole role, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long group, @RequestParam(defaultValue = "0") int page, Model model) {
		ScorerRole chosen = (role != null) ? role : this.marks.rolesOf(user).stream().findFirst().orElse(null);
		model.addAttribute("sheet", this.marks.sheet(user, id, chosen, region, group, page));
		model.addAttribute("roles", this.marks.rolesOf(user));
		model.addAttribute("groups", this.groups.list(user));
		model.addAttribute("region", region);
		model.addAttribute("group", group);
		return "duty/evaluation-marks";
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam ScorerRole role,
			@RequestParam(defaultValue = "false") boolean submit, @RequestParam Map<String, String> fields,
			RedirectAttributes redirect, Locale locale) {
		try {
			boolean madeFinal = this.marks.save(user, id, role, marksIn(fields), submit);
			this.forms.notice(redirect, madeFinal ? "evaluation.made-final"
					: submit ? "evaluation.marks.submitted" : "evaluation.marks.saved");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		redirect.addAttribute("role", role);
		// back to the same page of the same list
		for (String kept : new String[] { "region", "group", "page" }) {
			if (fields.get(kept) != null && !fields.get(kept).isBlank()) {
				redirect.addAttribute(kept, fields.get(kept));
			}
		}
		return "redirect:/duty/evaluations/{id}/marks";
	}

	/**
	 * The marks the form carries, deputy → item → mark; a deputy whose fields are blank
	 * is there without marks.
	 */
	static Map<Long, Map<Long, BigDecimal>> marksIn(Map<String, String> fields) {
		Map<Long, Map<Long, BigDecimal>> marks = new LinkedHashMap<>();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			Matcher name = FIELD.matcher(field.getKey());
			if (!name.matches()) {
				continue;
			}
			Map<Long, BigDecimal> deputy = marks.computeIfAbsent(Long.parseLong(name.group(1)),
					k -> new LinkedHashMap<>());
			String value = (field.getValue() != null) ? field.getValue().strip() : "";
			if (!value.isEmpty()) {
				try {
					deputy.put(Long.parseLong(name.group(2)), new BigDecimal(value));
				}
				catch (NumberFormatException ex) {
					throw new RuleViolationException("marks", "evaluation.mark.number", value);
				}
			}
		}
		return marks;
	}

}
