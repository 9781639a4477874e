package org.lianxin.duty.web;

import java.util.Locale;

import org.lianxin.duty.DutyPermissions;
import org.lianxin.duty.DutyRecords;
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

	private final DutyRecords records;

	private final SmallForms forms;

	DutyTypeController(DutyRecords records, SmallForms forms) {
		this.records = records;
		this.forms = forms;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("types", this.records.types());
		return "duty/types";
	}

	@PostMapping
	String save(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "100") int sortOrder, @RequestParam(defaultValue = "false") boolean enabled,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.records.saveType(code, name, sortOrder, enabled), "duty.type.saved",
				"/duty/record-types", redirect, locale);
	}

}
