package org.lianxin.duty.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.duty.internal.DutyPermissions;
import org.lianxin.duty.internal.DutyRecordTypes;
import org.lianxin.duty.internal.EvaluationMarks;
import org.lianxin.duty.internal.EvaluationSchemes;
import org.lianxin.duty.internal.Evaluations;
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
 * 考评方案: the administrator's page of a batch's dimensions, scorers' weights and grade
 * thresholds, and its 定稿.
 */
@Controller
@RequestMapping("/duty/evaluations/{id}/scheme")
@PreAuthorize("hasAuthority('" + DutyPermissions.EVALUATION_EDIT + "')")
class EvaluationSchemeController {

	private final Evaluations evaluations;

	private final EvaluationSchemes schemes;

	private final EvaluationMarks marks;

	private final DutyRecordTypes types;

	private final SmallForms forms;

	EvaluationSchemeController(Evaluations evaluations, EvaluationSchemes schemes, EvaluationMarks marks,
			DutyRecordTypes types, SmallForms forms) {
		this.evaluations = evaluations;
		this.schemes = schemes;
		this.marks = marks;
		this.types = types;
		this.forms = forms;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		model.addAttribute("batch", this.evaluations.batch(id));
		model.addAttribute("dimensions", this.evaluations.dimensions(id));
		model.addAttribute("scorers", this.schemes.scorers(id));
		model.addAttribute("progress", this.marks.progress(id));
		model.addAttribute("types", this.types.enabled());
		return "duty/evaluation-scheme";
	}

	@PostMapping("/dimensions")
	String saveDimension(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long dimension, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String type, @RequestParam(required = false) BigDecimal points,
			@RequestParam(required = false) BigDecimal cap, @RequestParam(defaultValue = "100") int sortOrder,
			RedirectAttributes redirect, Locale locale) {
		return change(id, redirect, locale,
				() -> this.schemes.saveDimension(user, id, dimension, name, type, points, cap, sortOrder));
	}

	@PostMapping("/dimensions/{dimension}/remove")
	String removeDimension(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long dimension, RedirectAttributes redirect, Locale locale) {
		return change(id, redirect, locale, () -> this.schemes.removeDimension(user, id, dimension));
	}

	@PostMapping("/weights")
	String saveWeights(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
		return change(id, redirect, locale, () -> {
			Map<ScorerRole, BigDecimal> weights = new EnumMap<>(ScorerRole.class);
			for (ScorerRole role : ScorerRole.values()) {
				weights.put(role, number(fields.get("weight_" + role.name()), "weight"));
			}
			this.schemes.saveWeights(user, id, weights);
		});
	}

	@PostMapping("/thresholds")
	String saveThresholds(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) BigDecimal excellentMin,
			@RequestParam(required = false) BigDecimal competentMin,
			@RequestParam(required = false) BigDecimal basicMin, RedirectAttributes redirect, Locale locale) {
		return change(id, redirect, locale,
				() -> this.schemes.saveThresholds(user, id, excellentMin, competentMin, basicMin));
	}

	@PostMapping("/final")
	String makeFinal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		return change(id, redirect, locale, () -> this.marks.makeFinal(user, id));
	}

	private String change(long id, RedirectAttributes redirect, Locale locale, Runnable change) {
		return this.forms.run(change, "evaluation.scheme.saved", "/duty/evaluations/" + id + "/scheme", redirect,
				locale);
	}

	private static BigDecimal number(String value, String field) {
		try {
			return (value == null || value.isBlank()) ? BigDecimal.ZERO : new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException(field, "evaluation.weight.range");
		}
	}

}
