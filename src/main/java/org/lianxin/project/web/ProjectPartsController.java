package org.lianxin.project.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.project.internal.Project;
import org.lianxin.project.internal.ProjectParts;
import org.lianxin.project.internal.ProjectPermissions;
import org.lianxin.project.internal.Projects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A parent project's parts and their published weights, set on the parent's page or
 * through the API; the parent's progress is derived from them.
 */
@Controller
@Tag(name = "Projects")
@PreAuthorize("hasAuthority('" + ProjectPermissions.VIEW + "')")
class ProjectPartsController {

	private final Projects projects;

	private final ProjectParts parts;

	private final SmallForms forms;

	ProjectPartsController(Projects projects, ProjectParts parts, SmallForms forms) {
		this.projects = projects;
		this.parts = parts;
		this.forms = forms;
	}

	/** The parts as the page's form sends them: a weight per project, blank for none. */
	@PostMapping("/projects/{id}/parts")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	String set(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "partId", required = false) List<Long> partIds,
			@RequestParam(name = "weight", required = false) List<String> weights, RedirectAttributes redirect,
			Locale locale) {
		return this.forms.run(() -> {
			List<ProjectParts.Part> chosen = new ArrayList<>();
			for (int i = 0; partIds != null && weights != null && i < Math.min(partIds.size(), weights.size()); i++) {
				if (!weights.get(i).isBlank()) {
					chosen.add(new ProjectParts.Part(partIds.get(i), weight(weights.get(i))));
				}
			}
			set(user, id, chosen);
		}, "project.parts.saved", "/projects/" + id, redirect, locale);
	}

	@Operation(summary = "Set a parent project's parts and their weights (percent, summing to 100)",
			description = "Replaces the parts it had. Parts of another congress or year, the parent itself, a "
					+ "parent, a part of another parent, or weights not summing to 100 answer 409 with every "
					+ "broken rule and write nothing. The parent's progress is then derived from its parts.")
	@PostMapping("/api/v1/projects/{id}/parts")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	@ResponseBody
	List<ProjectParts.PartView> setByApi(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody List<ProjectParts.Part> body) {
		set(user, id, (body != null) ? body : List.of());
		return this.parts.parts(id);
	}

	@Operation(summary = "A parent project's parts with their published weights and progress")
	@GetMapping("/api/v1/projects/{id}/parts")
	@ResponseBody
	List<ProjectParts.PartView> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.parts.parts(this.projects.get(user, id).id());
	}

	private void set(CurrentUser user, long id, List<ProjectParts.Part> chosen) {
		Project parent = this.projects.get(user, id);
		List<Project> found = new ArrayList<>();
		List<BigDecimal> weights = new ArrayList<>();
		for (ProjectParts.Part part : chosen) {
			found.add(this.projects.find(user, (part.partId() != null) ? part.partId() : -1)
				.orElseThrow(() -> new RuleViolationException("parts", "project.parts.invalid")));
			weights.add(part.weight());
		}
		this.parts.set(parent, found, weights);
	}

	private static BigDecimal weight(String text) {
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException("weights", "project.parts.weights", text.strip());
		}
	}

}
