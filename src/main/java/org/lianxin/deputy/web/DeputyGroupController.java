package org.lianxin.deputy.web;

import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyGroups;
import org.lianxin.deputy.internal.DeputyPermissions;
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
 * 代表小组: the office names each group's leader (who gets the daily 三表一报) and the accounts
 * that liaise it.
 */
@Controller
@RequestMapping("/deputies/groups")
@PreAuthorize("hasAuthority('" + DeputyPermissions.VIEW + "')")
class DeputyGroupController {

	private final DeputyGroups groups;

	private final SmallForms forms;

	DeputyGroupController(DeputyGroups groups, SmallForms forms) {
		this.groups = groups;
		this.forms = forms;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("groups", this.groups.list(user));
		return "deputy/groups";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("group", this.groups.get(user, id));
		model.addAttribute("members", this.groups.members(id));
		return "deputy/group";
	}

	@PostMapping("/{id}/leader")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	String leader(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long leader, RedirectAttributes redirect, Locale locale) {
		return change(id, redirect, locale, () -> this.groups.setLeader(user, id, leader));
	}

	@PostMapping("/{id}/liaisons")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	String addLiaison(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String username, RedirectAttributes redirect, Locale locale) {
		return change(id, redirect, locale, () -> this.groups.addLiaison(user, id, username));
	}

	@PostMapping("/{id}/liaisons/remove")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	String removeLiaison(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String username, RedirectAttributes redirect, Locale locale) {
		return change(id, redirect, locale, () -> this.groups.removeLiaison(user, id, username));
	}

	private String change(long id, RedirectAttributes redirect, Locale locale, Runnable change) {
		return this.forms.run(change, "group.saved", "/deputies/groups/" + id, redirect, locale);
	}

}
