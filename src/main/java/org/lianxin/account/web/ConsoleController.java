package org.lianxin.account.web;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.internal.Workbench;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's start page, the workbench (工作台): what waits for the signed-in user now,
 * each count opening its list, and the last seven days in their scope. The menu stays in
 * the sidebar.
 */
@Controller
class ConsoleController {

	private final Workbench workbench;

	ConsoleController(Workbench workbench) {
		this.workbench = workbench;
	}

	@GetMapping("/console")
	String console(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("waiting", this.workbench.waitingFor(user));
		model.addAttribute("trends", this.workbench.trendsFor(user));
		return "account/console";
	}

}
