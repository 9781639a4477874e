package org.lianxin.suggestion.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.suggestion.internal.PromiseKeeping;
import org.lianxin.suggestion.internal.Reply;
import org.lianxin.suggestion.internal.ReplyItem;
import org.lianxin.suggestion.internal.SuggestionDetail;
import org.lianxin.suggestion.internal.SuggestionFiling;
import org.lianxin.suggestion.internal.SuggestionPermissions;
import org.lianxin.suggestion.internal.SuggestionQueries;
import org.lianxin.suggestion.internal.SuggestionWorkflow;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One endpoint per step of a suggestion. A step the state does not allow answers 409 with
 * a message; a missing field 400; a step the caller's role does not take 403; a
 * suggestion outside the caller's scope 404. Each answers the suggestion as it now is
 * (204 when the caller no longer sees it).
 */
@RestController
@RequestMapping("/api/v1/suggestions")
@Tag(name = "Suggestions")
@PreAuthorize("hasAuthority('" + SuggestionPermissions.VIEW + "')")
class SuggestionStepsApi {

	private final SuggestionWorkflow workflow;

	private final SuggestionFiling filing;

	private final PromiseKeeping promises;

	private final SuggestionQueries queries;

	SuggestionStepsApi(SuggestionWorkflow workflow, SuggestionFiling filing, PromiseKeeping promises,
			SuggestionQueries queries) {
		this.workflow = workflow;
		this.filing = filing;
		this.promises = promises;
		this.queries = queries;
	}

	@Operation(summary = "附议: the caller's own deputy confirms co-signing")
	@PostMapping("/{id}/co-sign")
	ResponseEntity<SuggestionDetail> coSign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		if (!this.workflow.visible(user, id)) {
			throw new NotFoundException("suggestion " + id);
		}
		this.filing.coSign(user, id);
		return now(user, id);
	}

	@Operation(summary = "提出 a draft (an opinion converted into a suggestion) as the caller's own deputy completed it")
	@PostMapping("/{id}/file")
	ResponseEntity<SuggestionDetail> fileDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody SuggestionApiController.Filing body) {
		if (!this.workflow.visible(user, id)) {
			throw new NotFoundException("suggestion " + id);
		}
		this.filing.fileDraft(user, id, body.content(), (body.coSignerIds() != null) ? body.coSignerIds() : Set.of());
		return now(user, id);
	}

	@Operation(summary = "立案: register under the next number of its congress and session")
	@PostMapping("/{id}/register")
	ResponseEntity<SuggestionDetail> register(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.workflow.register(user, id);
		return now(user, id);
	}

	@Operation(summary = "不予立案, with the reason")
	@PostMapping("/{id}/decline")
	ResponseEntity<SuggestionDetail> decline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StepBodies.Reason body) {
		this.workflow.decline(user, id, body.reason());
		return now(user, id);
	}

	@Operation(summary = "并案 into another open suggestion of the same congress")
	@PostMapping("/{id}/merge")
	ResponseEntity<SuggestionDetail> merge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StepBodies.Merge body) {
		this.workflow.merge(user, id, body.into(), body.note());
		return now(user, id);
	}

	@Operation(summary = "重点建议, with its supervising leader (督办领导)")
	@PostMapping("/{id}/mark-key")
	ResponseEntity<SuggestionDetail> markKey(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StepBodies.Leader body) {
		this.workflow.markKey(user, id, body.leader());
		return now(user, id);
	}

	@Operation(summary = "交办 to one lead agency and any co-handling agencies")
	@PostMapping("/{id}/assign")
	ResponseEntity<SuggestionDetail> assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StepBodies.Assign body) {
		this.workflow.assign(user, id, body.leadAgencyId(),
				(body.coAgencyIds() != null) ? body.coAgencyIds() : Set.of());
		return now(user, id);
	}

	@Operation(summary = "重新交办")
	@PostMapping("/{id}/reassign")
	ResponseEntity<SuggestionDetail> reassign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StepBodies.Assign body) {
		this.workflow.reassign(user, id, body.leadAgencyId(),
				(body.coAgencyIds() != null) ? body.coAgencyIds() : Set.of());
		return now(user, id);
	}

	@Operation(summary = "签收 by the lead agency")
	@PostMapping("/{id}/sign")
	ResponseEntity<SuggestionDetail> sign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.workflow.sign(user, id);
		return now(user, id);
	}

	@Operation(summary = "申退: the lead agency asks to return it, within 5 working days of assignment")
	@PostMapping("/{id}/request-return")
	ResponseEntity<SuggestionDetail> requestReturn(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StepBodies.Reason body) {
		this.workflow.requestReturn(user, id, body.reason());
		return now(user, id);
	}

	@Operation(summary = "The office grants (back to assignment) or refuses (the agency signs) a return")
	@PostMapping("/{id}/decide-return")
	ResponseEntity<SuggestionDetail> decideReturn(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StepBodies.Decision body) {
		this.workflow.decideReturn(user, id, body.approved(), body.note());
		return now(user, id);
	}

	@Operation(summary = "协办意见: a co-handling agency's view for the lead, once a round")
	@PostMapping("/{id}/co-view")
	ResponseEntity<SuggestionDetail> coView(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StepBodies.View body) {
		this.workflow.coView(user, id, body.view());
		return now(user, id);
	}

	@Operation(summary = "沟通联系: the lead records contact with the deputy (required before the reply)")
	@PostMapping("/{id}/contact")
	ResponseEntity<SuggestionDetail> contact(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StepBodies.Contact body) {
		this.workflow.contact(user, id, body.mode(), body.note());
		return now(user, id);
	}

	@Operation(summary = "申请延期: months more (never past 6 months from assignment), with the explanation to the deputy")
	@PostMapping("/{id}/extend")
	ResponseEntity<SuggestionDetail> extend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StepBodies.Extend body) {
		this.workflow.requestExtension(user, id, body.months(), body.explanation());
		return now(user, id);
	}

	@Operation(summary = "审批延期")
	@PostMapping("/{id}/decide-extension")
	ResponseEntity<SuggestionDetail> decideExtension(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StepBodies.Decision body) {
		this.workflow.decideExtension(user, id, body.approved(), body.note());
		return now(user, id);
	}

	@Operation(summary = "答复: result class A/B/C/D, text, signatory; B and C list each promised item with its due date")
	@PostMapping("/{id}/reply")
	ResponseEntity<SuggestionDetail> reply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StepBodies.ReplyBody body) {
		List<ReplyItem> items = (body.items() != null)
				? body.items().stream().map(item -> new ReplyItem(item.text(), item.dueOn())).toList() : List.of();
		this.workflow.reply(user, id, new Reply(body.resultClass(), body.text(), body.signatory(),
				Boolean.TRUE.equals(body.publish()), items));
		return now(user, id);
	}

	@Operation(summary = "办复审查: accept the reply; its promised items start their clocks")
	@PostMapping("/{id}/review")
	ResponseEntity<SuggestionDetail> review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.workflow.acceptReply(user, id);
		return now(user, id);
	}

	@Operation(summary = "办复审查: send the reply back to the agency, with the reason")
	@PostMapping("/{id}/send-back")
	ResponseEntity<SuggestionDetail> sendBack(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StepBodies.Reason body) {
		this.workflow.sendBack(user, id, body.reason());
		return now(user, id);
	}

	@Operation(summary = "评价 by the caller's own deputy: handling and result separately; 不满意 starts re-handling")
	@PostMapping("/{id}/rate")
	ResponseEntity<SuggestionDetail> rate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StepBodies.Rating body) {
		this.workflow.rate(user, id, body.handling(), body.result());
		return now(user, id);
	}

	@Operation(summary = "办结; a reason is required while promised items are open or a verdict is missing")
	@PostMapping("/{id}/close")
	ResponseEntity<SuggestionDetail> close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody(required = false) StepBodies.Note body) {
		this.workflow.close(user, id, (body != null) ? body.note() : null);
		return now(user, id);
	}

	@Operation(summary = "推进会: a question of the mid-year progress meeting and its answer")
	@PostMapping("/{id}/meeting-note")
	ResponseEntity<SuggestionDetail> meetingNote(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody StepBodies.Reason body) {
		this.workflow.meetingNote(user, id, body.reason());
		return now(user, id);
	}

	@Operation(summary = "承诺事项: the agency reports it done, or not yet with the new day")
	@PostMapping("/promises/{promiseId}/report")
	ResponseEntity<Void> report(@AuthenticationPrincipal CurrentUser user, @PathVariable long promiseId,
			@Valid @RequestBody StepBodies.Report body) {
		this.promises.report(user, promiseId, body.done(), body.note(), body.newDueOn());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "承诺事项: the lead deputy confirms it kept, or not")
	@PostMapping("/promises/{promiseId}/confirm")
	ResponseEntity<Void> confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long promiseId,
			@Valid @RequestBody StepBodies.Kept body) {
		this.promises.confirm(user, promiseId, body.kept());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "承诺事项: the office closes an open item, with the reason")
	@PostMapping("/promises/{promiseId}/close")
	ResponseEntity<Void> closePromise(@AuthenticationPrincipal CurrentUser user, @PathVariable long promiseId,
			@Valid @RequestBody StepBodies.Reason body) {
		this.promises.close(user, promiseId, body.reason());
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<SuggestionDetail> now(CurrentUser user, long id) {
		return this.queries.detail(user, id)
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

}
