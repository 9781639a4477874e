package org.lianxin.opinion.web;

import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.AgencyQuery;
import org.lianxin.opinion.OpinionCategories;
import org.lianxin.opinion.internal.OpinionPermissions;
import org.lianxin.opinion.internal.RoutingRules;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.region.RegionManagement;

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
 * The routing rules administrators keep: which agency usually takes which category where.
 */
@Controller
@RequestMapping("/opinion-routing")
@PreAuthorize("hasAuthority('" + OpinionPermissions.RULE_EDIT + "')")
class RoutingRuleController {

	private final RoutingRules rules;

	private final OpinionCategories categories;

	private final RegionManagement regions;

	private final AgencyManagement agencies;

	private final SmallForms forms;

	RoutingRuleController(RoutingRules rules, OpinionCategories categories, RegionManagement regions,
			AgencyManagement agencies, SmallForms forms) {
		this.rules = rules;
		this.categories = categories;
		this.regions = regions;
		this.agencies = agencies;
		this.forms = forms;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rules", this.rules.list(user));
		model.addAttribute("categories", this.categories.enabled());
		model.addAttribute("regions",
				this.regions.all().stream().filter(r -> user.scope().coversRegion(r.code(), r.path())).toList());
		model.addAttribute("agencies",
				this.agencies.list(user, new AgencyQuery(null, false, "", null, true, 0, AgencyQuery.MAX_SIZE))
					.items());
		return "opinion/routing";
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long categoryId,
			@RequestParam(defaultValue = "") String regionCode, @RequestParam(required = false) Long agencyId,
			RedirectAttributes redirect, Locale locale) {
		try {
			if (categoryId == null || agencyId == null) {
				throw new RuleViolationException(null, "opinion.field.required");
			}
			this.rules.save(user, categoryId, regionCode, agencyId);
			this.forms.notice(redirect, "routing.saved");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/opinion-routing";
	}

	@PostMapping("/{id}/delete")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.rules.remove(user, id);
		this.forms.notice(redirect, "routing.removed");
		return "redirect:/opinion-routing";
	}

}
