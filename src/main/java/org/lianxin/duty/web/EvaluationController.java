package org.lianxin.duty.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyGroups;
import org.lianxin.duty.internal.DutyPermissions;
import org.lianxin.duty.internal.Evaluations;
import org.lianxin.platform.excel.SheetForm;
import org.lianxin.platform.excel.XlsxDownloads;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.region.RegionManagement;

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

/** Evaluation batches, their scores on a page, in Excel and in JSON. */
@Controller
@Tag(name = "Duties")
@PreAuthorize("hasAuthority('" + DutyPermissions.EVALUATION_VIEW + "')")
class EvaluationController {

	private final Evaluations evaluations;

	private final MessageSource messages;

	private final DeputyGroups groups;

	private final RegionManagement regions;

	private final SmallForms forms;

	EvaluationController(Evaluations evaluations, MessageSource messages, DeputyGroups groups, RegionManagement regions,
			SmallForms forms) {
		this.evaluations = evaluations;
		this.regions = regions;
		this.groups = groups;
		this.messages = messages;
		this.forms = forms;
	}

	@GetMapping("/duty/evaluations")
	String list(Model model) {
		model.addAttribute("batches", this.evaluations.batches());
		return "duty/evaluations";
	}

	@PostMapping("/duty/evaluations")
	@PreAuthorize("hasAuthority('" + DutyPermissions.EVALUATION_EDIT + "')")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) LocalDate startsOn,
			@RequestParam(required = false) LocalDate endsOn, RedirectAttributes redirect, Locale locale) {
		try {
			long id = this.evaluations.create(name, startsOn, endsOn);
			return "redirect:/duty/evaluations/" + id;
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			return "redirect:/duty/evaluations";
		}
	}

	@GetMapping("/duty/evaluations/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String region, @RequestParam(required = false) Long group, Model model) {
		model.addAttribute("result", this.evaluations.scores(user, id, region, group));
		model.addAttribute("groups", this.groups.list(user));
		model.addAttribute("group", group);
		model.addAttribute("regions",
				this.regions.all().stream().filter(r -> user.scope().coversRegion(r.code(), r.path())).toList());
		model.addAttribute("region", region);
		return "duty/evaluation";
	}

	@GetMapping("/duty/evaluations/{id}.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String region, @RequestParam(required = false) Long group, Locale locale) {
		Evaluations.Result result = this.evaluations.scores(user, id, region, group);
		List<String> headers = new ArrayList<>(List.of("名次", "代表"));
		result.dimensions().forEach(d -> headers.add(d.name()));
		headers.addAll(List.of("总分", "等次"));
		List<List<String>> rows = new ArrayList<>();
		for (Evaluations.Score score : result.scores()) {
			List<String> row = new ArrayList<>(List.of(String.valueOf(score.rank()), score.name()));
			score.byDimension().forEach(points -> row.add(points.stripTrailingZeros().toPlainString()));
			row.add(score.total().stripTrailingZeros().toPlainString());
			row.add(this.messages.getMessage("evaluation.grade." + score.grade(), null, locale));
			rows.add(row);
		}
		return XlsxDownloads.attachment(result.batch().name() + ".xlsx",
				new SheetForm("履职考评", headers, 100_000).export(rows));
	}

	@Operation(summary = "Scores of an evaluation batch for the deputies of the caller's scope, best first")
	@GetMapping("/api/v1/duty/evaluations/{id}/scores")
	@ResponseBody
	Evaluations.Result api(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String region, @RequestParam(required = false) Long group) {
		return this.evaluations.scores(user, id, region, group);
	}

}
