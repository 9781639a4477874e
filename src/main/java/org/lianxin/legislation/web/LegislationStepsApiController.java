package org.lianxin.legislation.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.legislation.internal.ConsultationView;
import org.lianxin.legislation.internal.Consultations;
import org.lianxin.legislation.internal.DraftOpinions;
import org.lianxin.legislation.internal.LegislationPermissions;
import org.lianxin.legislation.internal.Merging;
import org.lianxin.legislation.internal.NewConsultation;
import org.lianxin.legislation.internal.NewDraftOpinion;
import org.lianxin.legislation.internal.OpinionChannel;
import org.lianxin.legislation.internal.Rosters;
import org.lianxin.platform.web.Paging;

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
 * The six steps for other systems, one endpoint each, with the same rules and messages as
 * the pages: receive (接收任务), import the draft and publish (发布征集), gather (收集意见), merge
 * (整理归纳), report (报送) and record the answer (反馈).
 */
@RestController
@RequestMapping("/api/v1/legislation/consultations")
@Tag(name = "Legislative consultation")
@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_VIEW + "')")
class LegislationStepsApiController {

	private static final int PAGE_SIZE = 100;

	private static final int MAX_KEY = 60;

	private final Consultations consultations;

	private final DraftOpinions opinions;

	private final Merging merging;

	private final Rosters rosters;

	LegislationStepsApiController(Consultations consultations, DraftOpinions opinions, Merging merging,
			Rosters rosters) {
		this.consultations = consultations;
		this.opinions = opinions;
		this.merging = merging;
		this.rosters = rosters;
	}

	record Received(long pointId, String sourceLevel, String sourceBody, String title, LocalDate receivedOn,
			LocalDate answerDueOn) {
	}

	record Draft(String text, String note) {
	}

	record Given(Integer article, Integer paragraph, String text, Long informantId, Long meetingId, String citizenName,
			String phone) {
	}

	record Tracking(String trackingToken) {
	}

	record Merge(List<Long> opinionIds, String text, String reason) {
	}

	record MergedId(long id) {
	}

	record Report(String lateReason) {
	}

	record Answer(String outcome, String outcomeReason) {
	}

	@Operation(summary = "1 接收任务: receive a consultation on a draft for a point in the caller's scope")
	@PostMapping
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	ResponseEntity<ConsultationView> receive(@AuthenticationPrincipal CurrentUser user, @RequestBody Received body) {
		long id = this.consultations.receive(user, new NewConsultation(body.pointId(), body.sourceLevel(),
				body.sourceBody(), body.title(), body.receivedOn(), body.answerDueOn()));
		return ResponseEntity.status(201).body(this.consultations.get(user, id));
	}

	@Operation(summary = "A consultation and the step it is at")
	@GetMapping("/{id}")
	ConsultationView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.consultations.get(user, id);
	}

	@Operation(summary = "2a The draft's text (第X章 / 第X条 numbering); a later one is a new version")
	@PostMapping("/{id}/drafts")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	ConsultationView importDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody Draft body) {
		this.consultations.importDraft(user, id, body.text(), body.note());
		return this.consultations.get(user, id);
	}

	@Operation(summary = "2b 发布征集: open the draft for opinions")
	@PostMapping("/{id}/publish")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	ConsultationView publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.consultations.publish(user, id);
		return this.consultations.get(user, id);
	}

	@Operation(summary = "3 收集意见: an opinion handed in by an informant or a citizen",
			description = "Send an Idempotency-Key header: a retry with the same key answers the first opinion "
					+ "and writes nothing more.")
	@PostMapping("/{id}/opinions")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	ResponseEntity<Tracking> give(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody Given body) {
		ConsultationView consultation = this.consultations.get(user, id);
		long point = OpinionPlaces.pointOf(this.rosters, consultation, body.informantId());
		OpinionChannel channel = (body.meetingId() != null) ? OpinionChannel.MEETING : OpinionChannel.INFORMANT;
		String token = this.opinions
			.give(new NewDraftOpinion(id, body.article(), body.paragraph(), body.text(), channel, point,
					body.informantId(), body.meetingId(), body.citizenName(), body.phone(), idempotencyKey(user, key)),
					user.id());
		return ResponseEntity.status(201).body(new Tracking(token));
	}

	@Operation(summary = "The opinions on one article (0: on the whole draft), a page of 100, oldest first")
	@GetMapping("/{id}/opinions")
	List<DraftOpinions.OpinionRow> opinions(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int article, @RequestParam(defaultValue = "0") int page) {
		this.consultations.get(user, id);
		return this.opinions.onArticle(id, article, Paging.offset(page, PAGE_SIZE), PAGE_SIZE);
	}

	@Operation(summary = "3b Close gathering: the consultation moves on to merging")
	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	ConsultationView close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.consultations.closeGathering(user, id);
		return this.consultations.get(user, id);
	}

	@Operation(summary = "4a Groups of unmerged opinions on an article that read alike (bigram similarity)")
	@GetMapping("/{id}/merge-suggestions")
	List<List<Merging.Unmerged>> suggestions(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int article) {
		this.consultations.get(user, id);
		return this.merging.suggestions(id, article);
	}

	@Operation(summary = "4b 整理归纳: merge opinions on one article into one that keeps its sources")
	@PostMapping("/{id}/merges")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	ResponseEntity<MergedId> merge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody Merge body) {
		return ResponseEntity.status(201)
			.body(new MergedId(this.merging.merge(user, id, body.opinionIds(), body.text(), body.reason())));
	}

	@Operation(summary = "4c Undo a merge before the report: its opinions are unmerged again (409 once reported)")
	@PostMapping("/{id}/merged/{mergedId}/undo")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	ResponseEntity<Void> undo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long mergedId) {
		this.merging.undo(user, id, mergedId);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The merged opinions, article by article, with their sources counted and their answers")
	@GetMapping("/{id}/merged")
	List<Merging.MergedRow> merged(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.consultations.get(user, id);
		return this.merging.of(id);
	}

	@Operation(summary = "5 报送: report all merged opinions upward; after the deadline only with lateReason")
	@PostMapping("/{id}/report")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	ConsultationView report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) Report body) {
		this.merging.report(user, id, (body != null) ? body.lateReason() : null);
		return this.consultations.get(user, id);
	}

	@Operation(summary = "6 反馈: the legislature's answer on one reported merged opinion",
			description = "outcome: ADOPTED, PARTLY_ADOPTED or NOT_ADOPTED (then with outcomeReason).")
	@PostMapping("/{id}/merged/{mergedId}/answer")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	ConsultationView answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long mergedId, @RequestBody Answer body) {
		this.merging.answer(user, id, mergedId, body.outcome(), body.outcomeReason());
		return this.consultations.get(user, id);
	}

	/** A caller's keys are its own: nobody can claim another's opinion. */
	private static String idempotencyKey(CurrentUser user, String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		String own = key.strip();
		return "api:" + user.id() + ":" + ((own.length() > MAX_KEY) ? own.substring(0, MAX_KEY) : own);
	}

}
