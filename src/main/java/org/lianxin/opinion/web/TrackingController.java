package org.lianxin.opinion.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lianxin.opinion.OpinionWorkflow;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.opinion.internal.CitizenCases.CitizenView;
import org.lianxin.opinion.internal.CitizenCases;
import org.lianxin.platform.web.ClientAddresses;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A citizen follows their case: by the private link, or by the tracking code and the last
 * four digits of their phone; and rates the result once the reply reached them.
 */
@Controller
class TrackingController {

	private final CitizenCases citizenCases;

	private final OpinionWorkflow workflow;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ClientAddresses clients;

	private final Clock clock;

	TrackingController(CitizenCases citizenCases, OpinionWorkflow workflow, ClientAddresses clients, Clock clock) {
		this.citizenCases = citizenCases;
		this.clients = clients;
		this.clock = clock;
		this.workflow = workflow;
	}

	@GetMapping("/track")
	String lookupForm() {
		return "opinion/track-lookup";
	}

	@PostMapping("/track")
	Object lookup(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String lastFour,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		CitizenCases.Lookup lookup = this.citizenCases.lookUp(code, lastFour, this.clients.keyOf(request));
		if (lookup.found()) {
			return "redirect:/track/" + lookup.linkToken();
		}
		model.addAttribute("code", code);
		if (lookup.throttled()) {
			Instant now = this.clock.instant();
			response.setHeader(HttpHeaders.RETRY_AFTER,
					String.valueOf(Math.max(1, Duration.between(now, lookup.retryAt()).toSeconds() + 1)));
			// rounded up to the minute, so the time shown is never early
			Instant shown = lookup.retryAt().plusSeconds(59).truncatedTo(ChronoUnit.MINUTES);
			model.addAttribute("retryAt", TIME.format(shown.atZone(this.clock.getZone())));
			return new ModelAndView("opinion/track-lookup", model.asMap(), HttpStatus.TOO_MANY_REQUESTS);
		}
		model.addAttribute("notFound", true);
		return new ModelAndView("opinion/track-lookup", model.asMap(), HttpStatus.NOT_FOUND);
	}

	@GetMapping("/track/{token}")
	String track(@PathVariable String token, @RequestParam(name = "new", required = false) String justSubmitted,
			@RequestParam(required = false) String again, @RequestParam(required = false) String rated, Model model) {
		model.addAttribute("justSubmitted", justSubmitted != null);
		model.addAttribute("submittedAgain", again != null);
		model.addAttribute("changesDropped", "changed".equals(again));
		model.addAttribute("rated", rated != null);
		return page(token, model);
	}

	/**
	 * The citizen's verdict. Errors re-show the page (no session for citizens, so no
	 * flash messages); success comes back to it with {@code ?rated}.
	 */
	@PostMapping("/track/{token}/rating")
	Object rate(@PathVariable String token, @RequestParam(required = false) Satisfaction verdict,
			@RequestParam(defaultValue = "") String comment, Model model) {
		CitizenView view = this.citizenCases.forCitizen(token).orElseThrow(() -> new NotFoundException("case"));
		String error = (verdict == null) ? "opinion.rating.required"
				: (comment.length() > 500) ? "opinion.rating.too-long" : null;
		if (error == null) {
			try {
				this.workflow.rateOnline(view.id(), verdict, comment);
				return "redirect:/track/" + token + "?rated";
			}
			catch (RuleViolationException ex) {
				error = ex.messageKey();
			}
		}
		model.addAttribute("ratingError", error);
		model.addAttribute("comment", comment);
		return new ModelAndView(page(token, model), model.asMap(), HttpStatus.BAD_REQUEST);
	}

	private String page(String token, Model model) {
		CitizenView view = this.citizenCases.forCitizen(token).orElseThrow(() -> new NotFoundException("case"));
		model.addAttribute("view", view);
		model.addAttribute("token", token);
		model.addAttribute("verdicts", Satisfaction.values());
		return "opinion/track";
	}

}
