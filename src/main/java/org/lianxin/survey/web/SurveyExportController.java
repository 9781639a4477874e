package org.lianxin.survey.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.excel.SheetForm;
import org.lianxin.platform.excel.XlsxDownloads;
import org.lianxin.survey.SurveyRow;
import org.lianxin.survey.internal.SurveyPermissions;
import org.lianxin.survey.internal.Surveys;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The survey list as the page shows it (same scope and filter), as a workbook. */
@Controller
@PreAuthorize("hasAuthority('" + SurveyPermissions.VIEW + "')")
class SurveyExportController {

	private static final SheetForm SHEET = new SheetForm("测评",
			List.of("年度", "测评名称", "系列", "地区", "计分方式", "状态", "开始时间", "截止时间"), 100_000);

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Surveys surveys;

	private final MessageSource messages;

	private final Clock clock;

	SurveyExportController(Surveys surveys, MessageSource messages, Clock clock) {
		this.surveys = surveys;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/surveys/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String region, Locale locale) {
		List<List<String>> rows = this.surveys.list(user, region).stream().map(s -> row(s, locale)).toList();
		return XlsxDownloads.attachment("测评.xlsx", SHEET.export(rows));
	}

	private List<String> row(SurveyRow s, Locale locale) {
		return List.of(String.valueOf(s.year()), s.title(), s.series(), s.regionName(),
				this.messages.getMessage("survey.scale." + s.scale(), null, locale),
				this.messages.getMessage("survey.state." + s.state(), null, locale),
				MINUTES.format(s.opensAt().atZone(this.clock.getZone())),
				MINUTES.format(s.closesAt().atZone(this.clock.getZone())));
	}

}
