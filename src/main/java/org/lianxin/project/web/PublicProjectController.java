package org.lianxin.project.web;

import java.time.Clock;
import java.time.LocalDate;

import org.lianxin.project.internal.Projects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The year's projects for everyone, on a phone, without signing in. */
@Controller
class PublicProjectController {

	private final Projects projects;

	private final Clock clock;

	PublicProjectController(Projects projects, Clock clock) {
		this.projects = projects;
		this.clock = clock;
	}

	@GetMapping("/public/projects")
	String list(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			Model model) {
		int shown = (year != null) ? year : LocalDate.now(this.clock).getYear();
		model.addAttribute("projects", this.projects.published(region, shown));
		model.addAttribute("year", shown);
		model.addAttribute("region", region);
		return "public/projects";
	}

}
