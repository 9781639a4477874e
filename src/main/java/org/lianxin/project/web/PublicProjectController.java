package org.lianxin.project.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.platform.web.PageOf;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.project.internal.ProjectComments;
import org.lianxin.project.internal.ProjectParts;
import org.lianxin.project.internal.ProjectRatings;
import org.lianxin.project.internal.Projects;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The year's projects for everyone, on a phone, without signing in; and the candidates
 * not yet voted on, which anyone may comment on with a phone number. A comment is
 * answered on the page itself (there is no session to carry a message over a redirect).
 */
@Controller
@Tag(name = "Public projects")
class PublicProjectController {

	private static final int PAGE_SIZE = 20;

	private final Projects projects;

	private final ProjectRatings ratings;

	private final ProjectComments comments;

	private final MessageSource messages;

	private final ProjectParts parts;

	private final Clock clock;

	PublicProjectController(Projects projects, ProjectRatings ratings, ProjectComments comments, MessageSource messages,
			ProjectParts parts, Clock clock) {
		this.parts = parts;
		this.ratings = ratings;
		this.projects = projects;
		this.comments = comments;
		this.messages = messages;
		this.clock = clock;
	}

	/** A member of the public's comment on a candidate. */
	record PublicComment(String phone, String body) {
	}

	@GetMapping("/public/projects")
	String list(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int shown = (year != null) ? year : LocalDate.now(this.clock).getYear();
		PageOf<Projects.Row> shownPage = PageOf.read(page, PAGE_SIZE,
				(offset, limit) -> this.projects.published(region, shown, offset, limit));
		List<Projects.Row> published = shownPage.rows();
		model.addAttribute("page", shownPage);
		model.addAttribute("projects", published);
		model.addAttribute("ratings", this.ratings.of(published.stream().map(Projects.Row::id).toList()));
		model.addAttribute("parts", this.parts.partsOf(published.stream().map(Projects.Row::id).toList()));
		// whether candidates wait for comments: they have a page of their own, so that
		// this one stays light enough to be served like a QR landing page
		model.addAttribute("candidatesWaiting", !this.comments.candidates(region, shown, shown + 1, 0, 1).isEmpty());
		model.addAttribute("year", shown);
		model.addAttribute("region", region);
		return "public/projects";
	}

	/**
	 * The candidates of the year shown and of the next, which the next session votes on,
	 * each with its comment form.
	 */
	@GetMapping("/public/projects/candidates")
	String candidates(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int shown = (year != null) ? year : LocalDate.now(this.clock).getYear();
		PageOf<ProjectComments.Candidate> shownPage = PageOf.read(page, PAGE_SIZE,
				(offset, limit) -> this.comments.candidates(region, shown, shown + 1, offset, limit));
		model.addAttribute("page", shownPage);
		model.addAttribute("candidates", shownPage.rows());
		model.addAttribute("year", shown);
		model.addAttribute("region", region);
		return "public/project-candidates";
	}

	@PostMapping("/public/projects/{id}/comments")
	ModelAndView comment(@PathVariable long id, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String body, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model,
			Locale locale) {
		String view = candidates(region, year, page, model);
		try {
			this.comments.comment(id, phone, body);
			model.addAttribute("commented", id);
			return new ModelAndView(view, model.asMap());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("problemAt", id);
			model.addAttribute("problem",
					ex.each()
						.stream()
						.map(each -> this.messages.getMessage(each.messageKey(), each.arguments(), locale))
						.toList());
			return new ModelAndView(view, model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	@Operation(summary = "Comment on a candidate project, without signing in (a phone number is required)",
			description = "The phone is checked as the public opinion form checks it; the office sees it masked. "
					+ "A missing or invalid phone or an empty comment answers 409 and writes nothing; a project "
					+ "that is not a candidate answers 404.")
	@PostMapping("/api/v1/public/projects/{id}/comments")
	@ResponseBody
	ResponseEntity<Void> commentByApi(@PathVariable long id, @RequestBody PublicComment body) {
		this.comments.comment(id, body.phone(), body.body());
		return ResponseEntity.noContent().build();
	}

}
