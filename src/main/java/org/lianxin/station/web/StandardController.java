package org.lianxin.station.web;

import org.lianxin.platform.web.RuleViolationException;
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

	StandardController(VenueStandards standards) {
		this.standards = standards;
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
			RedirectAttributes redirect) {
		try {
			this.standards.save(id, name, sortOrder, enabled);
			redirect.addFlashAttribute("notice", "standard.saved");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("standardError", ex.messageKey());
			redirect.addFlashAttribute("standardErrorArgs", ex.arguments());
		}
		return "redirect:/venue-standards";
	}

}
