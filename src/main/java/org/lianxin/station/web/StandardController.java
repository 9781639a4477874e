package org.lianxin.station.web;

import java.util.Locale;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.station.internal.VenueStandards;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The standards checklist's items, for administrators to keep in line with local rules.
 */
@Controller
@RequestMapping("/venue-standards")
class StandardController {

	private final VenueStandards standards;

	private final SmallForms forms;

	StandardController(VenueStandards standards, SmallForms forms) {
		this.standards = standards;
		this.forms = forms;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('" + VenueStandards.EDIT_PERMISSION + "')")
	String list(Model model) {
		model.addAttribute("standards", this.standards.all());
		return "station/standards";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + VenueStandards.EDIT_PERMISSION + "')")
	String save(@RequestParam(required = false) Long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "100") int sortOrder, @RequestParam(defaultValue = "false") boolean enabled,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.standards.save(id, name, sortOrder, enabled);
			this.forms.notice(redirect, "standard.saved");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/venue-standards";
	}

}
