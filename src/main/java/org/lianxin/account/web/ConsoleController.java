package org.lianxin.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's start page: what the signed-in user can reach from here. */
@Controller
class ConsoleController {

	@GetMapping("/console")
	String console() {
		return "account/console";
	}

}
