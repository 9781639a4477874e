package org.lianxin.opinion.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.lianxin.account.CurrentUser;
import org.lianxin.opinion.ContactChannel;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.OpinionWorkflow;
import org.lianxin.opinion.Receipt;
import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.opinion.Submission;
import org.lianxin.opinion.internal.CaseRow;
import org.lianxin.opinion.internal.Figure;
import org.lianxin.opinion.internal.OpinionFilter;
import org.lianxin.opinion.internal.OpinionPermissions;
import org.lianxin.opinion.internal.OpinionQueries.CaseDetail;
import org.lianxin.opinion.internal.OpinionQueries;
import org.lianxin.opinion.internal.OpinionStatus;
import org.lianxin.platform.publiccode.PublicUrls;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.Fingerprints;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The loop for staff systems: cases in the caller's scope, one case with its history, and
 * one endpoint per step. A step the case's state does not allow answers 409 with a
 * message; one the caller's role does not take, 403; a case outside the scope, 404.
 */
@RestController
@RequestMapping("/api/v1/opinions")
@Tag(name = "Opinions")
@PreAuthorize("hasAuthority('" + OpinionPermissions.CASE_VIEW + "')")
class OpinionApiController {

	private final OpinionQueries queries;

	private final OpinionWorkflow workflow;

	private final OpinionIntake intake;

	private final PublicUrls urls;

	OpinionApiController(OpinionQueries queries, OpinionWorkflow workflow, OpinionIntake intake, PublicUrls urls) {
		this.queries = queries;
		this.workflow = workflow;
		this.intake = intake;
		this.urls = urls;
	}

	@Operation(summary = "Cases in the caller's scope, newest first",
			description = "Keyset paging: pass the X-Next-Before header of one page as 'before' to get the next; "
					+ "the header is absent on the last page. 'status' may repeat. from/to select by the day a case was "
					+ "collected; 'figure' lists exactly the cases a figure of /stats counts.")
	@GetMapping
	ResponseEntity<List<CaseRow>> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String region, @RequestParam(required = false) Long category,
			@RequestParam(required = false) Set<OpinionStatus> status, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) IntakeChannel channel,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) Figure figure, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "50") int size) {
		OpinionQueries.CasePage page = this.queries.list(user,
				new OpinionFilter(region, category, status, agency, overdue, channel, from, to, figure, before, size));
		var response = ResponseEntity.ok();
		if (page.next() != null) {
			response.header("X-Next-Before", String.valueOf(page.next()));
		}
		return response.body(page.rows());
	}

	/** A case recorded for a citizen by staff. */
	record Recording(@NotNull IntakeChannel channel, @NotBlank String categoryCode, @NotBlank String regionCode,
			@NotBlank @Size(max = 2000) String description, @Size(max = 200) String place, BigDecimal latitude,
			BigDecimal longitude, @Size(max = 32) String citizenName, String phone, @Size(max = 254) String email,
			Boolean publishConsent, Boolean urgent, LocalDate collectedOn, Long deputyId, Long venueId) {
	}

	/** What a recording answers: the case and how the citizen follows it. */
	record Recorded(long id, String trackingCode, String trackingUrl, boolean replayed) {
	}

	@Operation(summary = "Record a case collected offline (DEPUTY, STATION), by phone (HOTLINE) or by letter (LETTER)",
			description = "Send an Idempotency-Key header: a retry with the same key and body answers the first case "
					+ "again (200), the same key with another body answers 409 and saves nothing. "
					+ "collectedOn in an earlier month than today marks the case as entered late (当月上传).")
	@PostMapping
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CASE_RECORD + "')")
	ResponseEntity<Recorded> record(@AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, @Valid @RequestBody Recording body) {
		Receipt receipt = this.intake.record(user,
				new Submission(body.channel(), body.categoryCode(), body.regionCode(), body.deputyId(), body.venueId(),
						body.description(), body.place(), body.latitude(), body.longitude(), body.citizenName(),
						body.phone(), body.email(), Boolean.TRUE.equals(body.publishConsent()),
						Boolean.TRUE.equals(body.urgent()), List.of(), null, body.collectedOn(),
						// a caller's keys are its own: nobody can claim another's
						(key == null || key.isBlank()) ? null : "api:" + user.id() + ":" + key.strip(),
						Fingerprints.of(body.toString())));
		Recorded recorded = new Recorded(receipt.id(), receipt.trackingCode(),
				this.urls.of("/track/" + receipt.linkToken()), receipt.replayed());
		return receipt.replayed() ? ResponseEntity.ok(recorded)
				: ResponseEntity.created(URI.create("/api/v1/opinions/" + receipt.id())).body(recorded);
	}

	@Operation(summary = "One case with its history; the citizen's phone only masked")
	@GetMapping("/{id}")
	CaseDetail get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.queries.detail(user, id).orElseThrow(() -> new NotFoundException("opinion " + id));
	}

	record Assign(@NotNull Long leadAgencyId, Set<Long> coAgencyIds, @Size(max = 2000) String note) {
	}

	@Operation(summary = "交办: assign to a lead agency and any co-handling agencies")
	@PostMapping("/{id}/assign")
	CaseDetail assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Assign body) {
		this.workflow.assign(user, id, body.leadAgencyId(),
				(body.coAgencyIds() != null) ? body.coAgencyIds() : Set.of(), body.note());
		return get(user, id);
	}

	@Operation(summary = "签收: the lead agency signs for the case")
	@PostMapping("/{id}/sign")
	CaseDetail sign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.workflow.sign(user, id);
		return get(user, id);
	}

	record Reason(@NotBlank @Size(max = 2000) String reason) {
	}

	@Operation(summary = "退回: the lead agency returns a wrongly assigned case, with a reason",
			description = "Answers 204: the returned case is no longer the agency's to see.")
	@PostMapping("/{id}/return")
	ResponseEntity<CaseDetail> returnToTriage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Reason body) {
		this.workflow.returnToTriage(user, id, body.reason());
		return this.queries.detail(user, id)
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	record Extend(@NotNull @Min(1) @Max(30) Integer days, @NotBlank @Size(max = 500) String reason) {
	}

	@Operation(summary = "申请延期: the lead agency asks for more working days")
	@PostMapping("/{id}/extend")
	CaseDetail extend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Extend body) {
		this.workflow.requestExtension(user, id, body.days(), body.reason());
		return get(user, id);
	}

	record Decision(@NotNull Boolean approved, @Size(max = 2000) String note) {
	}

	@Operation(summary = "审批延期: grant or refuse the extension asked for")
	@PostMapping("/{id}/approve-extension")
	CaseDetail approveExtension(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Decision body) {
		this.workflow.decideExtension(user, id, body.approved(), body.note());
		return get(user, id);
	}

	record Reply(@NotNull ResultClass result, @NotBlank @Size(max = 2000) String text) {
	}

	@Operation(summary = "答复: the lead agency's reply with its result class A/B/C/D")
	@PostMapping("/{id}/reply")
	CaseDetail reply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @RequestBody Reply body) {
		this.workflow.reply(user, id, body.result(), body.text());
		return get(user, id);
	}

	record Feedback(@NotNull ContactChannel channel, @NotBlank @Size(max = 2000) String text) {
	}

	@Operation(summary = "反馈: the office tells the citizen the reply")
	@PostMapping("/{id}/feedback")
	CaseDetail feedback(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Feedback body) {
		this.workflow.feedback(user, id, body.channel(), body.text());
		return get(user, id);
	}

	record Visit(@NotNull Satisfaction verdict, @NotNull ContactChannel channel, @Size(max = 2000) String comment) {
	}

	@Operation(summary = "回访: the citizen's verdict; UNSATISFIED reopens the case for a second handling")
	@PostMapping("/{id}/visit")
	CaseDetail visit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @RequestBody Visit body) {
		this.workflow.visit(user, id, body.verdict(), body.channel(), body.comment());
		return get(user, id);
	}

	record Note(@Size(max = 2000) String note) {
	}

	@Operation(summary = "办结: close after the visit (a note is required when there was none)")
	@PostMapping("/{id}/close")
	CaseDetail close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody(required = false) Note body) {
		this.workflow.close(user, id, (body != null) ? body.note() : null);
		return get(user, id);
	}

	@Operation(summary = "不予受理: decline, with the reason the citizen is told")
	@PostMapping("/{id}/decline")
	CaseDetail decline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Reason body) {
		this.workflow.decline(user, id, body.reason());
		return get(user, id);
	}

	record Merge(@NotNull Long into, @Size(max = 2000) String note) {
	}

	@Operation(summary = "并案: merge into another open case; the citizen follows that one")
	@PostMapping("/{id}/merge")
	CaseDetail merge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @RequestBody Merge body) {
		this.workflow.merge(user, id, body.into(), body.note());
		return get(user, id);
	}

	record Answer(@NotBlank @Size(max = 2000) String text) {
	}

	@Operation(summary = "直接答复: the deputy or office answers without an agency")
	@PostMapping("/{id}/answer-directly")
	CaseDetail answerDirectly(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Answer body) {
		this.workflow.answerDirectly(user, id, body.text());
		return get(user, id);
	}

	record Convert(@NotBlank @Size(max = 2000) String note) {
	}

	@Operation(summary = "转为代表建议: the case becomes a deputy's suggestion")
	@PostMapping("/{id}/convert")
	CaseDetail convert(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Convert body) {
		this.workflow.convert(user, id, body.note());
		return get(user, id);
	}

}
