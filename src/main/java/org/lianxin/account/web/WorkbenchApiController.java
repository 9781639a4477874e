package org.lianxin.account.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.internal.Workbench;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Workbench")
class WorkbenchApiController {

	private final Workbench workbench;

	private final MessageSource messages;

	WorkbenchApiController(Workbench workbench, MessageSource messages) {
		this.workbench = workbench;
		this.messages = messages;
	}

	/**
	 * One count of waiting work.
	 *
	 * @param href the list page showing exactly the counted rows
	 */
	record Count(String key, String label, long count, String href) {
	}

	record Day(LocalDate day, long count, String href) {
	}

	record Series(String key, String label, List<Day> days) {
	}

	record Counts(List<Count> waiting, List<Series> trends) {
	}

	@Operation(summary = "What waits for the caller now (the workbench's counts, each with the list it opens) "
			+ "and the last seven days' series in the caller's data scope")
	@GetMapping("/workbench")
	Counts workbench(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		List<Count> waiting = this.workbench.waitingFor(user)
			.stream()
			.map(w -> new Count(w.key(), label(w.labelKey(), locale), w.count(), w.href()))
			.toList();
		List<Series> trends = this.workbench.trendsFor(user)
			.stream()
			.map(t -> new Series(t.key(), label(t.labelKey(), locale),
					t.days().stream().map(d -> new Day(d.day(), d.count(), d.href())).toList()))
			.toList();
		return new Counts(waiting, trends);
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
