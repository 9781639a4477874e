package org.lianxin.duty.web;

import java.util.Locale;

import org.lianxin.duty.internal.DutyPermissions;
import org.lianxin.duty.internal.DutyRecordTypes;
import org.lianxin.platform.web.SmallForms;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The kinds of duty record, as administrators keep them. */
@Controller
@RequestMapping("/duty/record-types")
@PreAuthorize("hasAuthority('" + DutyPermissions.TYPE_EDIT + "')")
class DutyTypeController {

	private final DutyRecordTypes types;

	private final SmallForms forms;

	DutyTypeController(DutyRecordTypes types, SmallForms forms) {
		this.types = types;
		this.forms = forms;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("types", this.types.all());
		return "duty/types";
	}

	@PostMapping
	String save(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "100") int sortOrder, @RequestParam(defaultValue = "false") boolean enabled,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.types.save(code, name, sortOrder, enabled), "duty.type.saved",
				"/duty/record-types", redirect, locale);
	}

}
