package org.lianxin.survey.web;

import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.lianxin.platform.web.ClientKey;
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
 * A public survey on a phone, without signing in: one vote per phone number, proved by a
 * code sent to it. The page answers the vote itself (there is no session to carry a
 * message over a redirect).
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

	/**
	 * A member of the public's ballot: their phone number, the code sent to it and one
	 * answer per item.
	 */
	record PublicBallot(String phone, String code, java.util.List<Short> answers) {
	}

	/** Whose phone is to receive the code that the ballot then asks for. */
	record CodeRequest(String phone) {
	}

	@GetMapping("/public/vote/{id}")
	String ballot(@PathVariable long id, Model model) {
		model.addAttribute("survey", this.voting.ballotFor(id));
		return "survey/public-ballot";
	}

	/**
	 * Sends the code to the phone typed, and shows the ballot again with the number kept.
	 */
	@PostMapping("/public/vote/{id}/code")
	ModelAndView sendCode(@PathVariable long id, @RequestParam(defaultValue = "") String phone, Model model,
			Locale locale) {
		model.addAttribute("survey", this.voting.ballotFor(id));
		model.addAttribute("phone", phone);
		try {
			this.voting.sendCode(id, phone);
			model.addAttribute("codeSent", true);
			return new ModelAndView("survey/public-ballot", model.asMap());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("problem", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return new ModelAndView("survey/public-ballot", model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	@PostMapping("/public/vote/{id}")
	ModelAndView cast(@PathVariable long id, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String code, @RequestParam Map<String, String> fields, Model model,
			Locale locale, HttpServletRequest request) {
		Survey survey = this.voting.ballotFor(id);
		model.addAttribute("survey", survey);
		model.addAttribute("phone", phone);
		try {
			this.voting.cast(id, phone, code, BallotForm.answers(fields, survey.items().size()), ClientKey.of(request));
			model.addAttribute("voted", true);
			return new ModelAndView("survey/public-ballot", model.asMap());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("problem", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return new ModelAndView("survey/public-ballot", model.asMap(), HttpStatus.BAD_REQUEST);
		}
	}

	@Operation(summary = "Send the code a public survey's ballot asks for to a phone, without signing in",
			description = "The code proves that whoever votes holds the number; it is valid for 10 to 20 minutes. "
					+ "A missing or invalid phone, or a survey not taking votes now, answers 409 and sends nothing.")
	@PostMapping("/api/v1/public/surveys/{id}/codes")
	@ResponseBody
	ResponseEntity<Void> sendCodeByApi(@PathVariable long id, @RequestBody CodeRequest body) {
		this.voting.sendCode(id, body.phone());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Vote in a public survey, once per phone number, without signing in",
			description = "The phone is checked as the public opinion form checks it, proved by the code sent to it "
					+ "(POST /api/v1/public/surveys/{id}/codes) and kept only as the roll's keyed hash. A missing or "
					+ "invalid phone, a missing, wrong or expired code, a second vote from the same number, a vote "
					+ "outside the voting time or answers not fitting the items answer 409 and write nothing.")
	@PostMapping("/api/v1/public/surveys/{id}/ballots")
	@ResponseBody
	ResponseEntity<Void> castByApi(@PathVariable long id, @RequestBody PublicBallot body, HttpServletRequest request) {
		this.voting.cast(id, body.phone(), body.code(), Answers.of(body.answers()), ClientKey.of(request));
		return ResponseEntity.noContent().build();
	}

}
