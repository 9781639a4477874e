package org.lianxin.suggestion.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.lianxin.platform.web.Fingerprints;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.suggestion.internal.Period;
import org.lianxin.suggestion.internal.SuggestionCategory;
import org.lianxin.suggestion.internal.SuggestionContent;
import org.lianxin.suggestion.internal.SuggestionDetail;
import org.lianxin.suggestion.internal.SuggestionFigure;
import org.lianxin.suggestion.internal.SuggestionFiling;
import org.lianxin.suggestion.internal.SuggestionFilter;
import org.lianxin.suggestion.internal.SuggestionPermissions;
import org.lianxin.suggestion.internal.SuggestionQueries;
import org.lianxin.suggestion.internal.SuggestionRate;
import org.lianxin.suggestion.internal.SuggestionRow;
import org.lianxin.suggestion.internal.SuggestionStatistics;
import org.lianxin.suggestion.internal.SuggestionStatus;

import org.springframework.context.MessageSource;
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
 * Deputies' suggestions for other systems: filing by the caller's own deputy, lists in
 * the caller's scope with keyset paging, one suggestion with its history, and the figures
 * with their definitions. The steps are in {@link SuggestionStepsApi}.
 */
@RestController
@RequestMapping("/api/v1/suggestions")
@Tag(name = "Suggestions")
@PreAuthorize("hasAuthority('" + SuggestionPermissions.VIEW + "')")
class SuggestionApiController {

	private final SuggestionQueries queries;

	private final SuggestionFiling filing;

	private final SuggestionStatistics statistics;

	private final MessageSource messages;

	SuggestionApiController(SuggestionQueries queries, SuggestionFiling filing, SuggestionStatistics statistics,
			MessageSource messages) {
		this.queries = queries;
		this.filing = filing;
		this.statistics = statistics;
		this.messages = messages;
	}

	@Operation(summary = "Suggestions in the caller's scope, newest first",
			description = "Keyset paging: pass the X-Next-Before header of one page as 'before' to get the next; it is "
					+ "absent on the last page. 'status' may repeat; from/to select by the day filed; 'figure' lists "
					+ "exactly the suggestions a figure of /stats counts.")
	@GetMapping
	ResponseEntity<List<SuggestionRow>> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String region, @RequestParam(required = false) Long congress,
			@RequestParam(required = false) Integer session,
			@RequestParam(required = false) Set<SuggestionStatus> status, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) SuggestionFigure figure,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int size) {
		SuggestionQueries.SuggestionPage page = this.queries.list(user, new SuggestionFilter(region, congress, session,
				status, agency, overdue, from, to, figure, before, size));
		var response = ResponseEntity.ok();
		if (page.next() != null) {
			response.header("X-Next-Before", String.valueOf(page.next()));
		}
		return response.body(page.rows());
	}

	/** A filing: the caller's own deputy files. */
	record Filing(@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 5000) String body,
			@NotNull SuggestionCategory category, Long congressId, Set<Long> coSignerIds,
			@Min(1) @Max(99) Integer sessionNumber, Period period, Long jointGroupId) {

		SuggestionContent content() {
			return new SuggestionContent(this.title, this.body, this.category,
					(this.sessionNumber != null) ? this.sessionNumber : 1,
					(this.period != null) ? this.period : Period.RECESS);
		}

	}

	record Filed(long id, boolean replayed) {
	}

	@Operation(summary = "File a suggestion as the caller's own deputy (提出)",
			description = "congressId may be left out when the deputy serves in one congress only. coSignerIds must be "
					+ "serving deputies of the same congress; each confirms on their own account (POST /{id}/co-sign). "
					+ "jointGroupId files jointly (联名) in the name of a deputy group the deputy serves in: its serving "
					+ "members become co-signers. "
					+ "Send an Idempotency-Key header: a retry with the same key and body answers the first suggestion "
					+ "again (200); the same key with another body answers 409 and saves nothing.")
	@PostMapping
	@PreAuthorize("hasAuthority('" + SuggestionPermissions.FILE + "')")
	ResponseEntity<Filed> file(@AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, @Valid @RequestBody Filing body) {
		SuggestionFiling.Filed filed = this.filing.file(user, body.congressId(), body.content(),
				(body.coSignerIds() != null) ? body.coSignerIds() : Set.of(), body.jointGroupId(), key,
				Fingerprints.of(body.toString()));
		Filed answer = new Filed(filed.id(), filed.replayed());
		return filed.replayed() ? ResponseEntity.ok(answer)
				: ResponseEntity.created(URI.create("/api/v1/suggestions/" + filed.id())).body(answer);
	}

	@Operation(summary = "One suggestion with its people, reply, promised items, verdicts and history")
	@GetMapping("/{id}")
	SuggestionDetail get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.queries.detail(user, id).orElseThrow(() -> new NotFoundException("suggestion " + id));
	}

	/** A rate with the words that define it. */
	record RateItem(SuggestionRate rate, String name, String definition, long numerator, long denominator,
			BigDecimal percent) {
	}

	record Stats(String region, Long congress, LocalDate from, LocalDate to, Map<SuggestionFigure, Long> figures,
			List<RateItem> rates) {
	}

	@Operation(summary = "Figures and rates within the caller's scope, each rate with its definition",
			description = "Suggestions count by the day they were filed. Each figure's suggestions are listed by "
					+ "GET /api/v1/suggestions?figure=<FIGURE> with the same filters.")
	@GetMapping("/stats")
	Stats stats(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long congress, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, Locale locale) {
		SuggestionStatistics.Report report = this.statistics.report(user,
				SuggestionFilter.of(region, congress, null, null, from, to));
		List<RateItem> rates = report.rates()
			.stream()
			.map(rate -> new RateItem(rate.rate(),
					this.messages.getMessage("suggestion.rate." + rate.rate() + ".name", null, locale),
					this.messages.getMessage("suggestion.rate." + rate.rate() + ".definition", null, locale),
					rate.numerator(), rate.denominator(), rate.percent()))
			.toList();
		return new Stats(region, congress, from, to, report.figures(), rates);
	}

}
