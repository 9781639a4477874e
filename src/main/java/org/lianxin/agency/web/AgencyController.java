package org.lianxin.agency.web;

import java.util.List;

import jakarta.validation.Valid;
import tools.jackson.databind.json.JsonMapper;

import org.lianxin.account.CurrentUser;
import org.lianxin.agency.AgencyKind;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.internal.AgencyPermissions;
import org.lianxin.agency.AgencyQuery;
import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

@Controller
@RequestMapping("/agencies")
class AgencyController {

	static final int PAGE_SIZE = 50;

	private final AgencyManagement agencies;

	private final RegionManagement regions;

	private final JsonMapper json;

	private final SmallForms forms;

	AgencyController(AgencyManagement agencies, RegionManagement regions, JsonMapper json, SmallForms forms) {
		this.agencies = agencies;
		this.regions = regions;
		this.json = json;
		this.forms = forms;
	}

	@ModelAttribute("kinds")
	AgencyKind[] kinds() {
		return AgencyKind.values();
	}

	@GetMapping
	@PreAuthorize("hasAuthority('" + AgencyPermissions.VIEW + "')")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "false") boolean own, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) AgencyKind kind, @RequestParam(required = false) Boolean enabled,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result",
				this.agencies.list(user, new AgencyQuery(region, own, q, kind, enabled, page, PAGE_SIZE)));
		model.addAttribute("regions", regionsInScope(user));
		model.addAttribute("areas", this.json.writeValueAsString(this.agencies.countByArea(user)));
		model.addAttribute("region", region);
		model.addAttribute("own", own);
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("enabled", enabled);
		return "agency/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('" + AgencyPermissions.EDIT + "')")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		AgencyForm form = new AgencyForm();
		form.setRegionCode(user.regionCode());
		return form(user, form, null, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + AgencyPermissions.EDIT + "')")
	Object create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") AgencyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				var agency = this.agencies.create(user, form.getCode(), form.getName(), form.getKind(),
						form.getRegionCode(), form.getContactPhone());
				this.forms.notice(redirect, "agency.saved");
				return "redirect:/agencies/" + agency.id();
			}
			catch (RuleViolationException ex) {
				FormPages.reject(result, ex);
			}
		}
		return FormPages.rejected(form(user, form, null, model), model);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('" + AgencyPermissions.VIEW + "')")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("agency", this.agencies.get(user, id));
		return "agency/show";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('" + AgencyPermissions.EDIT + "')")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return form(user, AgencyForm.of(this.agencies.get(user, id)), id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('" + AgencyPermissions.EDIT + "')")
	Object update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var existing = this.agencies.get(user, id);
		// code and region are not editable: take them from the record, not the request
		form.setCode(existing.code());
		form.setRegionCode(existing.regionCode());
		if (result.hasFieldErrors("name") || result.hasFieldErrors("kind") || result.hasFieldErrors("contactPhone")) {
			return FormPages.rejected(form(user, form, id, model), model);
		}
		this.agencies.update(user, id, form.getName(), form.getKind(), form.getContactPhone(), form.isEnabled());
		this.forms.notice(redirect, "agency.saved");
		return "redirect:/agencies/" + id;
	}

	private String form(CurrentUser user, AgencyForm form, Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("agencyId", id);
		model.addAttribute("regions", regionsInScope(user));
		return "agency/form";
	}

	private List<Region> regionsInScope(CurrentUser user) {
		return this.regions.all().stream().filter(r -> user.scope().coversRegion(r.code(), r.path())).toList();
	}

}
