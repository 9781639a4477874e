package org.lianxin.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public front page, for citizens on a phone; staff find their way to the console
 * from it.
 */
@Controller
class PublicHomeController {

	@GetMapping("/")
	String home() {
		return "public/home";
	}

}
