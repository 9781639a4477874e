package org.lianxin.region.web;

import jakarta.validation.Valid;

import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.region.Region;
import org.lianxin.region.RegionLevel;
import org.lianxin.region.RegionManagement;
import org.lianxin.region.internal.RegionPermissions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Browse the region tree one level at a time; administrators add and edit regions. */
@Controller
@RequestMapping("/regions")
class RegionController {

	private final RegionManagement regions;

	private final SmallForms forms;

	RegionController(RegionManagement regions, SmallForms forms) {
		this.regions = regions;
		this.forms = forms;
	}

	@ModelAttribute("levels")
	RegionLevel[] levels() {
		return RegionLevel.values();
	}

	@GetMapping
	@PreAuthorize("hasAuthority('" + RegionPermissions.VIEW + "')")
	String list(@RequestParam(required = false) String parent, Model model) {
		if (parent == null || parent.isBlank()) {
			model.addAttribute("lineage", java.util.List.of());
			model.addAttribute("children", this.regions.roots());
		}
		else {
			Region region = this.regions.get(parent);
			model.addAttribute("current", region);
			model.addAttribute("lineage", this.regions.lineage(parent));
			model.addAttribute("children", this.regions.childrenOf(parent));
			model.addAttribute("congresses", this.regions.congressesOf(parent));
		}
		return "region/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('" + RegionPermissions.EDIT + "')")
	String newForm(@RequestParam(required = false) String parent, Model model) {
		RegionForm form = new RegionForm();
		this.regions.find(parent).ifPresent(p -> {
			form.setParentCode(p.code());
			form.setCode(p.codePrefixForChildren());
			if (p.level().ordinal() + 1 < RegionLevel.values().length) {
				form.setLevel(RegionLevel.values()[p.level().ordinal() + 1]);
			}
		});
		return form(form, false, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + RegionPermissions.EDIT + "')")
	Object create(@Valid @ModelAttribute("form") RegionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Region region = this.regions.create(form.getCode(), form.getName(), form.getLevel(),
						form.getParentCode());
				this.forms.notice(redirect, "region.saved");
				return "redirect:/regions?parent="
						+ (region.parentCode() != null ? region.parentCode() : region.code());
			}
			catch (RuleViolationException ex) {
				FormPages.reject(result, ex);
			}
		}
		return FormPages.rejected(form(form, false, model), model);
	}

	@GetMapping("/{code}/edit")
	@PreAuthorize("hasAuthority('" + RegionPermissions.EDIT + "')")
	String editForm(@PathVariable String code, Model model) {
		return form(RegionForm.of(this.regions.get(code)), true, model);
	}

	@PostMapping("/{code}")
	@PreAuthorize("hasAuthority('" + RegionPermissions.EDIT + "')")
	Object update(@PathVariable String code, @Valid @ModelAttribute("form") RegionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Region existing = this.regions.get(code);
		// code, level and parent are not editable: take them from the record, not the
		// request
		form.setCode(existing.code());
		form.setLevel(existing.level());
		form.setParentCode(existing.parentCode());
		if (result.hasFieldErrors("name")) {
			return FormPages.rejected(form(form, true, model), model);
		}
		Region saved = this.regions.update(code, form.getName(), form.isEnabled());
		this.forms.notice(redirect, "region.saved");
		return "redirect:/regions?parent=" + (saved.parentCode() != null ? saved.parentCode() : saved.code());
	}

	private String form(RegionForm form, boolean editing, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("parents", this.regions.all());
		return "region/form";
	}

}
