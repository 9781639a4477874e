package org.lianxin.survey.web;

import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.survey.internal.PublicVoting;
import org.lianxin.survey.internal.Survey;

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
 * A public survey on a phone, without signing in: one vote per phone number. The page
 * answers the vote itself (there is no session to carry a message over a redirect).
 */
@Controller
@Tag(name = "Public surveys")
class PublicSurveyController {

	private final PublicVoting voting;

	private final MessageSource messages;

	PublicSurveyController(PublicVoting voting, MessageSource messages) {
		this.voting = voting;
		this.messages = messages;
	}

	/** A member of the public's ballot: their phone number and one answer per item. */
	record PublicBallot(String phone, java.util.List<Short> answers) {
	}

	@GetMapping("/public/vote/{id}")
	String ballot(@PathVariable long id, Model model) {
		model.addAttribute("survey", this.voting.ballotFor(id));
		return "survey/public-ballot";
	}

	@PostMapping("/public/vote/{id}")
	ModelAndView cast(@PathVariable long id, @RequestParam(defaultValue = "") String phone,
			@RequestParam Map<String, String> fields, Model model, Locale locale) {
		Survey survey = this.voting.ballotFor(id);
		model.addAttribute("survey", survey);
		try {
			this.voting.cast(id, phone, BallotForm.answers(fields, survey.items().size()));
			model.addAttribute("voted", true);
			return new ModelAndView("survey/public-ballot", model.asMap());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("problem", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return new ModelAndView("survey/public-ballot", model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	@Operation(summary = "Vote in a public survey, once per phone number, without signing in",
			description = "The phone is checked as the public opinion form checks it and kept only as the roll's "
					+ "keyed hash. A missing or invalid phone, a second vote from the same number, a vote outside "
					+ "the voting time or answers not fitting the items answer 409 and write nothing.")
	@PostMapping("/api/v1/public/surveys/{id}/ballots")
	@ResponseBody
	ResponseEntity<Void> castByApi(@PathVariable long id, @RequestBody PublicBallot body) {
		this.voting.cast(id, body.phone(), Answers.of(body.answers()));
		return ResponseEntity.noContent().build();
	}

}
